package com.gazettesearch.records.chronicle;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a chronicle covers, read from its title: "2024年4月区政府大事记" (one month),
 * "2024年12月—2025年1月大事记" (a range), "2024年第二季度大事记", "2024年大事记", "2011大事记", "一九五〇年" (a year).
 * Event lines print only month and day, so the period decides each event's year.
 */
record ChroniclePeriod(YearMonth start, YearMonth end) {

    private static final String DASH = "\\s*(?:—|–|-|－|~|～|至|到)+\\s*";
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月份?(?:" + DASH + "(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*年\\s*第?([一二三四1-4])季度");
    /** 2024年, and a year printed straight before 大事记 ("2011大事记"). */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:1[89]|20)\\d{2})\\s*(?:年|(?=大事))");

    ChroniclePeriod {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
        }
    }

    /** The period named in a chronicle title, or empty when the title names no year. */
    static Optional<ChroniclePeriod> fromTitle(String title) {
        String t = Digits.yearsToAscii(Digits.toAscii(title));
        Matcher m = MONTH_RANGE.matcher(t);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            YearMonth start = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(4) == null) {
                return Optional.of(new ChroniclePeriod(start, start));
            }
            int endMonth = Integer.parseInt(m.group(4));
            int endYear = m.group(3) != null ? Integer.parseInt(m.group(3))
                    // "2024年11月—2月" can only mean the following February
                    : endMonth < start.getMonthValue() ? year + 1 : year;
            return Optional.of(new ChroniclePeriod(start, YearMonth.of(endYear, endMonth)));
        }
        Matcher q = QUARTER.matcher(t);
        if (q.find()) {
            int quarter = "一二三四".indexOf(q.group(2)) + 1;
            if (quarter == 0) {
                quarter = Integer.parseInt(q.group(2));
            }
            int year = Integer.parseInt(q.group(1));
            return Optional.of(new ChroniclePeriod(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3)));
        }
        Matcher y = YEAR.matcher(t);
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            return Optional.of(new ChroniclePeriod(YearMonth.of(year, 1), YearMonth.of(year, 12)));
        }
        return Optional.empty();
    }

    /**
     * The year of an event printed only as month and day: the year that puts the month inside the
     * period, or failing that nearest to it (a December chronicle that mentions "1月2日" means the
     * next January).
     */
    int yearOf(int month) {
        // the title's own year is tried first so that it wins a tie
        int best = start.getYear();
        long bestDistance = distance(YearMonth.of(best, month));
        for (int year = start.getYear() - 1; year <= end.getYear() + 1; year++) {
            long distance = distance(YearMonth.of(year, month));
            if (distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    private long distance(YearMonth ym) {
        long i = index(ym);
        if (i < index(start)) {
            return index(start) - i;
        }
        return Math.max(0, i - index(end));
    }

    private static long index(YearMonth ym) {
        return ym.getYear() * 12L + ym.getMonthValue() - 1;
    }
}
