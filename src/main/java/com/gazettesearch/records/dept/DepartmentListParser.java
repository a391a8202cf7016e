package com.gazettesearch.records.dept;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.TraditionalChinese;

/**
 * Finds responsibility lists in section text and splits them into raw department names. Forms read:
 * <ul>
 *   <li>（区发展和改革局牵头，区科技和工业信息化局、…按职责分工负责）, （X牵头，Y配合）: lead before 牵头, the rest
 *       participating;</li>
 *   <li>（牵头单位：区发改局，责任单位：渌口经开区、…、各镇）, （牵头单位：X；责任单位：Y）, （责任单位：…）: labelled
 *       lead and participating; words before the first label are not departments
 *       (（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局） → lead 市审批服务局);</li>
 *   <li>(区自然资源局、区林业局、区农业农村局按职责分工负责), （X负责）: all participating (no 牵头, no lead);</li>
 *   <li>in running text, 由X、Y牵头，组织Z、W等相关部门…, 由X牵头组织Z… and the sentence X牵头，Y配合。: lead X, Y,
 *       participating Z, W; and lines of their own 牵头单位：X / 责任单位：Y after a task;</li>
 *   <li>a table row's 责任部门 / 责任单位 / 牵头单位 column (names separated by spaces or 、).</li>
 * </ul>
 * Brackets may be half or full width and may nest (各镇（街道）); a list broken across lines or pages is
 * read as one, because all whitespace inside a list is dropped before splitting. Every name must read as the name of
 * a unit — ending the way unit names do (…局, …委, …办公室, …政府, …中心, …公司, 各镇（街道） …) and naming no
 * deadline or action — or it is not kept: a deadline (6月底完成) or an action (持续推进) is never a department.
 */
final class DepartmentListParser {
    private DepartmentListParser() {
    }

    /** Longest bracketed text that can still be a list; longer ones are prose. */
    private static final int MAX_LIST = 400;

    private static final Pattern LABEL = Pattern.compile(
            "(牵头(?:考核)?单位|牵头部门|主办单位|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|协同单位)[:：]");
    private static final Pattern DUTY_TAIL = Pattern.compile("(?:按照?职责分工|按照?职责|分别|共同)?(?:负责|配合|参与)$");
    private static final Pattern LEAD_MARK = Pattern.compile("牵头[，,；;]?");
    private static final Pattern NAME_SPLIT = Pattern.compile("[、，,；;]+|(?<=[局委办厅部院处中心司府队站会行社组])和");
    private static final Pattern TABLE_COLUMN = Pattern.compile(
            "^(责任部门|责任单位|牵头单位|牵头部门|配合单位|配合部门|实施单位|主管部门)[:：](.*)$", Pattern.MULTILINE);
    private static final Pattern NO_VALUE = Pattern.compile("^[—\\-/／无]*$");
    /**
     * 由X、Y牵头，组织Z、W等相关部门…: a lead and the units it brings in, in running text. 由X牵头的协调机制 describes a
     * body (the mechanism X leads), not who carries out the task: not a list.
     */
    private static final Pattern LED_BY = Pattern.compile(
            "由([^，,。；;：:]{2,120}?)牵头(?!的)[，,]?\\s*(?:(?:组织|会同|联合|协调|带领)([^。；;]{2,300}?)(?:等(?:相关|有关)?(?:部门|单位|力量)|组成|开展|进行|定期|[，,。；;]|$))?");
    /** X牵头，Y配合。 as a sentence of its own in running text. */
    private static final Pattern LEAD_SENTENCE = Pattern.compile(
            "(?:^|[。；;：:\\n])\\s*([^。；;：:，,\\n]{2,120}?)牵头[，,]\\s*([^。；;：:\\n]{2,300}?)"
                    + "(?:按照?职责分工负责|按照?职责分工|分别负责|共同负责|负责|配合|参与)(?=[。；;\\n]|$)");
    /** How unit names end: 局, 委, 办公室, 人民政府, 中心, 公司, 支行, 街道, 各镇 … */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:局|委|办|厅|部|院|处|所|中心|公司|集团|政府|办公室|委员会|管委会|队|站|馆|会|行|社|组|科|股|室|单位|部门|街道"
                    + "|镇|乡|村|社区|企业|区|联|协|署|台|校|机构|商|县|市|省|团|园|厂|场)$");
    /**
     * The convention note a list may carry (（A、B、C等负责。列第一位者为牵头单位，下同）): the first-named unit leads, in
     * this list and — with 下同 — in every later list of the document that marks no lead itself.
     */
    private static final Pattern FIRST_NAMED_LEADS = Pattern.compile(
            "[。；;，,]?(?:列|排|排列|排在|列在|名列)第一位?(?:者|的|单位|部门)?为牵头(?:单位|部门)(?:[，,；;]?(下同))?[。；;]?");
    /** What no unit's name holds: a deadline or a result (6月底前完成, 取得明显成效); actions fail the ending test. */
    private static final Pattern NOT_A_UNIT = Pattern.compile("\\d|月底|月前|月中|年底|年前|季度|完成|成效|取得|以上|以下");

    /**
     * Every responsibility list in bracketed text of {@code text}, then those written in running text. A text in
     * traditional characters (牽頭單位：…；責任單位：…) is read in simplified form; names are given as printed.
     */
    static List<DepartmentList> parseText(String text) {
        // folded whatever its share of traditional characters: a short section of a traditional text (（牽頭單位：縣財
        // 政局）) has too few to tell, and folding leaves a simplified text as it is
        String folded = TraditionalChinese.fold(text);
        if (folded.equals(text)) {
            return parseSimplified(text);
        }
        TraditionalChinese.Folding folding = TraditionalChinese.folding(text);
        List<DepartmentList> out = new ArrayList<>();
        for (DepartmentList l : parseSimplified(folded)) {
            out.add(new DepartmentList(l.lead().stream().map(folding::restore).toList(),
                    l.participating().stream().map(folding::restore).toList(), folding.restore(l.source())));
        }
        return out;
    }

    private static List<DepartmentList> parseSimplified(String text) {
        List<DepartmentList> out = new ArrayList<>();
        for (String content : bracketed(text)) {
            String c = FIRST_NAMED_LEADS.matcher(content.replaceAll("\\s+", "")).replaceFirst("");
            if (c.length() > MAX_LIST || c.contains("。")) {
                continue;
            }
            DepartmentList list = parseList(c);
            if (list != null) {
                out.add(list);
            }
        }
        String running = withoutBrackets(text);
        out.addAll(ledBy(running));
        DepartmentList lines = labelLines(running);
        if (lines != null) {
            out.add(lines);
        }
        return out;
    }

    /**
     * How far {@code text} declares that a list's first-named unit leads: {@link FirstNamed#ALL_LATER} for
     * 列第一位者为牵头单位，下同 (this and every later list), {@link FirstNamed#HERE} without 下同, else NONE.
     */
    static FirstNamed firstNamedLeads(String text) {
        Matcher m = FIRST_NAMED_LEADS.matcher(TraditionalChinese.fold(text).replaceAll("\\s+", ""));
        if (!m.find()) {
            return FirstNamed.NONE;
        }
        return m.group(1) != null ? FirstNamed.ALL_LATER : FirstNamed.HERE;
    }

    /** Reach of a "the first-named unit leads" note. */
    enum FirstNamed { NONE, HERE, ALL_LATER }

    /**
     * {@code list} read under the note "the first-named unit leads": a list that marks no lead itself has its first
     * name as lead; a list with marked leads keeps them.
     */
    static DepartmentList firstAsLead(DepartmentList list) {
        if (!list.lead().isEmpty() || list.participating().isEmpty()) {
            return list;
        }
        List<String> rest = list.participating().subList(1, list.participating().size());
        return new DepartmentList(List.of(list.participating().get(0)), rest, list.source());
    }

    /**
     * 牵头单位：X / 责任单位：Y printed as lines of their own after a task (not in brackets): one list of the
     * labelled lines that follow each other.
     */
    private static DepartmentList labelLines(String text) {
        StringBuilder list = new StringBuilder();
        for (String line : text.split("\\R")) {
            String l = line.strip().replaceAll("\\s+", "");
            Matcher label = LABEL.matcher(l);
            if (label.lookingAt()) {
                list.append(l).append('；');
            }
        }
        if (list.isEmpty()) {
            return null;
        }
        String c = list.substring(0, list.length() - 1);
        return labelled(c, LABEL.matcher(c));
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
        if (label.find()) {
            return labelled(c, label);
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

    /** 牵头单位：X；责任单位：Y — what comes before the first label (a deadline, an action) is not a unit. */
    private static DepartmentList labelled(String c, Matcher label) {
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
            boolean isLead = name.startsWith("牵头") || name.equals("主办单位");
            (isLead ? lead : participating).addAll(names(value));
        }
        participating.removeAll(lead);
        return lead.isEmpty() && participating.isEmpty() ? null : new DepartmentList(lead, participating, c);
    }

    /** 由X、Y牵头，组织Z、W等相关部门… and X牵头，Y配合。 in running text. */
    private static List<DepartmentList> ledBy(String text) {
        List<DepartmentList> out = new ArrayList<>();
        for (Pattern p : List.of(LED_BY, LEAD_SENTENCE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                List<String> lead = names(m.group(1));
                if (lead.isEmpty() || lead.size() != split(m.group(1)).size()) {
                    // 由 … 牵头 around words that are not all units ("由各地根据实际情况牵头") is not a list
                    continue;
                }
                List<String> participating = m.group(2) == null ? List.of() : names(m.group(2));
                if (p == LEAD_SENTENCE && participating.size() != split(m.group(2)).size()) {
                    continue;
                }
                out.add(new DepartmentList(lead, participating, m.group().strip().replaceAll("\\s+", "")));
            }
        }
        return out;
    }

    /**
     * {@code text} without its bracketed parts (they are read as lists of their own), except a short bracket that
     * qualifies a name (属地片区（乡镇、街道）).
     */
    private static String withoutBrackets(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int close = ch == '（' || ch == '(' ? closing(text, i) : -1;
            if (close < 0) {
                b.append(ch);
                i++;
                continue;
            }
            String inside = text.substring(i + 1, close);
            if (inside.length() <= 12 && !LABEL.matcher(inside).find() && !inside.contains("牵头")
                    && !DUTY_TAIL.matcher(inside).find()) {
                b.append(text, i, close + 1);
            }
            i = close + 1;
        }
        return b.toString();
    }

    /** Where the bracket opened at {@code open} closes, or -1 when it does not within a list's length. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length() && i - open <= 2 * MAX_LIST; i++) {
            char ch = text.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String part : split(s)) {
            String n = cleanName(part);
            if (isUnit(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The names of a list: split at 、，； (and 和 after a unit's name), not inside brackets (各镇（街道、社区）). */
    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                Matcher m = NAME_SPLIT.matcher(s).region(i, s.length()).useTransparentBounds(true);
                if (m.lookingAt() && m.end() > i) {
                    parts.add(s.substring(start, i));
                    start = m.end();
                    i = m.end() - 1;
                }
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** Whether {@code name} reads as a unit's name: ending as unit names do, with no deadline or action in it. */
    static boolean isUnit(String name) {
        String core = name.replaceAll("[（(][^（()）]*[)）]$", "");
        return core.length() >= 2 && name.length() <= 40 && UNIT_NAME.matcher(core).find()
                && !NOT_A_UNIT.matcher(name).find();
    }

    /** Drops leftover punctuation and a closing 等 ("区财政局等"); the name itself is kept as printed. */
    static String cleanName(String s) {
        String n = s.replaceAll("\\s+", "");
        n = n.replaceAll("^[：:、，,。]+|[：:、，,。]+$", "");
        // "公安局等相关部门", "区财政局等": the list ends at 等
        int etc = n.indexOf('等');
        if (etc >= 2) {
            n = n.substring(0, etc);
        }
        // "由区发改局牵头", "组织区资源生态局": the verb is not part of the name
        n = n.replaceFirst("^(?:由|组织|会同|联合)(?=.{2,})", "");
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
        if (depth > 0 && text.length() - start <= MAX_LIST) {
            // a list the text ends in (a page cut inside it: （牵头单位：X；责任单位：Y、Z、) is read as far as it goes
            out.add(text.substring(start));
        }
        return out;
    }
}
