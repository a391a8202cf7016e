package com.gazettesearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.gazettesearch.corpus.CorpusReader;

/**
 * The corpus the judged sets were judged on: the seed gazettes ({@code corpus/}) plus every test text
 * ({@code src/test/resources/texts/real}, {@code found}, {@code madeup}, and {@code holdout1} and {@code holdout2},
 * which the fresh set judges; their facts files and README are not texts). The indexer reads one directory, so
 * the texts are staged into one: copied when new or changed, removed when gone, so the staged copy's fingerprint
 * changes exactly when a source does and the eval index is rebuilt only then.
 */
public final class EvalCorpus {
    /** The sources, relative to the project root (where {@code ./gazette} runs). */
    public static final List<Path> DEFAULT_SOURCES = List.of(Path.of("corpus"),
            Path.of("src/test/resources/texts/real"), Path.of("src/test/resources/texts/found"),
            Path.of("src/test/resources/texts/madeup"), Path.of("src/test/resources/texts/holdout1"),
            Path.of("src/test/resources/texts/holdout2"));

    private EvalCorpus() {
    }

    private static boolean isFacts(Path p) {
        return p.getFileName().toString().endsWith(FACTS);
    }

    private static boolean hasFacts(Path text) {
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && Files.isRegularFile(text.resolveSibling(name.substring(0, dot) + FACTS));
    }

    private static final String FACTS = ".facts.json";

    /**
     * Makes {@code target} hold exactly the corpus files of {@code sources} (not their subdirectories).
     *
     * @throws IllegalArgumentException when a source is missing or two sources hold files of the same name
     */
    public static Path stage(List<Path> sources, Path target) throws IOException {
        Map<String, Path> files = new HashMap<>();
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                throw new IllegalArgumentException("eval corpus: " + source + " is not a directory (run from the project root)");
            }
            List<Path> entries;
            try (Stream<Path> listed = Files.list(source)) {
                entries = listed.filter(Files::isRegularFile).toList();
            }
            // a folder of test texts keeps each text's facts beside it (X.txt, X.facts.json): there, a file without
            // facts is the folder's notes (README.md, a report), not a text
            boolean testTexts = entries.stream().anyMatch(EvalCorpus::isFacts);
            for (Path p : entries.stream().filter(CorpusReader::isCorpusFile)
                    .filter(p -> !testTexts || hasFacts(p)).toList()) {
                Path clash = files.put(p.getFileName().toString(), p);
                if (clash != null) {
                    throw new IllegalArgumentException("eval corpus: " + p + " and " + clash + " have the same name");
                }
            }
        }
        Files.createDirectories(target);
        try (Stream<Path> staged = Files.list(target)) {
            for (Path p : staged.filter(Files::isRegularFile).toList()) {
                if (!files.containsKey(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Path to = target.resolve(f.getKey());
            if (!Files.exists(to) || Files.mismatch(f.getValue(), to) != -1) {
                Files.copy(f.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
