package com.gazettesearch.records.chronicle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date label that opens a chronicle line, as printed: "4月2日", "4月17日下午", "4月25日至28日", "4月13～15日",
 * "3月28日－4月9日", "2025年1月2日", "1984年1月14日", "同日下午", "次日", "3日" (the month from around it); and the
 * labels that do not name a day:
 * "10月上旬", "4月中旬", "月底", "是月", "11月，", "本年", "是年", "年底", "1952年，". Years, months the label leaves
 * out and the relative labels are resolved later by the extractor, which knows the headings, the chronicle's period
 * and the previous event.
 *
 * @param year      printed year or null
 * @param month     printed month, or null when the label prints none (3日, 是月, 同日)
 * @param day       printed day, or null when the label names no day
 * @param endYear   printed year of the range end or null
 * @param endMonth  printed month of the range end or null (same month as the start)
 * @param endDay    day of the range end, or null when the label is not a range
 * @param relative  null, or {@link Relative#SAME_DAY} (同日/当日/当天) / {@link Relative#NEXT_DAY} (次日)
 * @param vague     for a label that names no day: the part of the month or year it names, else null
 * @param partOfDay 上午 / 中午 / 下午 / 晚上 … or null
 * @param printed   the label as printed (without its separator), e.g. "10月上旬", "12月23日－31日", "同日"
 * @param length    characters of the line the label (and its following separator) takes
 */
record DateLabel(Integer year, Integer month, Integer day, Integer endYear, Integer endMonth, Integer endDay,
                 Relative relative, Vague vague, String partOfDay, String printed, int length) {

    enum Relative { SAME_DAY, NEXT_DAY }

    /** What a label without a day names. */
    enum Vague {
        /** A month or a part of it: M月, 是月, 上旬, 中旬, 下旬, 月初, 月底. */
        MONTH(DatePrecision.MONTH),
        /** A year or a part of it: 本年, 是年, 年初, 年底, 1952年. */
        YEAR(DatePrecision.YEAR);

        final DatePrecision precision;

        Vague(DatePrecision precision) {
            this.precision = precision;
        }
    }

    private static final String DASH = "(?:至|到|—|–|－|-|~|～|─|━|―)+";
    private static final String PART_OF_DAY = "(?<pod>上午|中午|下午|晚上|傍晚|凌晨|早上|晚(?=\\s*[,，、]))?";
    private static final String TAIL = PART_OF_DAY + "\\s*[,，、：:]?\\s*";
    private static final String YEAR = "(?:(?<y>\\d{4})\\s*年\\s*)?";
    /** M月D日, M月D日至D日, M月D－D日, M月D日－M月D日, with an optional year on both ends. */
    private static final Pattern ABSOLUTE = Pattern.compile(
            "^\\s*(?:同年|是年|当年)?" + YEAR + "(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*(?:"
                    + "(?:[日号]\\s*)?" + DASH + "\\s*(?:(?:(?<y2>\\d{4})\\s*年\\s*)?(?<m2>\\d{1,2})\\s*月\\s*)?(?<d2>\\d{1,2})\\s*[日号]"
                    + "|[日号])" + TAIL);
    /** 3日, 3—5日, 3日至5日 under a month heading (or after an entry of the month): the day alone. */
    private static final Pattern DAY_ONLY = Pattern.compile(
            "^\\s*(?<d>\\d{1,2})\\s*(?:(?:[日号]\\s*)?" + DASH + "\\s*(?<d2>\\d{1,2})\\s*[日号]|[日号])" + TAIL + "(?=\\S)");
    private static final Pattern RELATIVE = Pattern.compile("^\\s*(?<rel>同日|当日|当天|同一天|次日|翌日)" + TAIL);
    /** 10月上旬, 4月底, 11月，…: a month and, at most, the part of it. */
    private static final Pattern MONTH = Pattern.compile(
            "^\\s*(?:同年|是年|当年)?" + YEAR + "(?<m>\\d{1,2})\\s*月(?:份)?\\s*"
                    + "(?:(?:上旬|中旬|下旬|上中旬|中下旬)\\s*[,，、：:]?\\s*|(?:初|中|底|末)?\\s*(?:[,，、：:]\\s*|\\s+))(?=\\S)");
    private static final Pattern THIS_MONTH = Pattern.compile(
            "^\\s*(?:是月|本月|当月|同月|月初|月中|月底|月末|上旬|中旬|下旬)\\s*[,，、：:]?\\s*(?=\\S)");
    /** 本年, 是年, 年底, 1952年，…: a year and, at most, its beginning or end. */
    private static final Pattern THIS_YEAR = Pattern.compile(
            "^\\s*(?:(?<y>\\d{4})\\s*年(?:初|底|末)?|是年|本年|当年|同年|年初|年底|年末)(?!\\s*\\d)\\s*[,，、：:]?\\s*(?=\\S)");

    /** The label at the start of {@code line}, or empty when the line does not open with a date. */
    static Optional<DateLabel> at(String line) {
        String s = normalized(line);
        Matcher m = ABSOLUTE.matcher(s);
        if (m.find()) {
            return Optional.of(new DateLabel(integer(m.group("y")), integer(m.group("m")), integer(m.group("d")),
                    integer(m.group("y2")), integer(m.group("m2")), integer(m.group("d2")), null, null,
                    partOfDay(m.group("pod")), printed(s, m, m.group("pod")), m.end()));
        }
        Matcher day = DAY_ONLY.matcher(s);
        if (day.find()) {
            return Optional.of(new DateLabel(null, null, integer(day.group("d")), null, null, integer(day.group("d2")),
                    null, null, partOfDay(day.group("pod")), printed(s, day, day.group("pod")), day.end()));
        }
        Matcher r = RELATIVE.matcher(s);
        if (r.find()) {
            Relative rel = switch (r.group("rel")) {
                case "次日", "翌日" -> Relative.NEXT_DAY;
                default -> Relative.SAME_DAY;
            };
            return Optional.of(new DateLabel(null, null, null, null, null, null, rel, null,
                    partOfDay(r.group("pod")), printed(s, r, r.group("pod")), r.end()));
        }
        Matcher mo = MONTH.matcher(s);
        if (mo.find()) {
            return Optional.of(new DateLabel(integer(mo.group("y")), integer(mo.group("m")), null, null, null, null,
                    null, Vague.MONTH, null, printed(s, mo, null), mo.end()));
        }
        Matcher tm = THIS_MONTH.matcher(s);
        if (tm.find()) {
            return Optional.of(new DateLabel(null, null, null, null, null, null, null, Vague.MONTH, null,
                    printed(s, tm, null), tm.end()));
        }
        Matcher ty = THIS_YEAR.matcher(s);
        if (ty.find()) {
            return Optional.of(new DateLabel(integer(ty.group("y")), null, null, null, null, null, null, Vague.YEAR,
                    null, printed(s, ty, null), ty.end()));
        }
        return Optional.empty();
    }

    /** {@code line} after its date label (and the label's separator); the whole line when it opens with none. */
    static String textAfter(String line) {
        return at(line).map(l -> normalized(line).substring(l.length())).orElse(line);
    }

    /** The line as the patterns read it: ASCII digits, years and a leading month and day. */
    private static String normalized(String line) {
        return Digits.leadingMonthDayToAscii(Digits.yearsToAscii(Digits.toAscii(line)));
    }

    /** The precision of the date this label gives. */
    DatePrecision precision() {
        return vague == null ? DatePrecision.DAY : vague.precision;
    }

    /** The label as printed: the match without its leading space, separator and part of day. */
    private static String printed(String s, Matcher m, String partOfDay) {
        String p = s.substring(m.start(), m.end()).strip().replaceFirst("[,，、：:]$", "").strip();
        return partOfDay == null ? p : p.substring(0, p.lastIndexOf(partOfDay)).strip();
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    // "晚" alone is the same part of day as 晚上; one spelling keeps the values filterable
    private static String partOfDay(String s) {
        return "晚".equals(s) ? "晚上" : s;
    }
}
