package com.gazettesearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserQueryTest {

    @Test
    void questionWordsAndParticlesDoNotDrownTheContentWords() {
        assertThat(UserQuery.parse("污水处理费什么时候开始执行").segments()).containsExactly("污水处理费", "开始执行");
        assertThat(UserQuery.parse("哪些物资装备免于征用").segments()).containsExactly("物资装备免于征用");
        assertThat(UserQuery.parse("民兵征用物资装备每年不超过多少天").segments())
                .containsExactly("民兵征用物资装备每年不超过", "天");
        // a "what is X" question is about X, and asks for the text that defines it
        assertThat(UserQuery.parse("请问预征预储是什么意思呢？").segments()).containsExactly("预征预储");
        assertThat(UserQuery.parse("预征预储是什么意思").defined()).contains("预征预储");
        assertThat(UserQuery.parse("什么是数据专区").defined()).contains("数据专区");
        assertThat(UserQuery.parse("民宿要不要办卫生许可证").segments()).containsExactly("民宿", "办卫生许可证");
    }

    @Test
    void aParticleInsideAWordStays() {
        // 的 and 了 as words of their own go; 了 inside 了解 is part of the word.
        assertThat(UserQuery.parse("民兵的物资装备").segments()).containsExactly("民兵", "物资装备");
        assertThat(UserQuery.parse("了解预征预储了吗").segments()).containsExactly("了解预征预储");
    }

    @Test
    void theKindOfQuestionAddsHintWords() {
        assertThat(UserQuery.parse("污水处理费什么时候开始执行").hints()).contains("时间", "日期");
        assertThat(UserQuery.parse("每年不超过多少天").hints()).contains("天");
        assertThat(UserQuery.parse("预征预储").hints()).isEmpty();
    }

    @Test
    void articleNumbersInEitherNumeralSystem() {
        assertThat(UserQuery.parse("第二十条").ordinals()).containsExactly(new UserQuery.Ordinal(20, '条'));
        assertThat(UserQuery.parse("第 20 条").ordinals()).containsExactly(new UserQuery.Ordinal(20, '条'));
        assertThat(UserQuery.parse("第三十五条").ordinals().get(0).spellings()).containsExactly("第三十五条", "第35条");
        assertThat(UserQuery.parse("第一章 总则").ordinals()).containsExactly(new UserQuery.Ordinal(1, '章'));
        // The ordinal is not also searched as words: 十一 would find 第三十一条.
        assertThat(UserQuery.parse("第十一条").segments()).isEmpty();
        assertThat(UserQuery.parse("第十一条").isEmpty()).isFalse();
        assertThat(UserQuery.parse("民兵 第二十条").segments()).containsExactly("民兵");
    }

    @Test
    void documentAndRegistrationNumbersInAnyBracketStyle() {
        for (String q : new String[] {"渌发改发〔2024〕6号", "渌发改发[2024]6号", "渌发改发(2024)6号", "渌发改发【2024】6号"}) {
            assertThat(UserQuery.parse(q).docNumberKey()).as(q).contains("渌发改发2024-6");
        }
        assertThat(UserQuery.parse("zzlkdr-2024-00002").regNumber()).contains("ZZLKDR-2024-00002");
    }

    @Test
    void quotedTextIsAPhraseAndUnbalancedQuotesAreJustPunctuation() {
        assertThat(UserQuery.parse("\"试行二年\" 民兵").phrases()).containsExactly("试行二年");
        assertThat(UserQuery.parse("“试行二年”").phrases()).containsExactly("试行二年");
        UserQuery unbalanced = UserQuery.parse("\"试行二年");
        assertThat(unbalanced.phrases()).isEmpty();
        assertThat(unbalanced.segments()).containsExactly("试行二年");
    }

    @Test
    void numbersAndDecimalsSurvive() {
        assertThat(UserQuery.parse("1.20元").segments()).containsExactly("1.20元");
        assertThat(UserQuery.parse("第50次").segments()).containsExactly("第50次");
    }

    @Test
    void onlyQuestionWordsIsEmpty() {
        assertThat(UserQuery.parse("什么？").isEmpty()).isTrue();
        assertThat(UserQuery.parse("   ").isEmpty()).isTrue();
    }

    @Test
    void aLimitWordIsTheQuestionsOnlyWhenAQuestionFollowsItAndSomethingElseIsAsked() {
        assertThat(UserQuery.parse("民宿最多能有几间房").segments()).noneMatch(seg -> seg.contains("最多"));
        // all the query says: it is what to find
        assertThat(UserQuery.parse("至少").segments()).containsExactly("至少");
        // part of a name
        assertThat(UserQuery.parse("最多跑一次改革").segments()).containsExactly("最多跑一次改革");
    }
}
