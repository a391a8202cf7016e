package com.gazettesearch.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a chronicle (大事记): dated entries and the year or month headings above them. An entry opens with a
 * date label — 5月5日, 1984年1月14日, 12月23日－31日, 3月28日－4月9日, 4月13～15日, 10月上旬, 同日, 次日, 是月, 本年,
 * 年底 … — followed by a comma, a space or (after a day or 旬) the text itself. Year headings (一九五〇年, 2023年) and
 * month headings (五月, 5月份) stand alone on their line and become part of the entries' heading path, where the
 * date resolver reads the year from. A document with no title whose lines are mostly entries is a chronicle.
 */
final class Chronicles {
    private Chronicles() {
    }

    private static final String YEAR = "(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年";
    /** Range dashes as printed: 至, ～, ~, －, —, –, -, and the box-drawing ─ of some web copies. */
    private static final String DASH = "(?:至|到|[～~－—–\\-─])";
    private static final String DAY = "\\d{1,2}\\s*(?:" + DASH + "\\s*\\d{1,2}\\s*)?日";
    private static final String RANGE_END = "(?:\\s*" + DASH + "\\s*(?:" + YEAR + ")?(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日)?";
    private static final String TEN_DAYS = "[上中下]旬";
    private static final String PART_OF_DAY = "(?:上午|中午|下午|晚上|晚间|傍晚|凌晨|早上|晚(?=[,，、\\s\\u3000]))?";
    /** A dated label: the text may follow at once ("5月5日召开…"). */
    private static final Pattern DATED = Pattern.compile("^((?:" + YEAR + "\\s*)?\\d{1,2}\\s*月\\s*(?:" + DAY + RANGE_END
            + "|" + TEN_DAYS + "|初|中|底|末)?" + PART_OF_DAY + ")(?:[,，、：:\\s\\u3000]+|(?<=[日旬午晚上])(?=\\p{IsHan}|“))");
    /** A relative or vague label: it is an entry only when a comma or a space follows (本年 全国… / 是月，…). */
    private static final Pattern RELATIVE = Pattern.compile("^((?:同日|当日|当天|次日|翌日|同月|是月|本月|当月|是年|本年|当年|年初"
            + "|年中|年底|年末|年内|月初|月中|月底|月末|" + TEN_DAYS + ")" + PART_OF_DAY + ")[,，、：:\\s\\u3000]+");
    /** A day alone (3日 / 3日至5日), as entries under a month heading print it: a comma or a space must follow. */
    private static final Pattern DAY_ONLY = Pattern.compile("^(" + DAY + RANGE_END + PART_OF_DAY + ")[,，、：:\\s\\u3000]+");
    /** The comma form the seed chronicles use, kept exactly so their labels do not change. */
    private static final Pattern COMMA_FORM = TextPatterns.EVENT_START;
    /** 一九五〇年 / 2023年 / 2023 — a year heading alone on its line. */
    private static final Pattern YEAR_HEADING = Pattern.compile("^(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年?$");
    /** 五月 / 5月 / 5月份 / 2023年5月 — a month heading alone on its line. */
    private static final Pattern MONTH_HEADING = Pattern.compile("^(?:" + YEAR + "\\s*)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月份?$");
    /** Share of a title-less text's paragraphs that must be entries for it to be a chronicle. */
    private static final double ENTRY_SHARE = 0.5;
    private static final int MIN_ENTRIES = 3;

    /** The label that opens {@code paragraph} as a chronicle entry, as printed (without its separator). */
    static Optional<String> entryLabel(String paragraph) {
        String t = paragraph.strip();
        Matcher m = COMMA_FORM.matcher(t);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        for (Pattern p : List.of(DATED, RELATIVE, DAY_ONLY)) {
            m = p.matcher(t);
            if (m.find() && m.end() < t.length()) {
                return Optional.of(m.group(1).replaceAll("[\\s\\u3000]+", ""));
            }
        }
        return Optional.empty();
    }

    /** True for a year heading (一九五〇年, 2023年) standing alone. */
    static boolean yearHeading(String paragraph) {
        String t = paragraph.strip();
        return YEAR_HEADING.matcher(t).matches() && (t.endsWith("年") || t.length() == 4);
    }

    /** True for a month heading (五月, 5月份, 2023年5月) standing alone. */
    static boolean monthHeading(String paragraph) {
        return MONTH_HEADING.matcher(paragraph.strip()).matches();
    }

    /** True when most of the non-heading lines open with an entry label: the text is a chronicle. */
    static boolean mostlyEntries(List<SourceLine> lines) {
        int entries = 0;
        int others = 0;
        for (SourceLine line : lines) {
            if (line.blank() || yearHeading(line.text()) || monthHeading(line.text())) {
                continue;
            }
            if (entryLabel(line.text()).isPresent()) {
                entries++;
            } else {
                others++;
            }
        }
        return entries >= MIN_ENTRIES && entries >= ENTRY_SHARE * (entries + others);
    }
}
