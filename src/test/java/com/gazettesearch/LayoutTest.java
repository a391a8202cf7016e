package com.gazettesearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.cli.Main;

/**
 * The packages' dependencies follow the pipeline (README, Architecture): read from the compiled main classes by
 * the JDK's jdeps, so what is checked is what the code really references, not what it imports.
 */
class LayoutTest {
    private static final String ROOT = "com.gazettesearch";

    /**
     * Each package (and its sub-packages, unless listed themselves) and its layer: a package depends only on
     * packages of lower layers, or of its own layer without a cycle.
     */
    private static final Map<String, Integer> LAYERS = new LinkedHashMap<>();

    static {
        for (String p : List.of("text", "model", "config")) {
            LAYERS.put(p, 0);
        }
        LAYERS.put("corpus", 1);
        LAYERS.put("parse", 2);
        LAYERS.put("records.", 3); // the record types and their extractors: fee, chronicle, table, dept, validity
        LAYERS.put("records", 4); // the one extraction entry over them
        LAYERS.put("schema", 5);
        LAYERS.put("index.records", 6);
        LAYERS.put("lookup", 6);
        LAYERS.put("index", 7);
        LAYERS.put("search.query", 7);
        LAYERS.put("search", 8);
        LAYERS.put("eval", 9);
        LAYERS.put("web", 9);
        LAYERS.put("bench", 10); // drives the whole pipeline: corpus, indexer, search, server
        LAYERS.put("cli", 10);
        LAYERS.put("reliability", 10); // the fuzzer, load and kill -9 rounds: drives a whole server; run by cli (soak)
    }

    /** The read side: what serves requests never touches the indexer. */
    private static final List<String> READ_SIDE = List.of("lookup", "search", "search.query", "eval", "web");
    private static final List<String> WRITE_SIDE = List.of("index", "index.records");
    /** The pipeline stages before the index are plain Java: no Lucene. */
    private static final List<String> NO_LUCENE = List.of("text", "model", "config", "corpus", "parse", "records");

    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    /** Class → classes it references, for the application's own classes. */
    private static Map<String, Set<String>> classes;

    @BeforeAll
    static void readDependencies() throws URISyntaxException {
        Path compiled = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps is missing: the tests need a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none",
                compiled.toString());
        assertThat(rc).as("jdeps: %s", err).isZero();
        classes = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = DEPENDENCY.matcher(line);
            if (m.find() && m.group(1).startsWith(ROOT + ".")) {
                classes.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertThat(classes).as("classes read by jdeps").hasSizeGreaterThan(50);
    }

    @Test
    void everyPackageHasAPlaceInTheLayout() {
        assertThat(packageGraph().keySet()).allSatisfy(p -> assertThat(layer(p))
                .as("package %s is not in LayoutTest.LAYERS (nor in the README's Architecture section)", p)
                .isNotNull());
    }

    @Test
    void packagesDependOnlyOnLowerLayers() {
        List<String> upward = new ArrayList<>();
        packageGraph().forEach((from, targets) -> targets.forEach(to -> {
            if (layer(to) != null && layer(from) != null && layer(to) > layer(from)) {
                upward.add(from + " -> " + to);
            }
        }));
        assertThat(upward).isEmpty();
    }

    @Test
    void packagesHaveNoCycles() {
        Map<String, Set<String>> graph = packageGraph();
        List<List<String>> cycles = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (String p : graph.keySet()) {
            findCycles(p, graph, state, new ArrayList<>(), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    @Test
    void theReadSideNeverTouchesTheIndexer() {
        assertThat(references(cls -> in(packageOf(cls), READ_SIDE),
                t -> t.startsWith(ROOT + ".") && in(packageOf(t), WRITE_SIDE))).isEmpty();
    }

    @Test
    void onlyTheIndexerWritesTheIndex() {
        assertThat(references(cls -> !packageOf(cls).equals(ROOT + ".index"),
                t -> t.equals("org.apache.lucene.index.IndexWriter"))).isEmpty();
    }

    @Test
    void theStagesBeforeTheIndexAreFreeOfLucene() {
        assertThat(references(cls -> in(packageOf(cls), NO_LUCENE), t -> t.startsWith("org.apache.lucene."))).isEmpty();
    }

    /** "class -> target" for every reference from a class {@code from} accepts to a target {@code to} accepts. */
    private static List<String> references(Predicate<String> from, Predicate<String> to) {
        List<String> out = new ArrayList<>();
        classes.forEach((cls, targets) -> {
            if (from.test(cls)) {
                targets.stream().filter(to).forEach(t -> out.add(cls + " -> " + t));
            }
        });
        return out;
    }

    /** Package → the other application packages it references. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        classes.forEach((cls, targets) -> {
            String from = packageOf(cls);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            targets.stream().filter(t -> t.startsWith(ROOT + ".")).map(LayoutTest::packageOf)
                    .filter(p -> !p.equals(from)).forEach(to::add);
        });
        return graph;
    }

    private static void findCycles(String p, Map<String, Set<String>> graph, Map<String, Integer> state,
                                   List<String> path, List<List<String>> cycles) {
        Integer s = state.get(p);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            cycles.add(new ArrayList<>(path.subList(path.indexOf(p), path.size())));
            return;
        }
        state.put(p, 1);
        path.add(p);
        for (String next : graph.getOrDefault(p, Set.of())) {
            findCycles(next, graph, state, path, cycles);
        }
        path.remove(path.size() - 1);
        state.put(p, 2);
    }

    /** The layer of an application package: its own entry, else the longest listed prefix. */
    private static Integer layer(String pkg) {
        String rel = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
        return LAYERS.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".") ? rel.startsWith(e.getKey())
                        : rel.equals(e.getKey()) || rel.startsWith(e.getKey() + "."))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse(null);
    }

    /** Whether {@code pkg} is one of {@code names} or inside one of them. */
    private static boolean in(String pkg, List<String> names) {
        String rel = pkg.substring(ROOT.length() + 1);
        return names.stream().anyMatch(n -> rel.equals(n) || rel.startsWith(n + "."));
    }

    private static String packageOf(String cls) {
        String outer = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
        return outer.substring(0, outer.lastIndexOf('.'));
    }
}
