package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off what an export or a crawl wrapped around a text before the text itself begins: a legal database's
 * citation lines (【法宝引证码】 CLI.…, 原文链接：https://…) and a crawler's block of {@code key: value} lines
 * (标题 / 发布时间 / 文号 / 发布机构 / 栏目 / 原文链接 … ending in a separator such as {@code ==== 正文 ====}).
 * The fields that describe the document are kept as {@link CrawlFields} for the metadata recognisers to weigh
 * against the text; the rest is dropped. Nothing here knows a site: the shapes are what such wrappers share.
 */
final class WrapperReader {
    /** 【法宝引证码】 CLI.12.4792728 — a bracketed label followed by a code, never prose. */
    private static final Pattern CITATION = Pattern.compile("^【[^】]{2,12}】\\s*[\\x21-\\x7E]+$");
    /** 原文链接：https://… / 网址: http://… */
    private static final Pattern LINK = Pattern.compile("^[\\p{IsHan}]{2,8}\\s*[：:]\\s*https?://\\S+$");
    /** One field of a crawl header: a short label, a colon, the value (possibly empty). */
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}A-Za-z]{2,10})\\s*[：:]\\s?(.*)$");
    /** The line that closes a crawl header: ==== 正文 ====, ----, ***. */
    private static final Pattern SEPARATOR = Pattern.compile("^[=\\-─—*#~]{3,}.*$");
    /** Labels of crawl header fields; a header block needs at least two of them to be taken as one. */
    private static final Set<String> FIELD_LABELS = Set.of("标题", "题名", "名称", "发布时间", "发布日期", "发文日期",
            "成文日期", "印发日期", "文号", "发文字号", "发文机关", "发布机构", "发布单位", "来源", "栏目", "原文链接", "链接",
            "本地目录", "索引号", "主题分类", "分类", "体裁分类", "有效性", "时效性", "实施日期", "生效日期", "作者");
    private static final int MAX_HEADER_LINES = 30;

    /**
     * What a crawl header says about the document. Values are as printed (trimmed); null when the header has
     * no such field or leaves it empty.
     */
    record CrawlFields(String title, String docNumber, String issuer, String writtenDate, String published) {
        static final CrawlFields NONE = new CrawlFields(null, null, null, null, null);
    }

    /** The text without its wrapper, and the wrapper's fields. */
    record Unwrapped(List<SourceLine> lines, CrawlFields fields) {
    }

    static Unwrapped read(List<SourceLine> lines) {
        int i = skipBlank(lines, 0);
        int citationLines = 0;
        while (i < lines.size() && (CITATION.matcher(lines.get(i).text()).matches()
                || LINK.matcher(lines.get(i).text()).matches())) {
            citationLines++;
            i = skipBlank(lines, i + 1);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int headerEnd = crawlHeaderEnd(lines, i, fields);
        if (headerEnd > i) {
            i = headerEnd;
        }
        if (citationLines == 0 && fields.isEmpty()) {
            return new Unwrapped(lines, CrawlFields.NONE);
        }
        return new Unwrapped(new ArrayList<>(lines.subList(i, lines.size())), fields(fields));
    }

    /**
     * The index after a crawl header starting at {@code from}, or {@code from} when there is none. A header is a
     * run of field lines with at least two known labels, closed by a separator line or a blank line.
     */
    private static int crawlHeaderEnd(List<SourceLine> lines, int from, Map<String, String> fields) {
        Map<String, String> found = new LinkedHashMap<>();
        int known = 0;
        int i = from;
        for (; i < lines.size() && i - from < MAX_HEADER_LINES; i++) {
            String t = lines.get(i).text();
            Matcher m = FIELD.matcher(t);
            if (t.isBlank() || SEPARATOR.matcher(t).matches() || !m.matches()) {
                break;
            }
            String label = m.group(1);
            if (FIELD_LABELS.contains(label)) {
                known++;
            }
            found.putIfAbsent(label, m.group(2).strip());
        }
        // a line such as "页面链接与图片详见 links.tsv" may sit between the fields and the separator
        int end = i;
        while (end < lines.size() && end - i < 2 && !SEPARATOR.matcher(lines.get(end).text()).matches()
                && !lines.get(end).blank() && known >= 2) {
            end++;
        }
        boolean closed = end < lines.size() && SEPARATOR.matcher(lines.get(end).text()).matches();
        if (known < 2 || (!closed && end != i)) {
            return from;
        }
        fields.putAll(found);
        return skipBlank(lines, closed ? end + 1 : end);
    }

    private static CrawlFields fields(Map<String, String> f) {
        return new CrawlFields(first(f, "标题", "题名", "名称"), first(f, "文号", "发文字号"),
                first(f, "发文机关", "发布机构", "发布单位"), first(f, "成文日期", "印发日期", "发文日期"),
                first(f, "发布时间", "发布日期"));
    }

    private static String first(Map<String, String> fields, String... labels) {
        for (String label : labels) {
            String v = fields.get(label);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static int skipBlank(List<SourceLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }
}
