package com.gazettesearch.parse;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;

/**
 * Watches the numbering of chapters and articles as the section builder opens them and warns where it jumps
 * (第十条 followed by 第十二条): a missing article is either missing from the source or a label the parser did not
 * recognise, and a person adding the file should know which. A number 1 starts a new sequence (a second text).
 */
final class NumberingCheck {
    private static final Pattern LABEL = Pattern.compile("^第[\\s\\u3000]*([一二三四五六七八九十百零〇两\\d]+)[\\s\\u3000]*[章节条]");

    private final java.util.List<String> warnings;
    private final Map<HeadingStyle, Integer> last = new EnumMap<>(HeadingStyle.class);
    private final Map<HeadingStyle, String> lastLabel = new EnumMap<>(HeadingStyle.class);

    NumberingCheck(java.util.List<String> warnings) {
        this.warnings = warnings;
    }

    void heading(HeadingStyle style, String heading) {
        if (style != HeadingStyle.CHAPTER && style != HeadingStyle.ARTICLE) {
            if (style.root()) {
                // an appendix or another text numbers its own chapters and articles
                last.clear();
            }
            return;
        }
        Matcher m = LABEL.matcher(heading);
        if (!m.find()) {
            return;
        }
        OptionalInt n = ChineseNumerals.parse(m.group(1));
        if (n.isEmpty()) {
            return;
        }
        Integer previous = last.get(style);
        String label = TextPatterns.collapse(m.group()).replace(" ", "");
        if (previous != null && n.getAsInt() != 1 && n.getAsInt() != previous + 1) {
            warnings.add((style == HeadingStyle.ARTICLE ? "article" : "chapter") + " numbering jumps from "
                    + lastLabel.get(style) + " to " + label);
        }
        last.put(style, n.getAsInt());
        lastLabel.put(style, label);
    }
}
