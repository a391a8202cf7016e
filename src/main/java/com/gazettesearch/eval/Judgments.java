package com.gazettesearch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.gazettesearch.search.SearchService;

/**
 * The judged query set ({@code eval/judgments.tsv}): queries typed the way staff, clerks and
 * developers type them, each with what the relevant sections look like. Relevance is decided by the
 * content of a hit (its 文号, title, heading path or a distinctive text substring), never by section
 * ids, so the judgments survive re-parsing.
 */
public final class Judgments {
    public static final String RESOURCE = "eval/judgments.tsv";

    /** One judged query. */
    public record Judgment(String id, String need, String query, List<List<Condition>> expected) {
        /** True when {@code s} satisfies any alternative of the expectation. */
        public boolean relevant(SearchService.RankedSection s) {
            return expected.stream().anyMatch(all -> all.stream().allMatch(c -> c.test(s)));
        }
    }

    /** field:substring; the field is read from the ranked section. */
    public record Condition(String field, String value) {
        boolean test(SearchService.RankedSection s) {
            return switch (field) {
                case "text" -> contains(s.text(), value);
                case "heading" -> contains(s.heading(), value);
                case "path" -> s.path().stream().anyMatch(p -> contains(p, value)) || contains(s.heading(), value);
                case "title" -> contains(s.docTitle(), value);
                case "doc" -> value.equals(s.docNumber());
                case "reg" -> value.equalsIgnoreCase(s.regNumber());
                default -> throw new IllegalStateException("unknown judgment field: " + field);
            };
        }

        private static boolean contains(String haystack, String needle) {
            return haystack != null && haystack.contains(needle);
        }
    }

    private Judgments() {
    }

    /** The judged set shipped with the application. */
    public static List<Judgment> load() {
        try (InputStream in = Judgments.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("judged query set missing from the classpath: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    static List<Judgment> parse(BufferedReader reader) throws IOException {
        List<Judgment> out = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": expected 4 tab-separated columns, got " + cols.length);
            }
            List<List<Condition>> alternatives = new ArrayList<>();
            for (String alt : cols[3].split("\\s*\\|\\|\\s*")) {
                List<Condition> all = new ArrayList<>();
                for (String cond : alt.split("\\s*&&\\s*")) {
                    int colon = cond.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": condition without field: " + cond);
                    }
                    String field = cond.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    if (!List.of("text", "heading", "path", "title", "doc", "reg").contains(field)) {
                        throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": unknown field " + field);
                    }
                    all.add(new Condition(field, cond.substring(colon + 1).strip()));
                }
                alternatives.add(List.copyOf(all));
            }
            out.add(new Judgment(cols[0].strip(), cols[1].strip(), cols[2].strip(), List.copyOf(alternatives)));
        }
        return List.copyOf(out);
    }
}
