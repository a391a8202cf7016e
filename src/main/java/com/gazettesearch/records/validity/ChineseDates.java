package com.gazettesearch.records.validity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;

/**
 * Dates and small numbers as Chinese official texts print them: 2024年5月1日, 2024 年 5 月 1 日
 * (spaces left by PDF conversion), 二〇二四年五月一日, and counts such as 二 / 两 / 十二.
 * Shared by the validity and fee extractors so both read a date the same way.
 */
public final class ChineseDates {
    private ChineseDates() {
    }

    private static final String NUM = "[0-9０-９〇零一二两三四五六七八九十]";

    /** A full date: year, month and day, digits or Chinese numerals, spaces allowed between parts. */
    public static final String DATE_REGEX =
            "(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*[日号]";

    private static final Pattern DATE = Pattern.compile(DATE_REGEX);

    /** The date at the start of {@code text}'s first full date, if any. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Builds a date from year, month and day strings in digits or Chinese numerals; empty if not a real date. */
    public static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(yearNumber(year), number(month), number(day)));
        } catch (DateTimeException | IllegalArgumentException e) {
            // "2024年2月30日" and unreadable numerals are not dates: the caller treats the text as undated
            return Optional.empty();
        }
    }

    /** 2024 / 二〇二四: a year is written digit by digit. */
    static int yearNumber(String s) {
        return ChineseNumerals.digitsValue(s).orElseThrow(() -> new IllegalArgumentException("not a year: " + s));
    }

    /**
     * A number up to 99 in digits or Chinese numerals: 5, ５, 五, 两, 十, 十二, 二十, 二十一.
     *
     * @throws IllegalArgumentException when {@code s} is not such a number
     */
    public static int number(String s) {
        return ChineseNumerals.parse(s.strip()).orElseThrow(() -> new IllegalArgumentException("not a number: " + s));
    }
}
