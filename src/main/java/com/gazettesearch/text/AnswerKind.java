package com.gazettesearch.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of answer a question asks for and a section's text can give: an amount of money (多少钱 — 1.20元/立方米),
 * a length of time (多久 — 7个工作日内), a limit (最多 — 不超过14间), a penalty (怎么罚 — 处一千元以上五千元以下的罚款).
 * The indexer marks each section with the kinds its text holds; a question that asks for one prefers the sections
 * that hold it, since those are the ones that answer rather than only mention the subject.
 */
public enum AnswerKind {
    AMOUNT("amount", "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万",
            Pattern.compile("[0-9０-９][0-9０-９.．,，]*\\s*(?:元|万元|亿元|角)|[零〇一二两三四五六七八九十百千万]+(?:元|万元|亿元)"),
            Pattern.compile("多少钱|多少元|几元|收费多少|价格多少|多少费用|怎么收费|如何收费|收多少|交多少|缴多少|什么价"
                    // a price's change is stated as the amounts from and to (自来水涨价: 由2.10元调整为2.45元)
                    + "|涨价|调价|提价|降价|涨了多少|涨多少")),
    DURATION("duration", "0123456789０１２３４５６７８９一二两三四五六七八九十百试有期",
            Pattern.compile("(?:[0-9０-９]+|[一二两三四五六七八九十百]+)\\s*(?:个)?\\s*(?:工作日|天|个月|小时|周(?!岁|年))"
                    // how long a rule runs: 试行二年, 试行期为两年, 有效期为5年, 期限为三年
                    + "|(?:试行期?|有效期|期限)(?:为|是)?\\s*(?:[0-9０-９]+|[一二两三四五六七八九十]+)\\s*(?:个)?\\s*(?:年|月)"
                    + "|(?<![月0-9０-９])(?:[0-9０-９]+|[一二两三四五六七八九十百]+)\\s*日(?:内|以内|之内|前)"
                    + "|(?:[0-9０-９]+|[一二两三四五六七八九十百]+)\\s*年(?:内|以内|之内|以上|以下)"),
            Pattern.compile("多久|多长时间|几天|多少天|几个月|多少个工作日|几个工作日|多长期限|期限多长|有效期多长|多少年")),
    LIMIT("limit", "不至最上下",
            Pattern.compile("不超过|不得超过|不高于|不得高于|不少于|不得少于|不低于|不得低于|至少|最多|最高|最低|上限|下限"),
            Pattern.compile("最多|最少|至少|最高|最低|上限|下限|不能超过|不超过多少")),
    PENALTY("penalty", "罚处没吊责警拘追",
            Pattern.compile("罚款|处罚|没收|吊销|责令停|警告|拘留|追究.{0,8}责任|处分"),
            Pattern.compile("怎么罚|罚多少|如何处罚|怎么处罚|怎样处罚|罚款多少|会被罚|被罚|处罚标准|什么处罚|罚不罚"));

    private final String value;
    /** What a section's text holds, tried only where a match can start. */
    private final MatchStarts inText;
    private final Pattern asked;

    AnswerKind(String value, String starts, Pattern inText, Pattern asked) {
        this.value = value;
        this.inText = new MatchStarts(inText, starts);
        this.asked = asked;
    }

    /** The index value of this kind. */
    public String value() {
        return value;
    }

    /** The kinds of answer {@code text} holds. */
    public static Set<AnswerKind> in(String text) {
        Set<AnswerKind> out = EnumSet.noneOf(AnswerKind.class);
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (AnswerKind kind : values()) {
            if (kind.holds(text)) {
                out.add(kind);
            }
        }
        return out;
    }

    /** Whether {@code text} holds an answer of this kind. */
    boolean holds(String text) {
        return inText.in(text);
    }

    /** The pattern of what a section's text holds, with where its matches start (for tests). */
    MatchStarts inText() {
        return inText;
    }

    /** The kinds of answer the question {@code query} asks for (none for a query that is no such question). */
    public static List<AnswerKind> askedBy(String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(values()).filter(kind -> kind.asked.matcher(query).find()).toList();
    }
}
