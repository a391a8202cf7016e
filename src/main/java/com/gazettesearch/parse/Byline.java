package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The byline of a text that is no 公文 — a 统计公报, a report's cover: the issuing organisations on a line of their
 * own (several side by side, or one per line), then a line that is only a date, often to the month only and in
 * brackets (（2023年5月）, 二〇二二年十二月). It names the issuers as a signature does; the month-only date is no
 * 成文日期 the model can hold and is not read.
 */
final class Byline {
    /** How far down the body a byline is looked for (a saved page's furniture may come first). */
    private static final int BYLINE_LINES = 30;
    /** A byline names a few organisations. */
    private static final int MAX_ORG_LINES = 4;
    private static final String DIGITS = "[\\d〇○零一二三四五六七八九十]";
    /** A line that is only a date, to the month or the day, perhaps bracketed. */
    private static final Pattern DATE_ONLY = Pattern.compile("^[（(]?\\s*" + DIGITS + "{4}\\s*年\\s*" + DIGITS + "{1,3}\\s*月"
            + "(?:\\s*" + DIGITS + "{1,3}\\s*日)?\\s*[）)]?$");
    /** A line of page furniture between a title and its byline: a label and its value (访问量：1632, 关联稿件：). */
    private static final Pattern FURNITURE = Pattern.compile("^\\s*\\p{IsHan}{2,6}\\s*[：:]");
    private static final int MAX_FURNITURE_LINES = 4;
    /** Spaces a page sets between names: en/em spaces, no-break spaces, the ideographic space. */
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\u2000-\\u200B\\u00A0\\u3000]");

    private Byline() {
    }

    /** The issuers a byline in the first lines of {@code body} names, joined with 、; null when there is none. */
    static String issuer(List<SourceLine> body) {
        for (int i = 1; i < body.size() && i < BYLINE_LINES; i++) {
            if (!DATE_ONLY.matcher(body.get(i).text().strip()).matches()) {
                continue;
            }
            List<String> orgs = new ArrayList<>();
            int k = i - 1;
            for (; k >= 0 && i - k <= MAX_ORG_LINES; k--) {
                String org = organisations(body.get(k).text());
                if (org == null) {
                    break;
                }
                orgs.add(0, org);
            }
            // a byline sits under the title (or opens the text), perhaps after page furniture (访问量：321, 关联稿件：…);
            // the same shape under a task in a table read one cell per line (完成农村公路提质改造 / 县交通运输局 /
            // 2024年12月) is a responsible unit and a deadline
            int above = k;
            while (above >= 0 && k - above < MAX_FURNITURE_LINES && FURNITURE.matcher(body.get(above).text()).find()) {
                above--;
            }
            boolean underTitle = above < 0 || Titles.titleLike(body.get(above).text());
            if (!orgs.isEmpty() && underTitle) {
                return String.join("、", orgs);
            }
        }
        return null;
    }

    /** The organisation(s) a line wholly names, or null. */
    private static String organisations(String line) {
        String t = WIDE_SPACES.matcher(line).replaceAll(" ").strip();
        if (t.isEmpty() || t.length() > 60 || TextPatterns.hasProsePunctuation(t)) {
            return null;
        }
        return Titles.issuer(t);
    }
}
