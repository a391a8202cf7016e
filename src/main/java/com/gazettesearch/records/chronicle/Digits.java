package com.gazettesearch.records.chronicle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;
import com.gazettesearch.text.MatchStarts;

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

    /** {@link #CN_YEAR}, tried only at a numeral (most characters of a text are none). */
    static final MatchStarts YEARS = new MatchStarts(CN_YEAR, CN);

    /** {@code s} with 4-numeral years (一九五〇年 → 1950年) in ASCII. */
    static String yearsToAscii(String s) {
        MatchStarts.Scan scan = YEARS.scan(s);
        StringBuilder b = null;
        int copied = 0;
        while (scan.find()) {
            Matcher m = scan.matcher();
            if (b == null) {
                b = new StringBuilder(s.length());
            }
            b.append(s, copied, m.start());
            for (char c : m.group(1).toCharArray()) {
                b.append(value(c));
            }
            copied = m.end();
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
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
