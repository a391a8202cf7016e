package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.gazettesearch.search.SearchResponse;

/**
 * A search response as text for a person: a count line, the direct answers (fee standards), then each hit as
 * its document (title · 文号 · region · date · validity), its heading path, its snippet and where the reader
 * opens it. Matches are bold and coloured when {@code colour} is on, else between 【 and 】.
 */
final class SearchPrinter {
    private static final String MATCH_ON = "\u001b[1;31m";
    private static final String TITLE_ON = "\u001b[1m";
    private static final String DIM_ON = "\u001b[2m";
    private static final String OFF = "\u001b[0m";
    /** Fee answers shown before the rest are summed up in one line (the server ranks them). */
    private static final int ANSWERS_SHOWN = 3;

    private final PrintWriter out;
    private final boolean colour;

    SearchPrinter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    void print(SearchResponse r) {
        boolean grouped = r.groups() != null;
        int shownCount = grouped ? r.groups().size() : r.hits().size();
        int first = (r.page() - 1) * r.size() + 1;
        int last = first + shownCount - 1;
        String shown = shownCount == 0 ? "" : ", " + first + "–" + last + " shown";
        if (grouped) {
            out.printf("%d sections in %d documents match \"%s\"%s (%d ms)%n", r.total(), r.documents(), r.query(),
                    shown, r.tookMs());
        } else {
            out.printf("%d sections match \"%s\"%s (%d ms)%n", r.total(), r.query(), shown, r.tookMs());
        }
        if (r.total() == 0) {
            out.println("Try fewer words, another spelling or a 文号, e.g. ./gazette search \"污水处理费\".");
            return;
        }
        if (shownCount == 0) {
            out.printf("Page %d is past the last %s.%n", r.page(), grouped ? "document" : "hit");
        }
        printAnswers(r.answers());
        int n = first;
        if (grouped) {
            for (SearchResponse.Group g : r.groups()) {
                out.println();
                out.printf("%2d. %s%n", n++, style(TITLE_ON, g.title() == null ? "（无标题）" : g.title()));
                String facts = join(" · ", g.docNumber(), g.region(), g.date(), g.status());
                if (!facts.isEmpty()) {
                    out.println("    " + facts);
                }
                for (SearchResponse.GroupSection s : g.sections()) {
                    out.println("    " + (s.path().isEmpty() ? "（正文）" : String.join(" › ", s.path())));
                    out.println("      " + snippet(s.snippet()));
                    out.println("      " + style(DIM_ON, "/doc/" + g.docId() + "#" + s.id()));
                }
                if (g.more() > 0) {
                    out.println("    " + style(DIM_ON, "该文件还有 " + g.more() + " 处匹配"));
                }
            }
            return;
        }
        for (SearchResponse.Hit h : r.hits()) {
            out.println();
            out.printf("%2d. %s%n", n++, style(TITLE_ON, h.docTitle() == null ? "（无标题）" : h.docTitle()));
            String facts = join(" · ", h.docNumber(), h.region(), h.date(), h.status());
            if (!facts.isEmpty()) {
                out.println("    " + facts);
            }
            if (!h.path().isEmpty()) {
                out.println("    " + String.join(" › ", h.path()));
            }
            out.println("    " + snippet(h.snippet()));
            out.println("    " + style(DIM_ON, "/doc/" + h.docId() + "#" + h.id()));
        }
    }

    /** Fee answers as one line each: where, which class, the price and its source. */
    private void printAnswers(List<Map<String, Object>> answers) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> a : answers) {
            if ("document".equals(a.get("type"))) {
                out.println();
                out.println(style(TITLE_ON, "文件") + " " + join(" · ", a.get("title"), a.get("docNumber"), a.get("issuer"),
                        a.get("date")));
                continue;
            }
            if (!"fee".equals(a.get("type"))) {
                continue;
            }
            String where = join(" ", a.get("region"), a.get("area"), a.get("charge"));
            String when = a.get("effectiveDate") == null ? null : "自 " + a.get("effectiveDate") + " 起";
            lines.add(join(" · ", where, a.get("text"), when, a.get("docNumber")));
        }
        if (!lines.isEmpty()) {
            out.println();
            out.println(style(TITLE_ON, "收费标准") + " (" + lines.size() + ")");
            lines.stream().limit(ANSWERS_SHOWN).forEach(line -> out.println("  " + line));
            if (lines.size() > ANSWERS_SHOWN) {
                out.printf("  … %d more (all of them with --json)%n", lines.size() - ANSWERS_SHOWN);
            }
        }
    }

    /** The API's snippet (escaped HTML with {@code <mark>}) as one line of text with its matches shown. */
    String snippet(String html) {
        String on = colour ? MATCH_ON : "【";
        String off = colour ? OFF : "】";
        String text = html == null ? "" : html.replaceAll("\\s*\\n\\s*", " ");
        text = text.replace("<mark>", on).replace("</mark>", off);
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private String style(String on, String text) {
        return colour ? on + text + OFF : text;
    }

    private static String join(String separator, Object... parts) {
        List<String> present = new ArrayList<>();
        for (Object part : parts) {
            if (part != null && !Objects.toString(part).isBlank()) {
                present.add(Objects.toString(part));
            }
        }
        return String.join(separator, present);
    }
}
