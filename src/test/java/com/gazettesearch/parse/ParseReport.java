package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Compares what the parser makes of a test text with the facts a reader wrote for it: the documents found, each
 * one's metadata (title, 文号, issuer, region, 成文日期, 文种), its counts of chapters, articles, parts, items and
 * events, the snippets that must land in a section and the chronicle entries that must open an event. One
 * {@link Row} per text; {@link #table} renders the rows as the Markdown table of the README's parse report.
 */
final class ParseReport {
    /** 关于印发《X》的通知 / X印发Y的通知 / 关于转发《X》的通知: the title of the text the notice issues. */
    private static final Pattern ISSUING = Pattern.compile("(?:印发|转发|公布)《?(.+?)》?的通知$");

    /** One fact that does not hold. */
    record Failure(String document, String fact, String expected, String found) {
        @Override
        public String toString() {
            return document + ": " + fact + " expected " + expected + ", found " + found;
        }
    }

    /** The comparison of one text. */
    record Row(String set, String file, int expectedDocs, int foundDocs, int metadataHeld, int metadataAsserted,
               Map<String, String> counts, int snippetsHeld, int snippetsAsserted, int warnings,
               List<Failure> failures) {
        boolean holds() {
            return failures.isEmpty();
        }
    }

    private ParseReport() {
    }

    static Row compare(String set, SourceText text, TextFacts facts, List<GazetteDocument> docs) {
        List<Failure> failures = new ArrayList<>();
        if (docs.size() != facts.documents().size()) {
            failures.add(new Failure("file", "documents", Integer.toString(facts.documents().size()),
                    Integer.toString(docs.size())));
        }
        int held = 0;
        int asserted = 0;
        int snippetsHeld = 0;
        int snippets = 0;
        Map<String, int[]> counts = new LinkedHashMap<>();
        int from = 0;
        for (TextFacts.Doc expected : facts.documents()) {
            int at = match(expected, docs, from, facts.documents().size());
            String name = expected.title() == null ? "document " + (facts.documents().indexOf(expected) + 1)
                    : expected.title();
            if (at < 0) {
                failures.add(new Failure(name, "document", "present", "missing"));
                continue;
            }
            from = at + 1;
            GazetteDocument d = docs.get(at);
            for (Map.Entry<String, Check> c : metadataChecks(expected, d).entrySet()) {
                if (c.getValue().expected() == null) {
                    continue;
                }
                asserted++;
                if (c.getValue().holds()) {
                    held++;
                } else {
                    failures.add(new Failure(name, c.getKey(), c.getValue().expected(), c.getValue().found()));
                }
            }
            for (Map.Entry<String, Integer> c : expected.counts().entrySet()) {
                String found = foundCount(c.getKey(), c.getValue(), d);
                int[] tally = counts.computeIfAbsent(c.getKey(), k -> new int[2]);
                tally[1] += c.getValue();
                if (found.equals(Integer.toString(c.getValue())) || found.startsWith(c.getValue() + " ")) {
                    tally[0] += c.getValue();
                } else {
                    failures.add(new Failure(name, c.getKey(), Integer.toString(c.getValue()), found));
                    tally[0] += firstNumber(found);
                }
            }
            for (String snippet : expected.snippets()) {
                snippets++;
                if (inSection(snippet, d)) {
                    snippetsHeld++;
                } else {
                    failures.add(new Failure(name, "snippet", snippet, "in no section"));
                }
            }
            for (String start : expected.eventStarts()) {
                snippets++;
                if (opensEvent(start, d)) {
                    snippetsHeld++;
                } else {
                    failures.add(new Failure(name, "event", start, "opens no event"));
                }
            }
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String key : TextFacts.COUNT_KEYS) {
            int[] t = counts.get(key);
            cells.put(key, t == null ? "" : t[0] + "/" + t[1]);
        }
        int warnings = docs.stream().mapToInt(d -> d.warnings().size()).sum();
        return new Row(set, text.fileName(), facts.documents().size(), docs.size(), held, asserted, cells,
                snippetsHeld, snippets, warnings, failures);
    }

    /** The found document for {@code expected}: the next one by title, else the one at the same position. */
    private static int match(TextFacts.Doc expected, List<GazetteDocument> docs, int from, int expectedCount) {
        for (int i = from; i < docs.size(); i++) {
            if (expected.title() != null && titleHolds(expected.title(), docs.get(i).title())) {
                return i;
            }
        }
        return docs.size() == expectedCount && from < docs.size() ? from : -1;
    }

    private record Check(String expected, String found, boolean holds) {
    }

    private static Map<String, Check> metadataChecks(TextFacts.Doc e, GazetteDocument d) {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("title", new Check(e.title(), d.title(), e.title() != null && titleHolds(e.title(), d.title())));
        checks.put("docNumber", new Check(e.docNumber(), d.docNumber(), Objects.equals(e.docNumber(), d.docNumber())));
        checks.put("issuer", new Check(e.issuer(), d.issuer(), Objects.equals(e.issuer(), d.issuer())));
        // a more specific region holds too: 上海市嘉定区 is 嘉定区
        checks.put("region", new Check(e.region(), d.region(),
                e.region() != null && d.region() != null && d.region().endsWith(e.region())));
        String date = d.date() == null ? null : d.date().toString();
        checks.put("date", new Check(e.date(), date, Objects.equals(e.date(), date)));
        // a more specific kind holds too: a 实施方案 is a 方案
        checks.put("kind", new Check(e.kind(), d.kind(), e.kind() != null && d.kind() != null && d.kind().endsWith(e.kind())));
        return checks;
    }

    /**
     * A title holds when it is the expected one, or when the expected title is a notice issuing one text and the
     * found title is that text's (the project titles a 印发 notice by what it issues, as the seed gazettes do).
     */
    static boolean titleHolds(String expected, String found) {
        String e = key(expected);
        String f = key(found);
        if (e.equals(f)) {
            return true;
        }
        Matcher m = ISSUING.matcher(e);
        return m.find() && key(m.group(1)).equals(f);
    }

    private static String foundCount(String key, int expected, GazetteDocument d) {
        return switch (key) {
            case "chapters" -> Integer.toString(ParsedCounts.chapters(d));
            case "articles" -> Integer.toString(ParsedCounts.articles(d));
            case "parts" -> Integer.toString(ParsedCounts.parts(d));
            case "events" -> Integer.toString(ParsedCounts.events(d));
            case "items" -> items(expected, d);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** The item count of the style that matches the facts ("90 1."), else every style's count. */
    private static String items(int expected, GazetteDocument d) {
        Map<String, Integer> styles = ParsedCounts.items(d);
        for (Map.Entry<String, Integer> s : styles.entrySet()) {
            if (s.getValue() == expected) {
                return expected + " " + s.getKey();
            }
        }
        StringBuilder sb = new StringBuilder();
        styles.forEach((style, n) -> sb.append(sb.isEmpty() ? "" : " ").append(style).append('=').append(n));
        return sb.toString();
    }

    private static int firstNumber(String found) {
        Matcher m = Pattern.compile("\\d+").matcher(found.replaceAll("^[^=]*?=", ""));
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }

    private static boolean inSection(String snippet, GazetteDocument d) {
        String s = norm(snippet);
        for (Section section : d.sections()) {
            if (norm(section.text()).contains(s) || section.path().stream().anyMatch(p -> norm(p).contains(s))) {
                return true;
            }
        }
        return false;
    }

    /** Some event's text, with or without its date label (the section's heading), starts with {@code start}. */
    private static boolean opensEvent(String start, GazetteDocument d) {
        String s = norm(start);
        return d.sections().stream().filter(sec -> sec.type() == SectionType.EVENT).anyMatch(sec -> {
            String text = norm(sec.text());
            String label = sec.heading() == null ? "" : norm(sec.heading());
            String rest = text.startsWith(label) ? text.substring(label.length()).replaceFirst("^[,，、：:]", "") : text;
            return text.startsWith(s) || rest.startsWith(s);
        });
    }

    private static String key(String title) {
        return TextPatterns.titleKey(title).replace('“', '"').replace('”', '"');
    }

    private static String norm(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** The rows as a Markdown table with a totals line. */
    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| set | text | documents | metadata | chapters | articles | parts | items | events | snippets | warnings | facts hold |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        int docs = 0;
        int expectedDocs = 0;
        int held = 0;
        int asserted = 0;
        int holding = 0;
        for (Row r : rows) {
            sb.append("| ").append(r.set()).append(" | ").append(r.file()).append(" | ")
                    .append(r.foundDocs()).append('/').append(r.expectedDocs()).append(" | ")
                    .append(r.metadataHeld()).append('/').append(r.metadataAsserted()).append(" | ");
            for (String key : TextFacts.COUNT_KEYS) {
                sb.append(r.counts().get(key)).append(" | ");
            }
            sb.append(r.snippetsHeld()).append('/').append(r.snippetsAsserted()).append(" | ")
                    .append(r.warnings()).append(" | ").append(r.holds() ? "yes" : "**no** (" + r.failures().size() + ")")
                    .append(" |\n");
            docs += r.foundDocs();
            expectedDocs += r.expectedDocs();
            held += r.metadataHeld();
            asserted += r.metadataAsserted();
            holding += r.holds() ? 1 : 0;
        }
        sb.append("| | **").append(rows.size()).append(" texts** | ").append(docs).append('/').append(expectedDocs)
                .append(" | ").append(held).append('/').append(asserted).append(" | | | | | | | | ")
                .append(holding).append('/').append(rows.size()).append(" |\n");
        return sb.toString();
    }
}
