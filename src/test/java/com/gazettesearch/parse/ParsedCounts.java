package com.gazettesearch.parse;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * What a reader counts, counted in a parsed document: chapters and articles by their headings, top-level 一、
 * parts, chronicle entries, and numbered items by numbering style — as sections of their own or as lines inside
 * an article or item (第五条's （一）…（三）). Facts name one style per text ("items = the 90 1．-items"), so items are
 * counted per style.
 */
final class ParsedCounts {
    private static final Pattern CHAPTER = Pattern.compile("^第[\\s\\u3000]*[一二三四五六七八九十百零〇\\d]+[\\s\\u3000]*章.*");
    private static final Pattern ARTICLE = Pattern.compile("^第[\\s\\u3000]*[一二三四五六七八九十百零〇两\\d]+[\\s\\u3000]*条.*");
    /** 一、 parts, and a report's digit-and-space parts (1 人口特征), which the parser only makes of a 1, 2, 3 … run. */
    private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]{1,3}、.*|^[1-9]\\d? \\p{IsHan}[\\p{IsHan}、]{1,14}$");
    /** Item styles, by the label they open with. */
    static final Map<String, Pattern> ITEM_STYLES = Map.of(
            "（一）", Pattern.compile("^[（(][\\s\\u3000]*[一二三四五六七八九十]{1,3}[\\s\\u3000]*[)）].*"),
            "1.", Pattern.compile("^[\\d０-９]{1,3}[\\s\\u3000]*[.．、﹒](?![\\d０-９]).*"),
            "（1）", Pattern.compile("^[（(][\\s\\u3000]*[\\d０-９]{1,2}[\\s\\u3000]*[)）].*"),
            "①", Pattern.compile("^[①-⑳].*"));

    private ParsedCounts() {
    }

    static int chapters(GazetteDocument d) {
        return distinctPaths(d, CHAPTER, false);
    }

    static int articles(GazetteDocument d) {
        return distinctPaths(d, ARTICLE, false);
    }

    /**
     * 一、 headings not nested in another outline: at the top, or under containers only (an issued text's title, an
     * appendix, a chapter — some rules number their provisions 一、二、 across chapters).
     */
    static int parts(GazetteDocument d) {
        return distinctPaths(d, PART, true);
    }

    /** Chronicle entries: event sections that open an entry (not the continuation of a long one). */
    static int events(GazetteDocument d) {
        int n = 0;
        Section previous = null;
        for (Section s : d.sections()) {
            boolean continuation = previous != null && previous.type() == SectionType.EVENT
                    && previous.path().equals(s.path()) && s.heading() != null
                    && !s.text().startsWith(s.heading().substring(0, Math.min(2, s.heading().length())));
            if (s.type() == SectionType.EVENT && !continuation) {
                n++;
            }
            previous = s;
        }
        return n;
    }

    /** Items per numbering style: item headings plus item lines inside articles and items. */
    static Map<String, Integer> items(GazetteDocument d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Pattern> style : ITEM_STYLES.entrySet()) {
            Set<List<String>> headed = new LinkedHashSet<>();
            int lines = 0;
            for (Section s : d.sections()) {
                for (int i = 0; i < s.path().size(); i++) {
                    // the parser has decided a heading is an item (3.6月底前… after 2.): only its label counts here
                    if (style.getValue().matcher(s.path().get(i).replaceFirst("^(\\d{1,3}[.．])(?=\\d)", "$1 ")).matches()) {
                        headed.add(s.path().subList(0, i + 1));
                    }
                }
                if (s.type() == SectionType.ARTICLE || s.type() == SectionType.ITEM) {
                    String[] textLines = s.text().split("\n");
                    // the first line of an item section is its own label, counted by its heading
                    for (int i = s.type() == SectionType.ITEM ? 1 : 0; i < textLines.length; i++) {
                        if (style.getValue().matcher(textLines[i].strip()).matches()) {
                            lines++;
                        }
                    }
                }
            }
            counts.put(style.getKey(), headed.size() + lines);
        }
        return counts;
    }

    private static int distinctPaths(GazetteDocument d, Pattern heading, boolean topLevel) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Section s : d.sections()) {
            for (int i = 0; i < s.path().size(); i++) {
                boolean top = s.path().subList(0, i).stream().allMatch(p -> !numbered(p) || CHAPTER.matcher(p).matches());
                if (heading.matcher(s.path().get(i)).matches() && (!topLevel || top)) {
                    seen.add(s.path().subList(0, i + 1));
                }
            }
        }
        return seen.size();
    }

    /** A numbered heading (一、, 第N章, 第N条, （一）, 1.); the others (an appendix, an issued text's title) are roots. */
    private static boolean numbered(String heading) {
        return PART.matcher(heading).matches() || CHAPTER.matcher(heading).matches()
                || ARTICLE.matcher(heading).matches()
                || ITEM_STYLES.values().stream().anyMatch(p -> p.matcher(heading).matches());
    }
}
