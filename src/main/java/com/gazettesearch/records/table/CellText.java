package com.gazettesearch.records.table;

import java.util.Set;

/**
 * Cleans the text of a table cell converted from PDF, where wrapped cell text comes back with
 * spaces inside words ("生态 安全", "完成上级规定的考核任 务").
 */
final class CellText {
    /** Values that stand for an empty cell. */
    private static final Set<String> NONE = Set.of("/", "／", "—", "——", "-", "－", "——/");

    private CellText() {
    }

    /**
     * Removes whitespace except between two ASCII letters or digits ("DN300 DN1200" keeps its space,
     * "生态 安全" becomes 生态安全).
     */
    static String clean(String s) {
        String t = s.strip();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
                continue;
            }
            int j = i;
            while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            char before = b.isEmpty() ? ' ' : b.charAt(b.length() - 1);
            char after = j < t.length() ? t.charAt(j) : ' ';
            if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
                b.append(' ');
            }
            i = j - 1;
        }
        return b.toString();
    }

    /** Whether a cleaned value is a placeholder for "none" (/, ——, -). */
    static boolean isNone(String value) {
        return value == null || value.isEmpty() || NONE.contains(value);
    }

    /** {@code value}, or null when it is a placeholder for none. */
    static String orNull(String value) {
        return isNone(value) ? null : value;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
