package com.gazettesearch.records.chronicle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date label that opens a chronicle line, as printed: "4月2日", "4月17日下午", "4月25日至28日",
 * "4月30日至5月2日", "2025年1月2日", "同日下午", "次日". Years and the relative labels are resolved
 * later by the extractor, which knows the chronicle's period and the previous event.
 *
 * @param year      printed year or null
 * @param month     printed month, or null for a relative label
 * @param day       printed day, or null for a relative label
 * @param endYear   printed year of the range end or null
 * @param endMonth  printed month of the range end or null (same month as the start)
 * @param endDay    day of the range end, or null when the label is a single day
 * @param relative  null, or {@link Relative#SAME_DAY} (同日/当日/当天) / {@link Relative#NEXT_DAY} (次日)
 * @param partOfDay 上午 / 中午 / 下午 / 晚上 … or null
 * @param length    characters of the line the label (and its following comma) takes
 */
record DateLabel(Integer year, Integer month, Integer day, Integer endYear, Integer endMonth, Integer endDay,
                 Relative relative, String partOfDay, int length) {

    enum Relative { SAME_DAY, NEXT_DAY }

    private static final String PART_OF_DAY = "(?<pod>上午|中午|下午|晚上|傍晚|凌晨|早上|晚(?=\\s*[,，、]))?";
    private static final String TAIL = PART_OF_DAY + "\\s*[,，、：:]?";
    private static final Pattern ABSOLUTE = Pattern.compile(
            "^\\s*(?:(?<y>\\d{4})\\s*年\\s*)?(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"
                    + "(?:\\s*(?:至|到|—|–|－|-|~|～)+\\s*(?:(?:(?<y2>\\d{4})\\s*年\\s*)?(?<m2>\\d{1,2})\\s*月\\s*)?(?<d2>\\d{1,2})\\s*日)?"
                    + TAIL);
    private static final Pattern RELATIVE = Pattern.compile("^\\s*(?<rel>同日|当日|当天|同一天|次日|翌日)" + TAIL);

    /** The label at the start of {@code line}, or empty when the line does not open with a date. */
    static Optional<DateLabel> at(String line) {
        String s = Digits.toAscii(line);
        Matcher m = ABSOLUTE.matcher(s);
        if (m.find()) {
            return Optional.of(new DateLabel(integer(m.group("y")), integer(m.group("m")), integer(m.group("d")),
                    integer(m.group("y2")), integer(m.group("m2")), integer(m.group("d2")), null,
                    partOfDay(m.group("pod")), m.end()));
        }
        Matcher r = RELATIVE.matcher(s);
        if (r.find()) {
            Relative rel = switch (r.group("rel")) {
                case "次日", "翌日" -> Relative.NEXT_DAY;
                default -> Relative.SAME_DAY;
            };
            return Optional.of(new DateLabel(null, null, null, null, null, null, rel,
                    partOfDay(r.group("pod")), r.end()));
        }
        return Optional.empty();
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    // "晚" alone is the same part of day as 晚上; one spelling keeps the values filterable
    private static String partOfDay(String s) {
        return "晚".equals(s) ? "晚上" : s;
    }
}
