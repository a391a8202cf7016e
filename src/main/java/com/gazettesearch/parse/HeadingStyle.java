package com.gazettesearch.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading styles of Chinese official documents. Nesting is not fixed here: the section builder nests
 * styles in the order each document first uses them. {@link #root} styles always restart at the top.
 */
enum HeadingStyle {
    /** 前言 / 前 言. */
    PREFACE("^(前\\s*言|序\\s*言)$", true),
    /** The title of one of several texts a notice issues together; recognised by title, not by a pattern. */
    TEXT("(?!)", true),
    /** 附件 1 标题 / 附件2 标题 / 附件 标题 (an appendix with its own outline, or a table). */
    APPENDIX("^附件[\\s\\u3000]*[\\d０-９]+[\\s\\u3000]+\\S.*$|^附件[\\d０-９]+\\S.*$|^附件[\\s\\u3000]+[^\\s\\u3000：:\\d０-９].*$", true),
    /** 第一章 总 则 / 第一章　总则. */
    CHAPTER("^第" + Re.S + "*" + Re.NUMBER + Re.S + "*章(?:" + Re.S + "+.*|$|[^，。；：,;:\\s\\u3000的规]{1,15}$)", false),
    /** 第一节 区域概况. */
    PART("^第" + Re.S + "*" + Re.NUMBER + Re.S + "*节(?:" + Re.S + "+|$).*", false),
    /** 第一条 / 第 12 条 / 第8条. */
    ARTICLE("^第" + Re.S + "*[一二三四五六七八九十百零〇两\\d]+" + Re.S + "*条.*", false),
    /**
     * 1 人口特征 / 2 婚姻及家庭状况: a report's headings numbered with a digit and a space, no 、. Too common a shape
     * to trust alone (a table row, a footnote): recognised by {@link #numberedTitles}, never by this pattern.
     */
    NUMBERED_TITLE("(?!)", false),
    /** 一、总体要求. */
    CN_ENUM("^[一二三四五六七八九十]{1,3}、.*", false),
    /** （一）指导思想 / (一) 指导思想. */
    CN_PAREN("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[)）].*", false),
    /** 专栏1 工业互联网网络互联互通工程: a boxed aside with its own title line. */
    BOX("^专栏" + Re.S + "*[\\d０-９一二三四五六七八九十]{1,3}(?:" + Re.S + "+\\S.*)?$", false),
    /** 1. 大力发展… / 1、… / 1．… / 1﹒…. */
    ARABIC_DOT("^[\\d０-９]{1,3}\\s*[.．、﹒](?![\\d０-９]).*", false),
    /** （1）近期目标. */
    ARABIC_PAREN("^[（(]\\s*[\\d０-９]{1,2}\\s*[)）].*", false),
    /** ① … ⑳: circled numbers. */
    CIRCLED("^[①-⑳].*", false);

    /** Pattern parts the constants share (a nested class, since constants cannot use the enum's own statics). */
    private static final class Re {
        /** Half- and full-width spaces: labels are followed by either. */
        static final String S = "[\\s\\u3000]";
        static final String NUMBER = "[一二三四五六七八九十百零〇\\d]+";
    }

    private final Pattern pattern;
    private final boolean root;

    HeadingStyle(String regex, boolean root) {
        this.pattern = Pattern.compile(regex);
        this.root = root;
    }

    /** Root styles (前言, 附件, an issued text's title) close every open heading. */
    boolean root() {
        return root;
    }

    /** Roots that hold an outline of their own (an appendix's 一、…, a text's chapters); 前言 holds none. */
    boolean holdsOutline() {
        return this == TEXT || this == APPENDIX;
    }

    /** Styles whose line is always a title on its own (第三章 健全目标责任体系，落实责任考核制度). */
    boolean title() {
        return this == PREFACE || this == TEXT || this == APPENDIX || this == CHAPTER || this == PART || this == BOX
                || this == NUMBERED_TITLE;
    }

    /** A line shaped like a digit-and-space heading (1 人口特征): a number, a space, a few words of Chinese only. */
    private static final Pattern NUMBERED_TITLE_LINE = Pattern.compile("^([1-9]\\d?)[ \\u3000]+(\\p{IsHan}[\\p{IsHan}、]{1,14})$");
    /** A run of digit-and-space headings needs this many, numbered 1, 2, 3 … in order, to be one. */
    private static final int MIN_NUMBERED_TITLES = 3;

    /**
     * The lines of {@code lines} that are digit-and-space headings (1 人口特征 … 9 法律保护): lines of that shape whose
     * numbers run 1, 2, 3 … in order, at least three of them; a line of the shape out of the run (3 岁以下 is a table's
     * row label) is none. Empty when there is no such run.
     */
    static java.util.Set<String> numberedTitles(java.util.List<String> lines) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        int expected = 1;
        for (String line : lines) {
            Matcher m = NUMBERED_TITLE_LINE.matcher(line.strip());
            if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                found.add(line.strip());
                expected++;
            }
        }
        return found.size() >= MIN_NUMBERED_TITLES ? found : java.util.Set.of();
    }

    /** Numbered items whose heading words are part of their text (1. … / （1）… / ①…). */
    boolean item() {
        return this == ARABIC_DOT || this == ARABIC_PAREN || this == CIRCLED;
    }

    static Optional<HeadingStyle> of(String text) {
        String t = text.strip();
        for (HeadingStyle style : values()) {
            Matcher m = style.pattern.matcher(t);
            if (m.matches()) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    private static final Pattern ARTICLE_LABEL =
            Pattern.compile("^(第[\\s\\u3000]*[一二三四五六七八九十百零〇两\\d]+[\\s\\u3000]*条)([\\s\\u3000]*)(.*)$");

    /**
     * The heading of an article line: its label as printed (第二十条, 第 12 条) plus a short title when the line
     * has one (第 1 条 区域地理特征); an article that starts with its body keeps only the label.
     */
    static String articleHeading(String line) {
        Matcher m = ARTICLE_LABEL.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an article line: " + line);
        }
        String label = TextPatterns.collapse(m.group(1));
        String rest = m.group(3).strip();
        // A title may hold a comma (紧扣发展主线，调整生态考核指标) but never ends a sentence or breaks off; it is
        // set off by a space (第七条按照… runs straight into its text).
        if (!rest.isEmpty() && !m.group(2).isEmpty() && rest.length() <= 30 && !rest.matches(".*[。；：:;].*") && !rest.matches(".*[，、,]$")) {
            return label + " " + TextPatterns.collapse(rest);
        }
        return label;
    }
}
