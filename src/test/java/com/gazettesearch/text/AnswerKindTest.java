package com.gazettesearch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerKindTest {
    @Test
    void aSectionHoldsTheKindsOfAnswerItsTextStates() {
        assertThat(AnswerKind.in("工业用水由0.73元/立方米调整为1.20元/立方米")).containsExactly(AnswerKind.AMOUNT);
        assertThat(AnswerKind.in("其他政务部门应当自收到申请之日起7个工作日内答复")).containsExactly(AnswerKind.DURATION);
        assertThat(AnswerKind.in("在中国境内居住累计满183天的年度连续不满六年的")).containsExactly(AnswerKind.DURATION);
        // how long a rule runs is a length of time too
        assertThat(AnswerKind.in("自发布之日起开始执行，试行二年。")).containsExactly(AnswerKind.DURATION);
        assertThat(AnswerKind.in("本办法自2025年1月1日起施行，有效期为5年。")).containsExactly(AnswerKind.DURATION);
        assertThat(AnswerKind.in("试行期为两年")).containsExactly(AnswerKind.DURATION);
        assertThat(AnswerKind.in("乡村民宿单幢建筑客房数量应不超过14间（套）")).containsExactly(AnswerKind.LIMIT);
        assertThat(AnswerKind.in("对个人处一千元以上五千元以下的罚款")).contains(AnswerKind.AMOUNT, AnswerKind.PENALTY);
    }

    @Test
    void aDateIsNoTimeSpan() {
        assertThat(AnswerKind.in("从2024年5月1日起执行")).isEmpty();
        assertThat(AnswerKind.in("有效期至2027年12月31日")).isEmpty();
        assertThat(AnswerKind.in("本办法自2021年3月1日起施行")).isEmpty();
    }

    @Test
    void aQuestionAsksForTheKindItsWordsName() {
        assertThat(AnswerKind.askedBy("工业用水污水处理费多少钱")).containsExactly(AnswerKind.AMOUNT);
        assertThat(AnswerKind.askedBy("政务数据共享申请多长时间答复")).containsExactly(AnswerKind.DURATION);
        assertThat(AnswerKind.askedBy("民宿最多能有几间房")).containsExactly(AnswerKind.LIMIT);
        assertThat(AnswerKind.askedBy("私自接水管怎么罚")).containsExactly(AnswerKind.PENALTY);
        assertThat(AnswerKind.askedBy("自来水涨价")).containsExactly(AnswerKind.AMOUNT);
        assertThat(AnswerKind.askedBy("燃气调价听证")).containsExactly(AnswerKind.AMOUNT);
        assertThat(AnswerKind.askedBy("污水处理费收费标准")).isEmpty();
    }

    /**
     * Trying the pattern only where a match can start gives what searching everywhere gives: on every line and
     * every paragraph of the seed corpus and the real texts, and on random strings of the characters the patterns
     * turn on (digits, numerals, units, look-behind characters, limit and penalty words).
     */
    @Test
    void tryingOnlyWhereAMatchCanStartFindsWhatSearchingEverywhereFinds() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(com.gazettesearch.testkit.MatchStartsCheck.corpusTexts());
        texts.addAll(com.gazettesearch.testkit.MatchStartsCheck.randomTexts(
                "0123456789０９.．,， \t元万亿角零〇一二两三四五六七八九十百千个工作日天月小时周岁年内以之前上下"
                        + "不超过得高于少低至最限罚款处没收吊销责令停警告拘留追究任分试行有效期限为是", 200_000, 12, 7));
        assertThat(texts).hasSizeGreaterThan(200_000);
        for (AnswerKind kind : AnswerKind.values()) {
            assertThat(com.gazettesearch.testkit.MatchStartsCheck.assertSameMatches(kind.inText(), texts))
                    .as("%s: the texts hold it often enough to tell", kind).isGreaterThan(100);
            // holds() is the first of those matches
            assertThat(texts.stream().filter(kind::holds).count())
                    .isEqualTo(texts.stream().filter(t -> kind.inText().pattern().matcher(t).find()).count());
        }
    }
}
