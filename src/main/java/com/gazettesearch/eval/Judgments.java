package com.gazettesearch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.gazettesearch.search.SearchService;

/**
 * The judged query set ({@code eval/judgments.tsv}): queries typed the way staff, clerks and developers type them,
 * each with what the relevant sections look like, and whether it was written while reading the text ({@code read})
 * or from the documents' titles only, before any text was opened ({@code blind}). Relevance is decided by the
 * content of a hit (its 文号, 登记号, title, heading path or a distinctive text substring), never by section ids, so
 * the judgments survive re-parsing. An expectation of {@code none} says nothing in the corpus answers the query:
 * every hit is noise. {@code eval/identifier-queries.tsv} names the judged queries that are an identifier (文号,
 * 政府令, 登记号, 索引号, exact title) and the document that must come first.
 */
public final class Judgments {
    public static final String RESOURCE = "eval/judgments.tsv";
    /**
     * The fresh set: queries over texts no judged query had covered, written (blind from their titles first, then
     * while reading) after the ranking they measure was last tuned. Reported on its own and never tuned on, it says
     * how the ranking does on texts and queries nobody shaped it for; once a ranking change is made while looking at
     * its misses, it is fresh no more and a newer set takes its place.
     */
    public static final String FRESH = "eval/judgments-fresh.tsv";
    public static final String IDENTIFIERS = "eval/identifier-queries.tsv";
    public static final Set<String> NEEDS = Set.of("staff", "clerk", "developer");
    public static final Set<String> ORIGINS = Set.of("read", "blind");
    private static final List<String> FIELDS = List.of("text", "heading", "path", "title", "doc", "reg");

    /**
     * One judged query.
     *
     * @param expected alternatives, each a list of conditions that must all hold; empty for {@code none}
     */
    public record Judgment(String id, String need, String origin, String query, List<List<Condition>> expected) {
        /** True when nothing in the corpus answers the query ({@code none}). */
        public boolean none() {
            return expected.isEmpty();
        }

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

    /** An identifier query: the judged query of that id must put the document titled {@code expectedTitle} first. */
    public record IdentifierQuery(String id, String query, String expectedTitle, String kind) {
        /**
         * True when {@code title} is the expected document's: one title holds the other once spaces and title marks
         * are ignored (the file gives the notice's full title, 某某关于印发《X》的通知, where the index may title the
         * document by the text it issues, X).
         */
        public boolean isDocument(String title) {
            if (title == null || title.isBlank()) {
                return false;
            }
            String expected = normal(expectedTitle);
            String actual = normal(title);
            return expected.contains(actual) || actual.contains(expected);
        }

        private static String normal(String s) {
            return s.replaceAll("[\\s\\u3000《》〈〉“”\"]+", "").replace('（', '(').replace('）', ')');
        }
    }

    private Judgments() {
    }

    /** The judged set shipped with the application. */
    public static List<Judgment> load() {
        return read(RESOURCE, reader -> parse(reader, RESOURCE));
    }

    /** The fresh set ({@link #FRESH}). */
    public static List<Judgment> loadFresh() {
        return read(FRESH, reader -> parse(reader, FRESH));
    }

    /** The identifier queries shipped with the application, by id. */
    public static Map<String, IdentifierQuery> identifiers() {
        return read(IDENTIFIERS, Judgments::parseIdentifiers);
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(BufferedReader reader) throws IOException;
    }

    private static <T> T read(String resource, Parser<T> parser) {
        try (InputStream in = Judgments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("judged query set missing from the classpath: " + resource);
            }
            return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    static List<Judgment> parse(BufferedReader reader, String resource) throws IOException {
        List<Judgment> out = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String where = resource + " line " + lineNo;
            if (cols.length != 5) {
                throw new IllegalArgumentException(where + ": expected 5 tab-separated columns (id, need, origin, query, "
                        + "expected), got " + cols.length);
            }
            String need = cols[1].strip();
            String origin = cols[2].strip();
            if (!NEEDS.contains(need)) {
                throw new IllegalArgumentException(where + ": need must be one of " + NEEDS + ", was " + need);
            }
            if (!ORIGINS.contains(origin)) {
                throw new IllegalArgumentException(where + ": origin must be read or blind, was " + origin);
            }
            out.add(new Judgment(cols[0].strip(), need, origin, cols[3].strip(), expectation(cols[4].strip(), where)));
        }
        return List.copyOf(out);
    }

    private static List<List<Condition>> expectation(String column, String where) {
        if (column.equals("none")) {
            return List.of();
        }
        List<List<Condition>> alternatives = new ArrayList<>();
        for (String alt : column.split("\\s*\\|\\|\\s*")) {
            List<Condition> all = new ArrayList<>();
            for (String cond : alt.split("\\s*&&\\s*")) {
                int colon = cond.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(where + ": condition without field: " + cond);
                }
                String field = cond.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException(where + ": unknown field " + field);
                }
                all.add(new Condition(field, cond.substring(colon + 1).strip()));
            }
            alternatives.add(List.copyOf(all));
        }
        return List.copyOf(alternatives);
    }

    static Map<String, IdentifierQuery> parseIdentifiers(BufferedReader reader) throws IOException {
        Map<String, IdentifierQuery> out = new LinkedHashMap<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalArgumentException(IDENTIFIERS + " line " + lineNo
                        + ": expected 4 tab-separated columns (id, query, expected_title, kind), got " + cols.length);
            }
            out.put(cols[0].strip(), new IdentifierQuery(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip()));
        }
        return Map.copyOf(out);
    }
}
