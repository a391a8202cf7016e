package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that open a document (GB/T 9704 版头 and 标题) and what they say: a red header (…文件), a decree header
 * (…人民政府令 第N号), the title of a notice issuing other texts (X关于印发《Y》的通知, X印发《Y》的通知, 关于印发Y的通知),
 * a notice's own title (X关于…的通知 / …的决定 / …的第N次公告), a chronicle's title (…大事记). Issuers are accepted
 * only when they read as an organisation's name, so a breadcrumb or a half title never becomes one.
 */
final class Titles {
    private Titles() {
    }

    /** Which element a start line is. */
    enum Kind { RED_HEADER, DECREE, COVER_TITLE, NOTICE_TITLE, CHRONICLE_TITLE }

    /**
     * A recognised start line.
     *
     * @param kind   what it is
     * @param title  the document title it gives (the issued text's title for a cover title), null for headers
     * @param issuer the issuer it names, validated, or null
     * @param number the decree number (…令第N号) a decree header carries, or null
     */
    record Start(Kind kind, String title, String issuer, String number) {
    }

    private static final String NO_PROSE = "(?!.*[。；;])";
    private static final int MAX_START_CHARS = 200;
    static final Pattern RED_HEADER = Pattern.compile("^(?!.*[，。；：,;:]).{4,60}文件$");
    /** XX市人民政府令 / XX市人民政府令（第16号）/ XX市人民政府令第16号 / 政府令〔2010〕第15号 / 国令第707号. */
    private static final Pattern DECREE = Pattern.compile("^(?!.*[，。；：,;:])(\\p{IsHan}{1,40}?令)\\s*"
            + "(?:[〔\\[［(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］)）])?"
            + "\\s*(?:[（(〔\\[]?\\s*第\\s*([\\d一二三四五六七八九十百零〇]+)\\s*号\\s*[）)〕\\]]?)?$");
    /** 第16号 / （第16号） on the line under a decree header. */
    static final Pattern DECREE_NUMBER = Pattern.compile(
            "^[（(〔\\[]?\\s*第\\s*([\\d一二三四五六七八九十百零〇]+)\\s*号\\s*[）)〕\\]]?$");
    private static final Pattern COVER_QUOTED = Pattern.compile(
            "^" + NO_PROSE + "(.*?)(?:关于)?(?:印发|转发|公布)\\s*《(.+)》\\s*的\\s*通\\s*知$");
    private static final Pattern COVER_PLAIN = Pattern.compile(
            "^(?!.*[。；：;:])(.*?)关于印发(?!.*《)(.{4,120}?)的\\s*通\\s*知$");
    private static final Pattern NOTICE = Pattern.compile("^(?!.*[。；，;,])(.{0,60}?)(关于.{2,100}的"
            + "(?:第[\\d一二三四五六七八九十百零〇]+[次号])?(?:通\\s*知|决定|(?:若干|指导|实施)?意见|公告|通告|通报|批复|报告|请示|函))$");
    /** …大事记, with a period or part after it: 2024年4月区政府大事记, 庆元县大事记(四)——…新时期, 霁川县大事记（2022年4月）. */
    private static final Pattern CHRONICLE = Pattern.compile("^(?!.*[，。；：,;:]).{0,40}大事记.{0,40}$");
    /** The suffixes an issuing organisation's name ends with. */
    private static final Pattern ORG = Pattern.compile("^[\\p{IsHan}（）()·]{2,60}(?:人民政府|政府|办公室|办公厅|委员会|管委会"
            + "|管理委员会|领导小组|工作组|指挥部|行政公署|公署|人大常委会|常委会|党组|局|厅|委|署|办|中心|院|会|部|处|社|(?<!网)站|所|公司"
            + "|调查队|支队|大队)$");
    /** A line that is only a title: no sentence punctuation, a sensible length. */
    private static final Pattern TITLE_SHAPE = Pattern.compile("^(?!.*[，。；：,;:！？!?])\\S.{3,99}$");
    /** Conjunctions between the titles of texts issued together (…若干政策和…行动计划). */
    private static final Pattern TEXT_JOIN = Pattern.compile("》\\s*[和及与、]?\\s*《|[和及与、]");

    /** The start element {@code line} is, if any. */
    static Optional<Start> start(String line) {
        String t = line.strip();
        if (t.length() > MAX_START_CHARS || !(t.contains("文件") || t.contains("令") || t.contains("关于")
                || t.contains("印发") || t.contains("转发") || t.contains("公布") || t.contains("大事记"))) {
            // every start element has one of these words, and none is a paragraph long
            return Optional.empty();
        }
        Matcher m = COVER_QUOTED.matcher(t);
        if (m.matches()) {
            return Optional.of(new Start(Kind.COVER_TITLE, clean(m.group(2)), issuer(m.group(1)), null));
        }
        m = COVER_PLAIN.matcher(t);
        if (m.matches()) {
            return Optional.of(new Start(Kind.COVER_TITLE, clean(m.group(2)), issuer(m.group(1)), null));
        }
        if (RED_HEADER.matcher(t).matches()) {
            return Optional.of(new Start(Kind.RED_HEADER, null, issuer(t.substring(0, t.length() - 2)), null));
        }
        m = DECREE.matcher(t);
        if (m.matches()) {
            String issuer = issuer(m.group(1).substring(0, m.group(1).length() - 1));
            String name = m.group(1) + (m.group(2) == null ? "" : "〔" + m.group(2) + "〕");
            String number = m.group(3) == null ? null : decreeNumber(name, m.group(3));
            // a bare …令 is a decree header only when an organisation issues it (not 禁渔令); a number makes any
            // …令 line one (政府令〔2010〕第15号, 国令第707号)
            if (issuer != null || number != null) {
                return Optional.of(new Start(Kind.DECREE, null, issuer, number));
            }
        }
        m = NOTICE.matcher(t);
        if (m.matches()) {
            // GB/T 9704's title is 发文机关 + 关于 + 事由 + 文种: the issuer printed on the line is part of it
            String issuer = m.group(1).isBlank() ? null : issuer(m.group(1));
            return Optional.of(new Start(Kind.NOTICE_TITLE, clean(t), issuer, null));
        }
        if (CHRONICLE.matcher(t).matches()) {
            return Optional.of(new Start(Kind.CHRONICLE_TITLE, TextPatterns.collapse(t), null, null));
        }
        return Optional.empty();
    }

    /** 文号 of a decree: XX市人民政府令第16号. */
    static String decreeNumber(String decree, String number) {
        return decree.replaceAll("[\\s\\u3000]+", "") + "第" + number.strip() + "号";
    }

    /** The organisation named by {@code text} (spaces and bracketed asides removed), or null if it is not one. */
    static String issuer(String text) {
        if (text == null) {
            return null;
        }
        String stripped = TextPatterns.withoutParentheticals(text).strip();
        // joint issuers (联合行文) are printed side by side: each part a whole name, kept apart with 、
        List<String> parts = List.of(stripped.split("[\\s\\u3000、]+"));
        if (parts.size() > 1 && parts.stream().allMatch(p -> ORG.matcher(p).matches())) {
            return String.join("、", parts);
        }
        String t = stripped.replaceAll("[\\s\\u3000]+", "");
        return ORG.matcher(t).matches() ? t : null;
    }

    /** Organisations a title may begin with as its 发文机关 (GB/T 9704: 发文机关名称 + 事由 + 文种). */
    private static final Pattern ISSUER_AT_START = Pattern.compile("^(\\p{IsHan}{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府"
            + "|管理委员会|管委会|行政公署|人大常委会|委员会|办公厅|办公室))(?!办公|的)\\p{IsHan}{2,}");

    /**
     * The issuer a title begins with when it is not a 关于 title (镇巴县人民政府工作规则 → 镇巴县人民政府), or null. Only
     * the names of governments, their offices and committees count: a title beginning with a place (东营市城市供水条例)
     * names no issuer.
     */
    static String issuerAtStart(String title) {
        if (title == null || title.contains("关于")) {
            return null;
        }
        Matcher m = ISSUER_AT_START.matcher(TextPatterns.titleKey(title));
        return m.find() && titleLike(title) ? issuer(m.group(1)) : null;
    }

    /**
     * True when {@code line} reads as a document title: no sentence punctuation, ending with a 文种, and not the
     * closing formula that ends a 正文 (特此公告).
     */
    static boolean titleLike(String line) {
        String t = line.strip();
        return TITLE_SHAPE.matcher(t).matches() && Kinds.endsWithKind(t) && !TextPatterns.DATE_LINE.matcher(t).matches()
                && HeadingStyle.of(t).isEmpty() && !Kinds.closingFormula(t);
    }

    /**
     * The titles of the texts a notice issues together, when its title names more than one (支持…若干政策和…行动计划
     * （2021-2023年）, 《A》《B》); empty when it issues one. Each part must itself end with a 文种, so 工作方案及责任分工
     * stays one text.
     */
    static List<String> issuedTexts(String title) {
        if (title == null) {
            return List.of();
        }
        String t = clean(title);
        List<String> parts = new ArrayList<>();
        Matcher m = TEXT_JOIN.matcher(t);
        int from = 0;
        while (m.find()) {
            String part = t.substring(from, m.start()).replaceAll("[《》]", "");
            // a join inside a part (…建设、运营管理办法) is not between texts: keep reading
            if (Kinds.endsWithKind(part) && part.length() >= 6) {
                parts.add(part);
                from = m.end();
            }
        }
        String last = t.substring(from).replaceAll("[《》]", "");
        if (parts.isEmpty() || !Kinds.endsWithKind(last) || last.length() < 6) {
            return List.of();
        }
        parts.add(last);
        return parts;
    }

    /** Titles are printed with line-break spaces and either kind of parentheses; keep one spelling. */
    static String clean(String text) {
        return TextPatterns.titleKey(text);
    }
}
