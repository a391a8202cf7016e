package com.gazettesearch.records.fee;

import static com.gazettesearch.records.fee.FeeUnits.AFTER_EACH;
import static com.gazettesearch.records.fee.FeeUnits.AFTER_SLASH;
import static com.gazettesearch.records.fee.FeeUnits.NUM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prices one sentence states, each with the text before it that says what is priced (its subject).
 *
 * <p>An amount is read with its unit after it ({@code 0.85元/立方米}, {@code 8元/户·月}, {@code 8元/(户·月)},
 * {@code 0.85元每立方米}) or before it ({@code 每立方米0.85元}, {@code 每户每月8元}); a bare {@code 0.85元} takes the
 * unit printed just before it ({@code 每立方米由0.58元…}), that of the amount it is changed to or from
 * ({@code 由每立方米0.5元调整为0.8元}), or that of the price it is a part of ({@code 3.05元/立方米（其中：基本水价2.05元…）}). Two amounts joined by a change ({@code 由X调整为Y}, {@code 从X提高到Y},
 * {@code X，调整为Y}, {@code 由X元/吨提高至Y元/吨}) are one statement with an old and a new price. An amount without
 * a unit is not a price; neither is a change by an amount ({@code 每吨上调0.55元}, {@code 优惠0.20元}), a range
 * ({@code 0.8-1.2元/立方米}), a bound ({@code 10元以下}), a price restated ({@code 即10元/户·月}) nor a current price
 * stated alone ({@code 现行价格为每立方米2.60元}, and the other lone amounts of its sentence).
 */
final class PriceStatements {
    private PriceStatements() {
    }

    /** One price (or change of price) and where its subject and the statement lie in the sentence. */
    record Statement(int subjectStart, int subjectEnd, int end, BigDecimal oldPrice, BigDecimal newPrice, String unit) {
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<n1>" + NUM + ")\\s*元\\s*/\\s*(?:[(（]\\s*(?<u1>" + AFTER_SLASH + ")\\s*[)）]|(?<u2>" + AFTER_SLASH + "))"
                    + "|(?<n2>" + NUM + ")\\s*元\\s*每\\s*(?<u3>" + AFTER_EACH + ")"
                    + "|每\\s*(?<u4>" + AFTER_EACH + ")\\s*(?:收取|收费|征收|缴纳|交纳|计收|计)?\\s*(?<n3>" + NUM
                    + ")\\s*元(?!\\s*/)"
                    + "|(?<n4>" + NUM + ")\\s*元(?!\\s*/)(?!\\s*每)");
    /** 每立方米 printed once before bare amounts: "每立方米由0.58元…", "每吨为…". */
    private static final Pattern UNIT_FIRST = Pattern.compile(
            "每\\s*(" + AFTER_EACH + ")\\s*(?:由|从|为|是|按)?\\s*(?:现行|原)?的?\\s*(?:标准|价格)?\\s*$");
    /** What may stand between an old and a new amount. */
    private static final Pattern CHANGE_GAP = Pattern.compile(
            "^\\s*[,，]?\\s*(?:统一)?(?:调整|提高|上调|下调|降低|下降|调|提|增加|降|增|上涨|优惠|减少|减)?\\s*"
                    + "(?:后的?(?:价格|标准|水价)?)?\\s*(?:为|到|至|成)\\s*$");
    private static final Pattern CHANGE_VERB = Pattern.compile("调|提|增|降|涨|优惠|减");
    private static final Pattern PARENTHESIS = Pattern.compile("[（(][^（()）]*[)）]");
    /** Words that open the parts of a price: 其中, 含, 包括. */
    private static final Pattern PARTS = Pattern.compile("其中|含|包括");
    /** The price before a change, stated alone ("现行价格为2.10元"): not the price now set. */
    private static final Pattern OLD_PRICE = Pattern.compile("现行|原价|原标准|原来|原为|调整前|目前");
    private static final Pattern FROM_WORD = Pattern.compile("(?:由|从)\\s*(?:现行|原来?|目前)?的?\\s*$|(?:现行|原)的?\\s*$");
    /** A change by an amount, not a price: 上调0.55元, 每吨提高0.2元, 优惠0.20元/立方米. */
    private static final Pattern DELTA = Pattern.compile(
            "(?:上调|提高|增加|下调|降低|减少|优惠|上涨|下降|加收|加价|上浮|下浮|浮动|涨|降|补助|补贴|奖励|罚款)了?\\s*$");
    /** "由每户每月8元调整为10元，即10元/户·月": the same price said again. */
    private static final Pattern RESTATED = Pattern.compile("[,，]\\s*(?:即|也就是|亦即|合计?)\\s*$");
    /** 0.8-1.2元, 0.8元至1.2元: a range, not a price. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*元?\\s*[-~至到]\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-~]\\s*\\d");
    private static final Pattern BOUND_AFTER = Pattern.compile("^\\s*(?:以上|以下|以内|左右|之间|起)");

    private record Amount(int start, int end, int subjectEnd, BigDecimal value, String unit) {
    }

    /** The statements of {@code sentence} (already {@link FeeText#normalize normalized}), in printed order. */
    static List<Statement> in(String sentence) {
        List<Amount> amounts = amounts(sentence);
        List<Statement> out = new ArrayList<>();
        int subjectStart = 0;
        // "现行居民价格为2.60元，非居民价格为3.50元": once a sentence states current prices, its other lone
        // amounts are current prices too, until it states a change
        boolean current = false;
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            String before = sentence.substring(subjectStart, a.subjectEnd());
            int to = changedTo(sentence, before, amounts, i);
            if (to > i) {
                Amount next = amounts.get(to);
                String unit = next.unit() != null ? next.unit() : a.unit();
                if (unit != null && !isRange(sentence, a) && !isBound(sentence, next)) {
                    out.add(new Statement(subjectStart, a.subjectEnd(), next.end(), a.value(), next.value(), unit));
                }
                current = false;
                subjectStart = next.end();
                i = to;
                continue;
            }
            current = current || OLD_PRICE.matcher(lastClause(before)).find();
            if (a.unit() != null && !current && !DELTA.matcher(before).find() && !FROM_WORD.matcher(before).find()
                    && !RESTATED.matcher(before).find() && !isRange(sentence, a) && !isBound(sentence, a)) {
                out.add(new Statement(subjectStart, a.subjectEnd(), a.end(), null, a.value(), a.unit()));
            }
            subjectStart = a.end();
        }
        return out;
    }

    private static List<Amount> amounts(String s) {
        List<Amount> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        int previousEnd = 0;
        String pricedUnit = null;
        boolean parts = false;
        while (m.find()) {
            String number = firstNonNull(m.group("n1"), m.group("n2"), m.group("n3"), m.group("n4"));
            String printedUnit = firstNonNull(m.group("u1"), m.group("u2"), m.group("u3"), m.group("u4"));
            int subjectEnd = m.start();
            String unit = printedUnit == null ? null : FeeUnits.normalize(printedUnit);
            if (unit == null) {
                Matcher first = UNIT_FIRST.matcher(s.substring(previousEnd, m.start()));
                if (first.find()) {
                    unit = FeeUnits.normalize(first.group(1));
                    subjectEnd = previousEnd + first.start();
                }
            }
            if (unit != null) {
                pricedUnit = unit;
            } else if (pricedUnit != null && (parts || PARTS.matcher(s.substring(previousEnd, m.start())).find())) {
                // "3.05元/立方米（其中：基本水价2.05元，污水处理费0.95元）": the parts of a price are per the same unit
                unit = pricedUnit;
                parts = true;
            }
            out.add(new Amount(m.start(), m.end(), subjectEnd, new BigDecimal(number), unit));
            previousEnd = m.end();
        }
        return out;
    }

    /**
     * The index of the amount {@code amounts[i]} is changed to, or -1: the next amount, or the one after a
     * parenthesis that holds amounts of its own ("由每立方米2.10元（含水资源费0.10元）调整为2.60元": the part in
     * parentheses is not the new price).
     */
    private static int changedTo(String s, String before, List<Amount> amounts, int i) {
        Amount from = amounts.get(i);
        for (int j = i + 1; j < amounts.size(); j++) {
            String gap = PARENTHESIS.matcher(s.substring(from.end(), amounts.get(j).subjectEnd())).replaceAll("");
            if (CHANGE_GAP.matcher(gap).matches()
                    && (CHANGE_VERB.matcher(gap).find() || FROM_WORD.matcher(before).find())) {
                return j;
            }
            if (!insideParenthesis(s, from.end(), amounts.get(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether amount {@code a} is inside a parenthesis opened after {@code from}. */
    private static boolean insideParenthesis(String s, int from, Amount a) {
        int depth = 0;
        for (int k = from; k < a.start(); k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean isRange(String s, Amount a) {
        return RANGE_BEFORE.matcher(s.substring(0, a.start())).find() || RANGE_AFTER.matcher(s.substring(a.end())).find();
    }

    private static boolean isBound(String s, Amount a) {
        return BOUND_AFTER.matcher(s.substring(a.end())).find();
    }

    /** The text after the last comma: the words that qualify the amount right after them. */
    private static String lastClause(String before) {
        int at = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')), before.lastIndexOf('、'));
        return before.substring(at + 1);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
