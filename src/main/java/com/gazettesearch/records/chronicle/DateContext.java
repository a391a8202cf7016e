package com.gazettesearch.records.chronicle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.Section;

/**
 * The date of each chronicle entry from its label and what is around it, read in order: the year from the entry
 * itself, else the nearest year heading (in the section's path or a heading line), else a year printed on an earlier
 * entry (moving on a year when the months start again), else the chronicle's title, else the document's date; the
 * month of 是月, 上旬 or 3日 from a month heading printed after the previous entry, else from that entry; 同日 and
 * 次日 from the previous entry.
 */
final class DateContext {
    /** A heading that names a year (一九五〇年, 2023年, 2023年大事记) and perhaps a month (2023年1月). */
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "^\\s*((?:1[89]|20)\\d{2})\\s*年\\s*(?:(\\d{1,2})\\s*月份?)?\\s*(?:大事记|大事)?\\s*$");
    private static final Pattern MONTH_HEADING = Pattern.compile("^\\s*(\\d{1,2})\\s*月份?\\s*$");

    private final ChroniclePeriod period;
    private final LocalDate docDate;
    /** The year headings and printed years give, and whether it came from a printed year (which rolls over). */
    private Integer year;
    private boolean printedYear;
    private Integer headingMonth;
    /** Whether the month heading came after the last entry read (so a day alone is in the heading's month). */
    private boolean headingAfterEntry;
    private String pathHeading;
    private EventDraft previous;

    DateContext(ChroniclePeriod period, LocalDate docDate) {
        this.period = period;
        this.docDate = docDate;
    }

    /**
     * A section under headings: the innermost heading naming a year (and month) sets them when it is not the
     * heading the previous section was under (a parser may also put the entry's own label in the path).
     */
    void enter(List<String> sectionPath) {
        for (int i = sectionPath.size() - 1; i >= 0; i--) {
            String h = sectionPath.get(i);
            if (isHeading(h)) {
                if (!h.equals(pathHeading)) {
                    pathHeading = h;
                    heading(h);
                }
                return;
            }
        }
    }

    /** Whether {@code text} is a year or month heading; if so, it sets the year or month of what follows. */
    boolean heading(String text) {
        String t = headingText(text);
        Matcher y = YEAR_HEADING.matcher(t);
        if (y.matches()) {
            year = Integer.valueOf(y.group(1));
            printedYear = false;
            headingMonth = y.group(2) == null ? null : Integer.valueOf(y.group(2));
            headingAfterEntry = true;
            previous = null;
            return true;
        }
        Matcher m = MONTH_HEADING.matcher(t);
        if (m.matches()) {
            headingMonth = Integer.valueOf(m.group(1));
            headingAfterEntry = true;
            return true;
        }
        return false;
    }

    EventDraft resolve(DateLabel label, Section section, String line) {
        EventDraft d = label.relative() != null ? relative(label, section, line)
                : label.precision() == DatePrecision.DAY ? day(label, section, line) : vague(label, section, line);
        previous = d;
        headingAfterEntry = false;
        return d;
    }

    private EventDraft relative(DateLabel label, Section section, String line) {
        if (previous == null) {
            throw new IllegalStateException("relative date before any dated event");
        }
        LocalDate date = label.relative() == DateLabel.Relative.NEXT_DAY ? previous.date.plusDays(1) : previous.date;
        return new EventDraft(date, null, previous.precision, label.printed(), label.partOfDay(), section, line);
    }

    private EventDraft day(DateLabel label, Section section, String line) {
        Integer month = label.month() != null ? label.month() : contextMonth();
        if (month == null) {
            throw new IllegalStateException("no month for " + label.printed());
        }
        int y = yearOf(label.year(), month);
        LocalDate date = LocalDate.of(y, month, label.day());
        LocalDate end = null;
        if (label.endDay() != null) {
            int endMonth = label.endMonth() != null ? label.endMonth() : month;
            int endYear = label.endYear() != null ? label.endYear() : y;
            end = LocalDate.of(endYear, endMonth, label.endDay());
            if (label.endYear() == null && end.isBefore(date)) {
                // 12月30日至1月2日 runs into the next year
                end = end.plusYears(1);
            }
            if (end.isBefore(date)) {
                throw new IllegalStateException("range ends " + end + " before it starts " + date);
            }
        }
        return new EventDraft(date, end, DatePrecision.DAY, label.printed(), label.partOfDay(), section, line);
    }

    private EventDraft vague(DateLabel label, Section section, String line) {
        if (label.vague() == DateLabel.Vague.YEAR) {
            int y = yearOf(label.year(), null);
            return new EventDraft(LocalDate.of(y, 1, 1), null, DatePrecision.YEAR, label.printed(), null, section, line);
        }
        Integer month = label.month() != null ? label.month() : contextMonth();
        if (month == null) {
            throw new IllegalStateException("no month for " + label.printed());
        }
        int y = yearOf(label.year(), month);
        return new EventDraft(LocalDate.of(y, month, 1), null, DatePrecision.MONTH, label.printed(), null, section, line);
    }

    /**
     * The month of 是月 / 上旬 / 3日: a month heading printed after the previous entry, else the previous entry's,
     * else the heading's, else the title's single month.
     */
    private Integer contextMonth() {
        if (headingMonth != null && headingAfterEntry) {
            return headingMonth;
        }
        if (previous != null && previous.precision != DatePrecision.YEAR) {
            return previous.date.getMonthValue();
        }
        if (headingMonth != null) {
            return headingMonth;
        }
        if (period != null && period.start().equals(period.end())) {
            return period.start().getMonthValue();
        }
        return null;
    }

    private int yearOf(Integer printed, Integer month) {
        if (printed != null) {
            year = printed;
            printedYear = true;
            return printed;
        }
        if (year != null) {
            if (printedYear && month != null && previous != null && previous.precision != DatePrecision.YEAR
                    && previous.date.getYear() == year && month < previous.date.getMonthValue()) {
                // "1984年12月20日…" then "1月5日…": a chronicle in order has moved into the next year
                year = year + 1;
            }
            return year;
        }
        if (period != null) {
            return month == null ? period.start().getYear() : period.yearOf(month);
        }
        if (previous != null) {
            int y = previous.date.getYear();
            return month != null && month < previous.date.getMonthValue() ? y + 1 : y;
        }
        if (docDate != null) {
            // a chronicle without a year anywhere: the document's date is the best evidence left
            return month == null ? docDate.getYear() : new ChroniclePeriod(YearMonth.from(docDate),
                    YearMonth.from(docDate)).yearOf(month);
        }
        throw new IllegalStateException("no year: no heading, title or earlier entry names one and the document has no date");
    }

    /** Whether {@code text} is only a year or a month heading (一九五〇年, 2023年大事记, 1月). */
    static boolean isHeading(String text) {
        String t = headingText(text);
        return YEAR_HEADING.matcher(t).matches() || MONTH_HEADING.matcher(t).matches();
    }

    /** A heading as the heading patterns read it: ASCII digits, years and months (一九五〇年, 十月). */
    private static String headingText(String text) {
        return Digits.leadingMonthDayToAscii(Digits.yearsToAscii(Digits.toAscii(text)));
    }
}
