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
    /** 附件 1 标题 / 附件2 标题 (an appendix, usually a table). */
    APPENDIX("^附件\\s*\\d+\\s+\\S.*$|^附件\\d+\\S.*$", true),
    /** 第一章 总 则. */
    CHAPTER("^第\\s*[一二三四五六七八九十百零〇\\d]+\\s*章(?:\\s+|$).*", false),
    /** 第一节 区域概况. */
    PART("^第\\s*[一二三四五六七八九十百零〇\\d]+\\s*节(?:\\s+|$).*", false),
    /** 第一条 / 第 12 条 / 第8条. */
    ARTICLE("^第\\s*[一二三四五六七八九十百零〇两\\d]+\\s*条(?:\\s*|$).*", false),
    /** 一、总体要求. */
    CN_ENUM("^[一二三四五六七八九十]{1,3}、.*", false),
    /** （一）指导思想 / (一) 指导思想. */
    CN_PAREN("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[)）].*", false),
    /** 1. 大力发展… / 1、… / 1．…. */
    ARABIC_DOT("^\\d{1,2}\\s*[.．、](?!\\d).*", false),
    /** （1）近期目标. */
    ARABIC_PAREN("^[（(]\\s*\\d{1,2}\\s*[)）].*", false);

    private final Pattern pattern;
    private final boolean root;

    HeadingStyle(String regex, boolean root) {
        this.pattern = Pattern.compile(regex);
        this.root = root;
    }

    /** Root styles (前言, 附件) close every open heading. */
    boolean root() {
        return root;
    }

    /** Styles whose line is always a title on its own (第三章 健全目标责任体系，落实责任考核制度). */
    boolean title() {
        return this == PREFACE || this == APPENDIX || this == CHAPTER || this == PART;
    }

    /** Numbered items whose heading words are part of their text (1. … / （1）…). */
    boolean item() {
        return this == ARABIC_DOT || this == ARABIC_PAREN;
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
            Pattern.compile("^(第\\s*[一二三四五六七八九十百零〇两\\d]+\\s*条)\\s*(.*)$");

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
        String rest = m.group(2).strip();
        // A title may hold a comma (紧扣发展主线，调整生态考核指标) but never ends a sentence or breaks off.
        if (!rest.isEmpty() && rest.length() <= 30 && !rest.matches(".*[。；：:;].*") && !rest.matches(".*[，、,]$")) {
            return label + " " + TextPatterns.collapse(rest);
        }
        return label;
    }
}
