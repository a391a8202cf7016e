package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.records.validity.ChineseDates;

/**
 * What the words before a price say about it: the area (城区, 农村 …), the use or payer class (居民生活用水, 非居民
 * 用水, 居民 …) and the tier of a tiered price (第一档 0–18吨, 第二级 16m³-25m³, 年用水量≤180m³ …).
 *
 * <p>The class is read from the last comma-separated part of the subject that is not only a charge, an area, a tier
 * or a connective: list markers, leading 对/将/其中, the area, charge names (blanked by the caller), tier words
 * and what follows the first verb (由, 为, 调整, 执行 …) are dropped, and a grouping prefix (非居民生活用水中) is cut.
 * What is left is a class only when it ends the way class names do (…用水, …居民, …单位, …户, …企业 …); anything
 * else is not guessed at.
 */
final class FeeSubjects {
    private FeeSubjects() {
    }

    /** Areas a price or exemption can be limited to, longest first so 中心城区 wins over 城区. */
    static final List<String> AREAS = List.of("中心城区", "主城区", "城区", "城镇", "城市", "县城", "市区", "集镇", "镇区",
            "乡镇", "农村");

    static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:[（(]\\s*[一二三四五六七八九十0-9]+\\s*[)）]|[一二三四五六七八九十]+\\s*、|\\d+\\s*[.、]|[①-⑳])\\s*");
    // not 、: "机关、事业单位" is one class; a list of prices leaves its 、 at the start of the next subject
    private static final Pattern FRAGMENT_SPLIT = Pattern.compile("[，,；;：:（）()]");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:本次|此次|这次|对于|对|将|其中|凡|即|含|包括|另外|另)+");
    private static final String VERBS =
            "实施|执行|调整|实行|收取|征收|统一|按照|按|为|由|从|是|价格|标准|收费|计收|缴纳|提高|降低|分别|均|暂不|暂按|暂缓|继续|不变|将|拟|已|应"
                    + "|现行|原来|原|目前";
    private static final Pattern VERB = Pattern.compile(VERBS);
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:" + VERBS + ")+");
    /** 按在职职工人数计收, 根据经营面积: the basis of the charge. */
    private static final Pattern BASIS = Pattern.compile("^(?:按照?|根据|依据|以)[\\p{IsHan}]{1,12}(?:计收|计算|收取|核定|计征)");
    /** 县城：, 符合开征条件的建制镇： a place named as the label of the prices after it. */
    private static final Pattern AREA_LABEL = Pattern.compile("(?:^|[，,；;。])\\s*(?:[（(][一二三四五六七八九十0-9]+[)）])?\\s*"
            + "([\\p{IsHan}]{0,14}?(?:中心城区|主城区|城区|县城|建制镇|集镇|镇区|乡镇|城镇|农村|市区|街道|镇|乡|村))\\s*[:：]");
    private static final Pattern FUTURE = Pattern.compile("拟将|拟对|拟|将|把");
    private static final Pattern MERGED_INTO = Pattern.compile(".*(?:归并为|合并为|统一归为|归为|并入)(.+)$");
    private static final Pattern GROUPING = Pattern.compile("^(.+?(?:用水|用户|类))中(.+)$");
    private static final Pattern CLASS_LIKE = Pattern.compile(
            "^[\\p{IsHan}（）()、]{0,20}(?:用水|用户|居民|单位|户|企业|行业|机构|场所|学校|医院|家庭|人员|人口|团体|组织|商户|店|馆"
                    + "|类|用气|业|生活)$");
    private static final Pattern NOT_CLASS = Pattern.compile("其中|合计|部分|每|费|水量|以上|以下|以内|超过|档|阶梯");

    private static final String N = "[一二三四五六七八九十]|\\d{1,2}";
    static final Pattern TIER_LABEL = Pattern.compile("第\\s*(?:" + N + ")\\s*(?:档|级|阶梯|阶)|[一二三四五]\\s*档");
    /** A tier's volumes mention 水量 / 用水量 or compare: they are not a class. */
    private static final Pattern TIER_WORDS = Pattern.compile("水量|[≤<>≥]|以内|以上|以下|超过|不超过|及以下|档|阶梯");
    private static final String Q = "(\\d+(?:\\.\\d+)?)\\s*(?:立方米|立方|m³|m3|M3|㎥|方|吨)?";
    /** 6-9立方米, 10立方米以上至16立方米. */
    private static final Pattern BETWEEN = Pattern.compile(Q + "\\s*(?:以上)?\\s*[-~至到]\\s*" + Q);
    private static final Pattern LOWER_UPPER = Pattern.compile(Q + "\\s*<\\s*[\\p{IsHan}]{0,8}\\s*(?:≤|<=|<)\\s*" + Q);
    private static final Pattern UPPER = Pattern.compile(
            "(?:≤|<=|不超过|不大于)\\s*" + Q + "|" + Q + "\\s*(?:[（(][^)）]{0,12}[)）])?\\s*(?:以内|以下|及以下)"
            // 核定为6立方米/月·户(含6立方米): a single volume including its bound is the tier's upper end
            + "|[（(]\\s*含\\s*" + Q + "\\s*[)）]");
    private static final Pattern LOWER = Pattern.compile(
            "(?:超过|超出|大于|>|≥)\\s*" + Q + "|" + Q + "\\s*(?:[（(][^)）]{0,12}[)）])?\\s*(?:以上|及以上)");
    private static final Pattern YEARLY = Pattern.compile("年用水量|每年|年度|/年|[·•・.]年|户每年|全年");
    private static final Pattern MONTHLY = Pattern.compile("月用水量|每月|/月|[·•・.]月|户每月|月度");

    /** The run of Han characters a subject's words end with, right before a charge. */
    private static final Pattern SUBJECT_RUN = Pattern.compile("\\p{IsHan}{2,30}$");
    /** What a subject says is done to the charge, before the class it names: 建立…, 调整…, 召开…. */
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "关于|建立|实行|实施|推行|调整|制定|完善|召开|举行|开展|执行|征收|核定|规范|统一|听证|的|对|将");

    /** A class as the text names it, with the condition that narrows it ("能够计量的"), if any. */
    record ClassName(String base, String condition) {
        /** 经营性单位和个体工商户（能够计量的）. */
        String text() {
            return condition == null ? base : base + "（" + condition + "）";
        }
    }

    /** The area a text opens with, after a list marker; null when it opens with none. */
    static String leadingArea(String s) {
        String t = LIST_MARKER.matcher(s.strip()).replaceFirst("");
        for (String area : AREAS) {
            if (t.startsWith(area) && !isPayerClass(t.substring(area.length()))) {
                return area;
            }
        }
        return null;
    }

    /** "城镇居民": 居民 right after an area word is a class of payers (城镇居民), not 居民 of the area; 居民生活用水 is. */
    private static boolean isPayerClass(String afterArea) {
        return afterArea.startsWith("居民") && (afterArea.length() == 2 || "生用".indexOf(afterArea.charAt(2)) < 0);
    }

    /** The area a subject names: a label before a colon (县城：, 符合开征条件的建制镇：), else the last one a part opens with. */
    static String area(String subject) {
        String found = null;
        Matcher label = AREA_LABEL.matcher(subject);
        while (label.find()) {
            found = label.group(1);
        }
        if (found != null) {
            return found;
        }
        for (String part : FRAGMENT_SPLIT.split(subject)) {
            String a = leadingArea(LEADING_WORDS.matcher(part.strip()).replaceFirst(""));
            if (a != null) {
                found = a;
            }
        }
        return found;
    }

    /**
     * The class named by {@code subject} (charges already blanked), or null when its last meaningful part is not
     * a class. A part that is a condition ending in 的 ("不能计量的") narrows the class before it; alone, it is
     * returned with a null base for the caller to put on the class it already has.
     */
    static ClassName waterClass(String subject) {
        String[] parts = FRAGMENT_SPLIT.split(subject);
        String condition = null;
        for (int i = parts.length - 1; i >= 0; i--) {
            String raw = parts[i].replaceAll("\\s+", "");
            String part = reduce(raw);
            if (part.isEmpty()) {
                continue;
            }
            if (part.endsWith("的") && isClass(part.substring(0, part.length() - 1))) {
                part = part.substring(0, part.length() - 1);
            } else if (part.endsWith("的") && !isClass(part) && condition == null) {
                condition = part;
                continue;
            }
            if (!isClass(part)) {
                // "下一步拟将非居民用水…": the class follows what is about to be done to it
                Matcher future = FUTURE.matcher(raw);
                String after = future.find() ? reduce(raw.substring(future.end())) : "";
                return isClass(after) ? new ClassName(after, condition) : condition(condition);
            }
            return new ClassName(part, condition);
        }
        return condition(condition);
    }

    private static ClassName condition(String condition) {
        return condition == null ? null : new ClassName(null, condition);
    }

    private static boolean isClass(String s) {
        return s.length() >= 2 && CLASS_LIKE.matcher(s).matches() && !NOT_CLASS.matcher(s).find();
    }

    /** One part of a subject without its marker, connectives, area, tier words and what follows its first verb. */
    private static String reduce(String part) {
        String p = part.replaceFirst("^、+", "");
        p = LIST_MARKER.matcher(p).replaceFirst("");
        if (p.matches(".*\\d.*") || BASIS.matcher(p).find()) {
            // "0-18吨/户·月", "(含16m³)": volumes; "按在职职工人数计收": how it is counted, not who pays
            return "";
        }
        p = LEADING_WORDS.matcher(p).replaceFirst("");
        String area = leadingArea(p);
        if (area != null) {
            p = p.substring(area.length());
        }
        if (TIER_WORDS.matcher(p).find() || TIER_LABEL.matcher(p).find()) {
            // a tier's label or volumes ("第一档", "年用水量≤180m³") say nothing of the class
            return "";
        }
        Matcher merged = MERGED_INTO.matcher(p);
        if (merged.matches()) {
            // "将行政事业单位用水、工业用水归并为非居民生活用水": the class priced is the one they become
            p = merged.group(1);
        }
        // "标准居民由现行…": words before the class that are not part of it
        Matcher lead = LEADING_VERB.matcher(p);
        if (lead.find()) {
            p = p.substring(lead.end());
        }
        Matcher v = VERB.matcher(p);
        if (v.find()) {
            p = p.substring(0, v.start());
        }
        Matcher g = GROUPING.matcher(p);
        if (g.matches()) {
            p = g.group(2);
        }
        return p;
    }

    /** The tier {@code subject} names (第一档 with its range), or null when it names no tier. */
    static FeeTier tier(String subject) {
        Matcher label = TIER_LABEL.matcher(subject);
        if (!label.find()) {
            return null;
        }
        String l = label.group().replaceAll("\\s+", "");
        String rest = subject.substring(label.end());
        BigDecimal from = null;
        BigDecimal to = null;
        Matcher m;
        if ((m = LOWER_UPPER.matcher(rest)).find()) {
            from = new BigDecimal(m.group(1));
            to = new BigDecimal(m.group(2));
        } else if ((m = BETWEEN.matcher(rest)).find()) {
            from = new BigDecimal(m.group(1));
            to = new BigDecimal(m.group(2));
        } else if ((m = UPPER.matcher(rest)).find()) {
            from = isFirst(l) ? BigDecimal.ZERO : null;
            to = new BigDecimal(firstGroup(m));
        } else if ((m = LOWER.matcher(rest)).find()) {
            from = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (from != null && to != null && to.compareTo(from) < 0) {
            // not a range we can read: keep the label only
            from = null;
            to = null;
        }
        String period = YEARLY.matcher(subject).find() ? "年" : MONTHLY.matcher(subject).find() ? "月" : null;
        return new FeeTier(l, from, to, period);
    }

    /** The first group an alternation matched. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no group matched in " + m.pattern());
    }

    /**
     * The class named right before a charge in a notice's subject (…建立城镇居民生活用水 before 阶梯价格 →
     * 居民生活用水): the words after the region, the last verb and an area word, when they read as a class of water
     * use; null otherwise.
     */
    static String classBefore(String before, String region) {
        Matcher run = SUBJECT_RUN.matcher(before);
        if (!run.find()) {
            return null;
        }
        String words = run.group();
        Matcher verb = SUBJECT_VERB.matcher(words);
        int after = 0;
        while (verb.find()) {
            after = verb.end();
        }
        words = words.substring(after);
        if (region != null && words.startsWith(region)) {
            words = words.substring(region.length());
        }
        String area = leadingArea(words);
        if (area != null) {
            words = words.substring(area.length());
        }
        return words.endsWith("用水") && isClass(words) ? words : null;
    }

    private static boolean isFirst(String label) {
        String n = label.replaceAll("[第档级阶梯\\s]", "");
        try {
            return ChineseDates.number(n) == 1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
