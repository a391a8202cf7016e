package com.gazettesearch.text;

import java.util.OptionalInt;

/**
 * Converts between the Chinese numerals gazettes print in ordinals (第二十条, 第三十五条) and arabic
 * numbers (第 20 条), so either spelling of an article number finds the article.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** The value of a numeral such as 二十, 十二, 三十五, 一百零五, 〇 or 两, or empty if it is not one. */
    public static OptionalInt parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = 0;
        int pending = -1; // digit waiting for its unit; -1 when none
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                pending = digit;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                // 十二 means 12: a unit with no digit before it counts once.
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                return OptionalInt.empty();
            }
        }
        if (pending > 0) {
            total += pending;
        }
        return OptionalInt.of(total);
    }

    /** Writes {@code n} (0..999) the way gazettes number articles: 20 → 二十, 12 → 十二, 105 → 一百零五. */
    public static String format(int n) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("numeral out of range 0..999: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            // 十二, not 一十二, when the number is below 20.
            if (hundreds > 0 || tens > 1) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(DIGITS.charAt(ones));
        }
        return out.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
        };
    }
}
