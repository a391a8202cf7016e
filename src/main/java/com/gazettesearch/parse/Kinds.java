package com.gazettesearch.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文种: the words official documents end their titles with (GB/T 9704 lists the 公文 kinds; 规章 and 规范性文件 add
 * 办法, 规定, 细则 …; plans and policies add 规划, 方案, 计划, 措施, 政策; statistics offices publish 公报; a
 * recruitment's attachment is its 职位表). {@link #of} reads a title's kind, and
 * {@link #endsWithKind} tells a title-like line from a heading or a sentence.
 */
final class Kinds {
    /** Longest first where they end alike, so 实施方案 wins over 方案 at the same end. */
    private static final List<String> KINDS = List.of("实施方案", "工作方案", "行动方案", "实施意见", "实施细则",
            "大事记", "办法", "规划", "通知", "意见", "规定", "决定", "方案", "细则", "计划", "公告", "通告", "批复",
            "报告", "条例", "措施", "纲要", "函", "规则", "通报", "决议", "请示", "纪要", "公报", "职位表");
    /** Further title endings that mark a title-like line but were never read as a kind (kept out of {@link #of}). */
    private static final List<String> OTHER_TITLE_ENDS = List.of("政策", "章程", "标准", "指南",
            "清单", "要点", "指引", "命令", "令", "名单", "制度", "规范");

    /** The kind of a chronicle, whatever its title says. */
    static final String CHRONICLE = "大事记";

    /** The closing words of a 正文 (特此公告, 特此通知 …), which name the document's 文种: group 1. */
    private static final Pattern CLOSING = Pattern.compile("^特此(公告|通告|通知|通报|批复|函告|函复|报告|请示)[。.!！]?$");

    private Kinds() {
    }

    /** True for a closing formula line (特此公告): the end of a 正文, never a title. */
    static boolean closingFormula(String line) {
        return CLOSING.matcher(line.strip()).matches();
    }

    /** The 文种 the last closing formula of {@code body} names (特此公告 → 公告, 特此函告 → 函), or null. */
    static String ofClosing(List<SourceLine> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            Matcher m = CLOSING.matcher(body.get(i).text().strip());
            if (m.matches()) {
                return m.group(1).startsWith("函") ? "函" : m.group(1);
            }
        }
        return null;
    }

    /** 文种 from the title: the kind word that ends last (a trailing （试行） or period ignored); null if none. */
    static String of(String title) {
        String t = TextPatterns.withoutParentheticals(title);
        String best = null;
        int bestEnd = -1;
        for (String kind : KINDS) {
            int at = t.lastIndexOf(kind);
            if (at < 0) {
                continue;
            }
            int end = at + kind.length();
            if (end > bestEnd || (end == bestEnd && kind.length() > best.length())) {
                best = kind;
                bestEnd = end;
            }
        }
        return best;
    }

    /** True when {@code text}, bracketed asides and spaces removed, ends with a kind or another title ending. */
    static boolean endsWithKind(String text) {
        String t = TextPatterns.withoutParentheticals(text).replaceAll("[\\s\\u3000]+", "");
        for (String kind : KINDS) {
            if (t.endsWith(kind)) {
                return true;
            }
        }
        for (String end : OTHER_TITLE_ENDS) {
            if (t.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}
