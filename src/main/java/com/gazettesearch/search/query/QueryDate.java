package com.gazettesearch.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;

/**
 * The time a query names: a year (2024年, 一九五〇年), a month of it (2024年5月) or a day (1952年7月1日, or a holiday
 * on a fixed day of a year: 1950年劳动节 is 1950-05-01). The search
 * prefers sections of that time — it does not filter on it, because a chronicle files an event under the day it was
 * recorded and the words of a query may be about the year before (an event about 1951 dated 1950年10月).
 *
 * @param year  the year
 * @param month 1–12, or 0 when the query names the year only
 * @param day   1–31, or 0 when the query names no day
 */
public record QueryDate(int year, int month, int day) {
    private static final String YEAR_DIGITS = "(?:[12][0-9]{3}|[一二][〇○零O一二三四五六七八九]{3})";
    /** A year with 年, or a bare four-digit year standing alone (2024 碳达峰). */
    private static final Pattern DATE = Pattern.compile("(?<![0-9])(" + YEAR_DIGITS + ")\\s*(?:年\\s*(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
            + "\\s*(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号])?)?|(?=\\s|$))");
    /** A year followed by a fixed-date holiday: 1950年劳动节, 2024年国庆节. */
    private static final Pattern HOLIDAY = Pattern.compile("(?<![0-9])(" + YEAR_DIGITS + ")\\s*年?\\s*(元旦|妇女节|三八节|植树节|劳动节|五一"
            + "|青年节|五四|儿童节|六一|建党节|七一|建军节|八一|教师节|国庆节|国庆)");
    /** Holidays on a fixed day of the calendar, as month and day. */
    private static final java.util.Map<String, int[]> HOLIDAYS = java.util.Map.ofEntries(
            java.util.Map.entry("元旦", new int[] {1, 1}), java.util.Map.entry("妇女节", new int[] {3, 8}),
            java.util.Map.entry("三八节", new int[] {3, 8}), java.util.Map.entry("植树节", new int[] {3, 12}),
            java.util.Map.entry("劳动节", new int[] {5, 1}), java.util.Map.entry("五一", new int[] {5, 1}),
            java.util.Map.entry("青年节", new int[] {5, 4}), java.util.Map.entry("五四", new int[] {5, 4}),
            java.util.Map.entry("儿童节", new int[] {6, 1}), java.util.Map.entry("六一", new int[] {6, 1}),
            java.util.Map.entry("建党节", new int[] {7, 1}), java.util.Map.entry("七一", new int[] {7, 1}),
            java.util.Map.entry("建军节", new int[] {8, 1}), java.util.Map.entry("八一", new int[] {8, 1}),
            java.util.Map.entry("教师节", new int[] {9, 10}), java.util.Map.entry("国庆节", new int[] {10, 1}),
            java.util.Map.entry("国庆", new int[] {10, 1}));
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** The first time {@code raw} names, if any. */
    public static Optional<QueryDate> find(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = ChineseNumerals.foldFullWidthDigits(raw.replace('O', '〇'));
        Matcher holiday = HOLIDAY.matcher(text);
        if (holiday.find()) {
            OptionalInt year = ChineseNumerals.digitsValue(holiday.group(1));
            if (year.isPresent() && year.getAsInt() >= MIN_YEAR && year.getAsInt() <= MAX_YEAR) {
                int[] day = HOLIDAYS.get(holiday.group(2));
                return Optional.of(new QueryDate(year.getAsInt(), day[0], day[1]));
            }
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            OptionalInt year = ChineseNumerals.digitsValue(m.group(1));
            if (year.isEmpty() || year.getAsInt() < MIN_YEAR || year.getAsInt() > MAX_YEAR) {
                continue;
            }
            int month = number(m.group(2));
            int day = month == 0 ? 0 : number(m.group(3));
            try {
                if (month > 0) {
                    YearMonth ym = YearMonth.of(year.getAsInt(), month);
                    if (day > 0) {
                        ym.atDay(day);
                    }
                }
            } catch (DateTimeException e) {
                // 2024年13月 is no date: the year alone is still meant
                return Optional.of(new QueryDate(year.getAsInt(), 0, 0));
            }
            return Optional.of(new QueryDate(year.getAsInt(), month, day));
        }
        return Optional.empty();
    }

    /**
     * {@code text} without the times it names (2024年, 2024年5月1日, 1950年劳动节): the time is a preference, and its
     * digits are no words to match (2023年 碳达峰 is about 碳达峰, preferring 2023). A query that names nothing but a
     * time is matched by the dates of the sections ({@code GazetteQueryBuilder}).
     */
    public static String withoutTimes(String text) {
        String folded = ChineseNumerals.foldFullWidthDigits(text.replace('O', '〇'));
        return DATE.matcher(HOLIDAY.matcher(folded).replaceAll(" ")).replaceAll(" ");
    }

    private static int number(String s) {
        if (s == null) {
            return 0;
        }
        OptionalInt v = Character.isDigit(s.charAt(0)) ? OptionalInt.of(Integer.parseInt(s)) : ChineseNumerals.parse(s);
        return v.orElse(0);
    }

    /** First day of the time named. */
    public LocalDate first() {
        return month == 0 ? LocalDate.of(year, 1, 1) : day == 0 ? LocalDate.of(year, month, 1) : LocalDate.of(year, month, day);
    }

    /** Last day of the time named. */
    public LocalDate last() {
        return month == 0 ? LocalDate.of(year, 12, 31) : day == 0 ? YearMonth.of(year, month).atEndOfMonth() : first();
    }

    /** True when the query names a month or a day, not only a year. */
    public boolean finerThanYear() {
        return month > 0;
    }
}
