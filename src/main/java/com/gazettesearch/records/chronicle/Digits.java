package com.gazettesearch.records.chronicle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;

/**
 * Folds the digits dates are printed in to ASCII so one set of date patterns reads them all: full-width digits
 * (２０２４), and Chinese numerals in a year (一九五〇年) or in the month and day that open an entry (十月一日).
 * The ideographic space becomes a plain one. Every fold keeps the text's length unless it converts numerals.
 */
final class Digits {
    private Digits() {
    }

    private static final String CN = "〇零○一二三四五六七八九";
    private static final Pattern CN_YEAR = Pattern.compile("([" + CN + "]{4})(?=\\s*年)");
    private static final Pattern CN_MONTH_DAY = Pattern.compile(
            "^(\\s*)([一二三四五六七八九十]{1,3})(\\s*月\\s*)(?:([一二三四五六七八九十]{1,3})(?=\\s*[日号]))?");

    static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\u3000' || c == '\u00a0' ? ' ' : c);
        }
        return ChineseNumerals.foldFullWidthDigits(b.toString());
    }

    /**
     * {@code s} with 4-numeral years (一九五〇年 → 1950年) in ASCII: the four numerals right before a 年 (spaces
     * between them and it allowed). Read back from each 年, which is what {@link #CN_YEAR} finds searched forward
     * (four numerals, then {@code \\s*年}), without trying a class of numerals at every position of a whole text.
     */
    static String yearsToAscii(String s) {
        StringBuilder b = null;
        int copied = 0;
        for (int at = s.indexOf('年'); at >= 0; at = s.indexOf('年', at + 1)) {
            int end = at;
            while (end > 0 && isRegexSpace(s.charAt(end - 1))) {
                end--;
            }
            int start = end - 4;
            if (start < copied || !allNumerals(s, start, end)) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(s, copied, start);
            for (int i = start; i < end; i++) {
                b.append(value(s.charAt(i)));
            }
            copied = end;
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
    }

    /** What {@code \\s} matches in a Java pattern without flags: ASCII white space only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean allNumerals(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (CN.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The years {@link #CN_YEAR} finds, searched forward (for tests of {@link #yearsToAscii}). */
    static String yearsToAsciiByPattern(String s) {
        Matcher m = CN_YEAR.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                year.append(value(c));
            }
            m.appendReplacement(b, year.toString());
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A line opening with a month (and day) in Chinese numerals (十月一日, 三月) with them in ASCII. */
    static String leadingMonthDayToAscii(String s) {
        Matcher m = CN_MONTH_DAY.matcher(s);
        if (!m.find()) {
            return s;
        }
        String day = m.group(4) == null ? "" : Integer.toString(number(m.group(4)));
        return m.group(1) + number(m.group(2)) + m.group(3) + day + s.substring(m.end());
    }

    /** 1 to 99 in Chinese numerals: 五, 十, 十二, 二十, 二十一 (the pattern only lets numerals through). */
    private static int number(String t) {
        return ChineseNumerals.parse(t).orElseThrow();
    }

    private static int value(char c) {
        return ChineseNumerals.digit(c);
    }
}
