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
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z \\u3000]{1,12}?)\\s*[：:]\\s?(.*)$");
    /** The line that closes a crawl header: ==== 正文 ====, ----, ***. */
    private static final Pattern SEPARATOR = Pattern.compile("^[=\\-─—*#~]{3,}.*$");
    /** Labels of crawl header fields; a header block needs at least two of them to be taken as one. */
    private static final Set<String> FIELD_LABELS = Set.of("标题", "题名", "名称", "发布时间", "发布日期", "发文日期",
            "成文日期", "印发日期", "文号", "发文字号", "发文机关", "发文机构", "发布机构", "发布单位", "来源", "栏目", "原文链接", "链接",
            "本地目录", "索引号", "主题分类", "分类", "体裁分类", "有效性", "时效性", "内容概述", "发布部门", "效力级别", "法规类别", "实施日期", "生效日期", "作者");
    private static final int MAX_HEADER_LINES = 30;
    /** Lines of page furniture a crawl header may follow. */
    private static final int MAX_LEAD_LINES = 2;
    private static final int MAX_VALUE_CHARS = 80;
    /** A bulleted field line: • 发文字号: */
    private static final Pattern BULLET = Pattern.compile("^[•·●◆▪\\-*]");
    /** A header with this many known labels is one even without a closing separator. */
    private static final int STRONG_HEADER = 3;
    /** 【发布部门】 value — a field of a legal database's export header. */
    private static final Pattern BRACKET_FIELD = Pattern.compile("^【([\\p{IsHan}\\s\\u3000]{2,10})】\\s*[:：]?\\s*(\\S.*)$");
    /** A table cell holding a field label: 发文字号 : / 标　　题： */
    private static final Pattern CELL_LABEL = Pattern.compile("^([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z\\s\\u3000]{0,12}?)\\s*[：:]$");

    /**
     * What a crawl header says about the document. Values are as printed (trimmed); null when the header has
     * no such field or leaves it empty.
     */
    record CrawlFields(String title, String docNumber, String issuer, String writtenDate, String published,
                       String indexNumber) {
        static final CrawlFields NONE = new CrawlFields(null, null, null, null, null, null);
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
        // a crawl header may follow a line or two of page furniture (返回顶部, the title): those lines stay
        Map<String, String> fields = new LinkedHashMap<>();
        int blockStart = i;
        int blockEnd = i;
        for (int lead = 0; lead <= MAX_LEAD_LINES && blockStart < lines.size(); lead++) {
            blockEnd = crawlHeaderEnd(lines, blockStart, fields);
            if (blockEnd > blockStart) {
                break;
            }
            blockStart = skipBlank(lines, blockStart + 1);
        }
        if (citationLines == 0 && fields.isEmpty()) {
            return new Unwrapped(lines, CrawlFields.NONE);
        }
        List<SourceLine> text = new ArrayList<>(fields.isEmpty() ? List.of() : lines.subList(i, blockStart));
        text.addAll(lines.subList(fields.isEmpty() ? i : blockEnd, lines.size()));
        return new Unwrapped(text, fields(fields));
    }

    /**
     * The index after a crawl header starting at {@code from}, or {@code from} when there is none. A header is a
     * run of field lines with at least two known labels, closed by a separator line or a blank line; with three
     * known labels or more it needs no closing line. A field whose value is empty may have it on the next line
     * (bulleted pages: "• 发文字号:" then "镇政发〔2024〕7号").
     */
    private static int crawlHeaderEnd(List<SourceLine> lines, int from, Map<String, String> fields) {
        Map<String, String> found = new LinkedHashMap<>();
        int known = 0;
        int i = from;
        int fieldLines = 0;
        String pending = null;
        for (; i < lines.size() && fieldLines < MAX_HEADER_LINES; i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                int next = skipBlank(lines, i);
                // a blank line inside a header: after a field waiting for its value, or before another field
                if (pending == null && (next >= lines.size() || fieldsOf(lines.get(next).text()).isEmpty())) {
                    break;
                }
                continue;
            }
            if (SEPARATOR.matcher(t).matches()) {
                break;
            }
            Map<String, String> line = fieldsOf(t);
            if (line.isEmpty()) {
                if (pending != null && !Titles.titleLike(t) && t.length() <= MAX_VALUE_CHARS) {
                    found.put(pending, t.strip());
                    pending = null;
                    continue;
                }
                break;
            }
            fieldLines++;
            pending = null;
            for (Map.Entry<String, String> f : line.entrySet()) {
                if (FIELD_LABELS.contains(f.getKey()) && !found.containsKey(f.getKey())) {
                    known++;
                }
                found.putIfAbsent(f.getKey(), f.getValue());
                pending = f.getValue().isEmpty() && BULLET.matcher(t).find() ? f.getKey() : null;
            }
        }
        if (known < 2) {
            return from;
        }
        // a line such as "页面链接与图片详见 links.tsv" may sit between the fields and the separator
        int end = i;
        while (end < lines.size() && end - i < 2 && !SEPARATOR.matcher(lines.get(end).text()).matches()
                && !lines.get(end).blank()) {
            end++;
        }
        boolean closed = end < lines.size() && SEPARATOR.matcher(lines.get(end).text()).matches();
        if (closed) {
            fields.putAll(found);
            return skipBlank(lines, end + 1);
        }
        // without a separator: a blank line closes it, or enough known fields show it is a header
        if (known >= STRONG_HEADER || i >= lines.size() || lines.get(i).blank()) {
            fields.putAll(found);
            return skipBlank(lines, i);
        }
        return from;
    }

    /**
     * The fields of one header line: {@code 标题: 值}, or cells of a table flattened to {@code 标题 : | 值 | 文号 : | 值 |}.
     * Labels lose their inner spaces (标　　题, 索 引 号). Empty when the line is not made of fields.
     */
    static Map<String, String> fieldsOf(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String line = BULLET.matcher(text).replaceFirst("").strip();
        Matcher bracketed = BRACKET_FIELD.matcher(line);
        if (bracketed.matches()) {
            // a legal database's 【发布部门】 北京市… / 【发文字号】 京经信发〔2022〕87号
            out.put(bracketed.group(1).replaceAll("[\\s\\u3000]+", ""), bracketed.group(2).strip());
            return out;
        }
        if (line.indexOf('|') < 0) {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                out.put(m.group(1).replaceAll("[\\s\\u3000]+", ""), m.group(2).strip());
            }
            return out;
        }
        List<String> cells = new ArrayList<>();
        for (String c : line.split("\\|")) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            Matcher label = CELL_LABEL.matcher(cells.get(c));
            if (!label.matches()) {
                return Map.of();
            }
            String value = c + 1 < cells.size() && !CELL_LABEL.matcher(cells.get(c + 1)).matches() ? cells.get(++c) : "";
            out.put(label.group(1).replaceAll("[\\s\\u3000]+", ""), value);
        }
        return out;
    }

    private static CrawlFields fields(Map<String, String> f) {
        return new CrawlFields(first(f, "标题", "题名", "名称"), first(f, "文号", "发文字号"),
                first(f, "发文机关", "发布部门", "发文机构", "发布机构", "发布单位"), first(f, "成文日期", "印发日期", "发文日期"),
                first(f, "发布时间", "发布日期"), first(f, "索引号"));
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
