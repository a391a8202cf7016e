package com.gazettesearch.parse;

import java.util.OptionalInt;

/**
 * Values of the numbers that label articles, chapters and items: Arabic digits (half- or full-width) and Chinese
 * numerals up to the thousands (十七, 二十三, 一百零八, 两). The parser checks numbering sequences with them: a
 * 第N条 in the middle of a line only starts an article when N follows the article before it.
 */
final class Numerals {
    private static final String DIGITS = "〇零一二三四五六七八九";

    private Numerals() {
    }

    /** The value of {@code text}, or empty when it is not a number written one of these ways. */
    static OptionalInt value(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (t.chars().allMatch(Numerals::arabic)) {
            int v = 0;
            for (int i = 0; i < t.length() && i < 6; i++) {
                v = v * 10 + Character.digit(t.charAt(i), 10);
            }
            return t.length() > 6 ? OptionalInt.empty() : OptionalInt.of(v);
        }
        return chinese(t);
    }

    private static boolean arabic(int c) {
        return Character.isDigit(c) && Character.digit(c, 10) >= 0;
    }

    private static OptionalInt chinese(String t) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                // 〇 and 零 are both 0; DIGITS lists 〇 first
                digit = Math.max(0, d - 1);
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalInt.empty();
            }
            // 十二 means 12: a unit without a digit before it counts once
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total > 0 || t.equals("〇") || t.equals("零") ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
