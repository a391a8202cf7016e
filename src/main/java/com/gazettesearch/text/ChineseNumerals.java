package com.gazettesearch.text;

import java.util.OptionalInt;

/**
 * Numbers as Chinese official texts print them, the one place that knows their digits: Chinese numerals
 * (二十, 十二, 三十五, 一百零五, 两, 〇), full-width digits (２０２４) and ASCII digits. Search uses it so that
 * 第二十条 and 第20条 find the same article; the record extractors read dates (二〇二四年五月一日) and terms
 * (试行二年) with it.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /**
     * The value of a number such as 二十, 十二, 三十五, 一百零五, 〇, 两, 5, ５ or 12, or empty if it is not one.
     * Digits written one after another are positional (二〇二四 is 2024, 12 is 12); 十 and 百 multiply the digits
     * before them, and a unit with no digit before it counts once (十二 is 12).
     */
    public static OptionalInt parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        long total = 0;
        long pending = -1; // digits waiting for their unit; -1 when none
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                pending = pending < 0 ? digit : pending * 10 + digit;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                return OptionalInt.empty();
            }
            if (total > Integer.MAX_VALUE || pending > Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
        }
        if (pending > 0) {
            total += pending;
        }
        return total > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) total);
    }

    /** The value of digits written one by one, without units (a year: 2024, 二〇二四, ２０２４), or empty. */
    public static OptionalInt digitsValue(String digits) {
        if (digits == null || digits.isEmpty() || digits.indexOf('十') >= 0 || digits.indexOf('百') >= 0) {
            return OptionalInt.empty();
        }
        return parse(digits);
    }

    /** The value of one digit (ASCII, full-width or Chinese, 〇/○/零 and 两 included), or -1 if {@code c} is none. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            // ○ (a circle) stands in for 〇 in many typeset texts: 二○二四年
            case '〇', '零', '○' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
        };
    }

    /** {@code s} with full-width digits (２０２４) folded to ASCII, so one set of patterns reads both. */
    public static String foldFullWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
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
}
