package com.gazettesearch.records.dept;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds responsibility lists in section text and splits them into raw department names. Forms read:
 * <ul>
 *   <li>（区发展和改革局牵头，区科技和工业信息化局、…按职责分工负责）: lead before 牵头, the rest participating;</li>
 *   <li>（牵头单位：区发改局，责任单位：渌口经开区、…、各镇）: labelled lead and participating;</li>
 *   <li>(区自然资源局、区林业局、区农业农村局按职责分工负责): all participating (no 牵头, no lead);</li>
 *   <li>a table row's 责任部门 / 责任单位 / 牵头单位 column (names separated by spaces or 、).</li>
 * </ul>
 * Brackets may be half or full width and may nest (各镇（街道）); a list broken across lines or pages is
 * read as one, because all whitespace inside a list is dropped before splitting.
 */
final class DepartmentListParser {
    private DepartmentListParser() {
    }

    /** Longest bracketed text that can still be a list; longer ones are prose. */
    private static final int MAX_LIST = 400;

    private static final Pattern LABEL = Pattern.compile("(牵头单位|主办单位|责任单位|配合单位|参与单位|协办单位)[:：]");
    private static final Pattern DUTY_TAIL = Pattern.compile("(?:按照?职责分工|按照?职责|分别|共同)?(?:负责|配合)$");
    private static final Pattern LEAD_MARK = Pattern.compile("牵头[，,；;]?");
    private static final Pattern NAME_SPLIT = Pattern.compile("[、，,；;]+");
    private static final Pattern TABLE_COLUMN = Pattern.compile(
            "^(责任部门|责任单位|牵头单位|牵头部门|配合单位|配合部门|实施单位|主管部门)[:：](.*)$", Pattern.MULTILINE);
    private static final Pattern NO_VALUE = Pattern.compile("^[—\\-/／无]*$");

    /** Every responsibility list in bracketed text of {@code text}. */
    static List<DepartmentList> parseText(String text) {
        List<DepartmentList> out = new ArrayList<>();
        for (String content : bracketed(text)) {
            String c = content.replaceAll("\\s+", "");
            if (c.length() > MAX_LIST || c.contains("。")) {
                continue;
            }
            DepartmentList list = parseList(c);
            if (list != null) {
                out.add(list);
            }
        }
        return out;
    }

    /** The responsibility columns of a table row written as 列名：值 lines; null when it has none. */
    static DepartmentList parseTableRow(String rowText) {
        List<String> lead = new ArrayList<>();
        List<String> participating = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        Matcher m = TABLE_COLUMN.matcher(rowText);
        while (m.find()) {
            boolean isLead = m.group(1).startsWith("牵头");
            for (String name : m.group(2).strip().split("[\\s、，,；;]+")) {
                String n = cleanName(name);
                if (!n.isEmpty() && !NO_VALUE.matcher(n).matches()) {
                    (isLead ? lead : participating).add(n);
                }
            }
            source.append(m.group()).append('\n');
        }
        if (lead.isEmpty() && participating.isEmpty()) {
            return null;
        }
        return new DepartmentList(lead, participating, source.toString().strip());
    }

    /** One list's content (whitespace already removed), or null when it is not a responsibility list. */
    static DepartmentList parseList(String c) {
        Matcher label = LABEL.matcher(c);
        if (label.find() && label.start() == 0) {
            List<String> lead = new ArrayList<>();
            List<String> participating = new ArrayList<>();
            List<int[]> starts = new ArrayList<>();
            label.reset();
            while (label.find()) {
                starts.add(new int[] {label.start(), label.end()});
            }
            for (int i = 0; i < starts.size(); i++) {
                String name = c.substring(starts.get(i)[0], starts.get(i)[1] - 1);
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : c.length();
                String value = DUTY_TAIL.matcher(c.substring(starts.get(i)[1], end)).replaceFirst("");
                boolean isLead = name.equals("牵头单位") || name.equals("主办单位");
                (isLead ? lead : participating).addAll(names(value));
            }
            return new DepartmentList(lead, participating, c);
        }
        Matcher tail = DUTY_TAIL.matcher(c);
        boolean hasTail = tail.find();
        Matcher leadMark = LEAD_MARK.matcher(c);
        boolean hasLead = leadMark.find();
        if (!hasTail && !hasLead) {
            return null;
        }
        String body = hasTail ? c.substring(0, tail.start()) : c;
        if (hasLead && leadMark.start() < body.length()) {
            List<String> lead = names(body.substring(0, leadMark.start()));
            List<String> rest = names(body.substring(Math.min(body.length(), leadMark.end())));
            return lead.isEmpty() ? null : new DepartmentList(lead, rest, c);
        }
        List<String> all = names(body);
        return all.isEmpty() ? null : new DepartmentList(List.of(), all, c);
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(s)) {
            String n = cleanName(part);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** Drops leftover punctuation and a closing 等 ("区财政局等"); the name itself is kept as printed. */
    static String cleanName(String s) {
        String n = s.replaceAll("\\s+", "");
        n = n.replaceAll("^[：:、，,。]+|[：:、，,。]+$", "");
        if (n.endsWith("等") && n.length() > 2) {
            n = n.substring(0, n.length() - 1);
        }
        // "由区发改局牵头": the preposition is not part of the name
        if (n.startsWith("由") && n.length() > 3) {
            n = n.substring(1);
        }
        return n;
    }

    /** Contents of top-level bracket pairs, （…） or (…), nested pairs kept inside. */
    static List<String> bracketed(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (depth > 0 && i - start > 2 * MAX_LIST) {
                // an opener that is never closed (a typo or a cut-off page) must not swallow the lists after it:
                // drop it and rescan from the character after it
                depth = 0;
                i = start - 1;
                continue;
            }
            if (ch == '（' || ch == '(') {
                if (depth == 0) {
                    start = i + 1;
                }
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
                if (depth == 0) {
                    out.add(text.substring(start, i));
                }
            }
        }
        return out;
    }
}
