package com.gazettesearch.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;

/** Line-level recognisers shared by the splitter and the section builder: dates, punctuation, cover lines. */
final class TextPatterns {
    private TextPatterns() {
    }

    /** A line that is only a full date, as signatures print it: 2024年1月29日 / 2024 年 3 月 18 日. */
    static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    /** Cover-page date in Chinese numerals: 二〇二四年十二月. */
    static final Pattern CHINESE_DATE_LINE = Pattern.compile("^[〇零一二三四五六七八九十]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月$");
    /** Cover-page period under a plan's title: (2024-2030 年). */
    static final Pattern YEAR_RANGE_LINE = Pattern.compile("^[(（]\\s*\\d{4}\\s*[-—~～－]\\s*\\d{4}\\s*年?\\s*[)）]$");
    /** Cover-page place line: 湖南省·株洲市. */
    static final Pattern PLACE_LINE = Pattern.compile("^\\p{IsHan}{2,8}\\s*[·・]\\s*\\p{IsHan}{2,8}$");
    /** An organisation name on a line of its own (signature, issuer above a notice title). */
    static final Pattern ORG_LINE = Pattern.compile(
            "^[\\p{IsHan}()（）]{2,40}(人民政府|政府办公室|办公室|局|委员会|领导小组|工作组|厅|管委会|管理委员会|行政公署|公署)$");
    /** 签发人：张三 — a header line of GB/T 9704's 版头. */
    static final Pattern SIGNER = Pattern.compile("^签\\s*发\\s*人\\s*[：:].{1,20}$");
    /** A chronicle entry: 4月2日, / 同日下午， / 4月25日至28日, — the label is group 1. */
    static final Pattern EVENT_START = Pattern.compile(
            "^((?:\\d{1,2}月\\d{1,2}日(?:至(?:\\d{1,2}月)?\\d{1,2}日)?|同日|当日|次日)(?:上午|下午|晚上|晚间|晚)?)\\s*[,，]");
    /** 附注 under a signature: （此件公开发布）, （此件主动公开）, （联系人：…）. */
    static final Pattern ANNOTATION = Pattern.compile("^[（(]\\s*(?:此件|联系人|本件).{1,30}[)）]$");
    /** The first line of a 版记: 抄送：…, 主题词：…, 分送：…. */
    static final Pattern IMPRINT_START = Pattern.compile("^(?:抄[\\s\\u3000]*送|主[\\s\\u3000]*题[\\s\\u3000]*词|分[\\s\\u3000]*送)[：:]");
    /** The 印发机关和印发日期 line of a 版记: XX市人民政府办公室　　2024年1月5日印发. */
    static final Pattern IMPRINT_PRINTED = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发$");
    /** A gazette's column heading: 【市政府文件】, 【大事记】. */
    static final Pattern COLUMN_HEADING = Pattern.compile("^【[^】]{2,12}】$");
    /** Table-of-contents marker. */
    static final Pattern TOC_MARKER = Pattern.compile("^目[\\s\\u3000]*录$");
    /** A contents entry: text, then tab/spaces/dot leaders and a page number (12 or （12）). */
    static final Pattern TOC_ENTRY = Pattern.compile("^.*\\S(?:\\t+|\\s+|\\.{2,}\\s*|…+\\s*)(?:\\d{1,3}|[(（]\\d{1,3}[)）])$");
    /** Lines printed at the end of a gazette, not part of any document. */
    static final Pattern TRAILER = Pattern.compile("^[(（]\\s*(免费赠阅|内部资料|注意保存)\\s*[)）]$");
    /** List markers that start a new paragraph even without a number. */
    static final Pattern LIST_MARKER = Pattern.compile("^(——|--|-\\s|•|·|●|◆|■|□|▲|★)");

    private static final String SENTENCE_FINAL = "。；：！？…”’）)」』】;:!?";

    /** True when the line ends a sentence, so the next line cannot be the rest of it. */
    static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && SENTENCE_FINAL.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** True when the text contains sentence-internal punctuation (so it is prose, not a title). */
    static boolean hasProsePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            // ASCII forms too: pages normalised to NFKC print , ; : where gazettes print ，；：
            if ("，。；：,;:！？".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A signature date written in Chinese numerals: 二〇二一年十月十一日, with the zero as 〇, 零, ○ (U+25CB) or a
     * Latin O as typed in many web copies (二OO九年).
     */
    static final Pattern CHINESE_FULL_DATE_LINE = Pattern.compile(
            "^([〇零○OＯ0一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日$");

    /** The date a line consists of (2024年1月29日, 二〇二一年十月十一日), if it is a valid one. */
    static Optional<LocalDate> date(String line) {
        String t = line.strip();
        Matcher m = DATE_LINE.matcher(t);
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            Matcher c = CHINESE_FULL_DATE_LINE.matcher(t);
            if (c.matches()) {
                // the zero of a year is also typed as ○ (U+25CB) or a Latin O: both read as 〇
                int year = ChineseNumerals.digitsValue(c.group(1).replaceAll("[○OＯ]", "〇")).orElse(0);
                return Optional.of(LocalDate.of(year, ChineseNumerals.parse(c.group(2)).orElse(0),
                        ChineseNumerals.parse(c.group(3)).orElse(0)));
            }
        } catch (DateTimeException e) {
            // A line shaped like a date but impossible (2月30日) is text, not a date.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Two pieces of one sentence that a line break parted, put together again: Chinese is written without spaces, so
     * they join directly, except where a Latin letter or digit ends the one and begins the other (an English name,
     * a URL, a model number: {@code Smart} / {@code City}), which a space kept apart before the break.
     */
    static String joinBroken(String before, String after) {
        if (!before.isEmpty() && !after.isEmpty() && latin(before.charAt(before.length() - 1)) && latin(after.charAt(0))) {
            return before + " " + after;
        }
        return before + after;
    }

    private static boolean latin(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c))
                || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** Collapses runs of spaces (half- or full-width) to one space and trims. */
    static String collapse(String text) {
        return text.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** Title comparison key: no whitespace, half-width parentheses made full-width. */
    static String titleKey(String text) {
        return text.replaceAll("[\\s\\u3000]+", "").replace('(', '（').replace(')', '）');
    }

    /** Removes bracketed asides: 湖南湘江新区(长沙高新区、岳麓区)… → 湖南湘江新区…. */
    static String withoutParentheticals(String text) {
        return text.replaceAll("[(（][^()（）]*[)）]", "");
    }
}
