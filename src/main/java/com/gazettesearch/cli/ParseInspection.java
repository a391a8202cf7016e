package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.RecordExtractor;

/**
 * Prints what the parser made of one file, for someone adding a gazette: each document's metadata, its warnings,
 * the number of records the extractors find in it, and its section tree — headings as nested lines, each section
 * with its type and the start of its text.
 */
final class ParseInspection {
    private static final String INDENT = "  ";
    private static final String NONE = "—";

    private final PrintWriter out;
    private final RecordExtractor extractor;
    private final int preview;

    /** @param preview characters of each section's text to show; 0 shows the whole text */
    ParseInspection(PrintWriter out, RecordExtractor extractor, int preview) {
        this.out = out;
        this.extractor = extractor;
        this.preview = preview;
    }

    void print(String fileName, String charset, List<GazetteDocument> docs) {
        out.printf("%s (%s): %d document%s%n", fileName, charset, docs.size(), docs.size() == 1 ? "" : "s");
        for (GazetteDocument d : docs) {
            document(d);
        }
        out.flush();
    }

    private void document(GazetteDocument d) {
        out.println();
        out.printf("%s[%d] %s%n", INDENT, d.orderInSource() + 1, d.title());
        field("文号", d.docNumber());
        field("登记号", d.registrationNumber());
        if (d.indexNumber() != null) {
            field("索引号", d.indexNumber());
        }
        field("发文机关", d.issuer());
        field("地区", d.region());
        field("成文日期", d.date() == null ? null : d.date().toString());
        field("文种", d.kind());
        if (d.gazetteIssue() != null) {
            field("公报", d.gazetteIssue());
        }
        field("sections", counts(d));
        field("records", records(d));
        if (d.warnings().isEmpty()) {
            out.printf("%s%swarnings none%n", INDENT, INDENT);
        } else {
            out.printf("%s%swarnings %d%n", INDENT, INDENT, d.warnings().size());
            d.warnings().forEach(w -> out.printf("%s%s%s! %s%n", INDENT, INDENT, INDENT, w));
        }
        tree(d.sections());
    }

    private void field(String label, String value) {
        out.printf("%s%s%s %s%n", INDENT, INDENT, label, value == null ? NONE : value);
    }

    private static String counts(GazetteDocument d) {
        Map<String, Integer> byType = new TreeMap<>();
        d.sections().forEach(s -> byType.merge(s.type().apiName(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder().append(d.sections().size());
        if (!byType.isEmpty()) {
            sb.append(" (");
            byType.forEach((type, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(n).append(' ').append(type));
            sb.append(')');
        }
        return sb.toString();
    }

    /** The extractors' records of the document, by kind. */
    private String records(GazetteDocument d) {
        DocumentRecords r = extractor.extract(d);
        Map<String, Integer> byKind = new TreeMap<>();
        put(byKind, "fee", r.fees().items().size());
        put(byKind, "fee_exemption", r.fees().exemptions().size());
        put(byKind, "event", r.events().size());
        put(byKind, "project", r.projects().size());
        put(byKind, "indicator", r.indicators().size());
        put(byKind, "dept_task", r.departments().size());
        if (byKind.isEmpty()) {
            return "0";
        }
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder().append(total).append(" (");
        byKind.forEach((kind, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(n).append(' ').append(kind));
        return sb.append(')').toString();
    }

    private static void put(Map<String, Integer> counts, String kind, int n) {
        if (n > 0) {
            counts.put(kind, n);
        }
    }

    /** Headings as nested lines (printed when they change), each section under its heading. */
    private void tree(List<Section> sections) {
        out.printf("%s%stree%n", INDENT, INDENT);
        List<String> open = List.of();
        String base = INDENT + INDENT + INDENT;
        for (Section s : sections) {
            List<String> path = s.path();
            int common = 0;
            while (common < open.size() && common < path.size() && open.get(common).equals(path.get(common))) {
                common++;
            }
            for (int level = common; level < path.size(); level++) {
                out.printf("%s%s%s%n", base, INDENT.repeat(level), path.get(level));
            }
            open = path;
            out.printf("%s%s[%s] %s%n", base, INDENT.repeat(path.size()), s.type().apiName(), text(s.text()));
        }
    }

    private String text(String text) {
        String t = text.replace("\n", " ⏎ ");
        return preview > 0 && t.length() > preview ? t.substring(0, preview) + "…" : t;
    }
}
