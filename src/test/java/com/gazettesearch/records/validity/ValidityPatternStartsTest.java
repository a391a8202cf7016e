package com.gazettesearch.records.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.testkit.MatchStartsCheck;
import com.gazettesearch.text.MatchStarts;

/** The validity clauses, tried only where they can start, are found as searching everywhere finds them. */
class ValidityPatternStartsTest {
    @Test
    void everyClauseIsFoundWhereFindFindsIt() throws IOException {
        List<String> texts = new ArrayList<>(MatchStartsCheck.corpusTexts());
        // each clause as printed, at the start, inside and at the end of a text, with a cited document before one
        for (String clause : List.of("有效期自2024年1月1日起至2028年12月31日止", "有效期限为 二〇二四年一月一日至二〇二六年十二月三十一日",
                "有效期至2025年12月31日", "试行期为2年", "有效期为五年", "自发布之日起施行", "自印发之日起30日后施行",
                "自2024年5月1日起执行", "从 2024 年 5 月 1 日起抄表见量执行", "执行时间：2024年5月1日", "《某某条例》自2020年1月1日起施行")) {
            texts.add(clause);
            texts.add("本办法" + clause + "。其他事项另行通知，" + clause);
        }
        texts.addAll(MatchStartsCheck.randomTexts("自从于 \t\n2024一二〇十年月日号起开始执行施行实施生效时间日期:：为之发布公布印发"
                + "有效期限至到截止止试行为》。，", 200_000, 24, 3));
        for (MatchStarts clause : List.of(ValidityExtractor.FROM_PUBLICATION, ValidityExtractor.FROM_DATE,
                ValidityExtractor.TERM, ValidityExtractor.DATE_RANGE, ValidityExtractor.UNTIL_DATE)) {
            assertThat(MatchStartsCheck.assertSameMatches(clause, texts)).as("%s", clause.pattern()).isPositive();
        }
    }
}
