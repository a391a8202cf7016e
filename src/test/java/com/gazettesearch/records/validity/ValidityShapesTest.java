package com.gazettesearch.records.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

/**
 * Validity in the words of the real texts (excerpts): a term after publication (阿坝), 自印发之日起实施 (平潭), and the
 * periods and starts a text cites from other documents, which are not its own (包头, 安徽).
 */
class ValidityShapesTest {
    private final ValidityExtractor extractor = new ValidityExtractor();

    private static GazetteDocument doc(String title, LocalDate date, String text) {
        return TextDocs.fromParagraphs(new Meta("d", title, "某地", date, null, null), text);
    }

    /** real/aba-gov-data-measures-2021-21.txt, 第四十九条. */
    @Test
    void aTermCountedFromTheDayOfIssue() {
        Validity v = extractor.extract(doc("阿坝州政务数据资源管理暂行办法", LocalDate.of(2021, 10, 11),
                "第四十九条　 本办法由州政府办公室负责解释，自颁布之日起施行，有效期2年。"));

        assertThat(v).isEqualTo(new Validity(LocalDate.of(2021, 10, 11), LocalDate.of(2023, 10, 10),
                "自颁布之日起施行；有效期2年"));
    }

    /** real/pingtan-rural-homestay-measures-2021-3.txt, 第三十五条. */
    @Test
    void fromTheDayOfIssueWithoutAnEnd() {
        Validity v = extractor.extract(doc("平潭综合实验区乡村民宿管理办法", LocalDate.of(2021, 1, 15),
                "第三十五条 本办法自印发之日起实施，原《平潭综合实验区旅游民宿管理办法（试行）》同时废止。"));

        assertThat(v).isEqualTo(new Validity(LocalDate.of(2021, 1, 15), null, "自印发之日起实施"));
    }

    /** real/baotou-digital-gov-assessment-2022-43.txt: a plan of another document, cited in the body. */
    @Test
    void aPeriodCitedFromAnotherDocumentIsNotThisOnes() {
        Validity v = extractor.extract(doc("包头市2022年数字政府建设考评办法", LocalDate.of(2022, 4, 14),
                "为深入贯彻落实《包头市数字政府建设三年行动计划（2021—2023年）》（包府办发〔2022〕10号），推动数字政府建设，制定本办法。"));

        assertThat(v.isStated()).isFalse();
    }

    /** real/anhui-industrial-internet-2021-82.txt: one notice issuing two texts, the period is the second one's. */
    @Test
    void aTitleNamingTwoDocumentsGivesThePeriodToTheSecondOnly() {
        Validity v = extractor.extract(doc("支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）",
                LocalDate.of(2021, 9, 2), "为贯彻落实国家工业互联网创新发展战略，制定以下政策。"));

        assertThat(v.isStated()).isFalse();
    }

    @Test
    void theStartOfACitedRuleIsNotThisDocumentsStart() {
        Validity v = extractor.extract(doc("关于做好城市供水管理工作的通知", LocalDate.of(2020, 9, 1),
                "《东营市城市供水条例》自2020年10月1日起施行，各单位要认真做好宣传贯彻工作。"));

        assertThat(v.isStated()).isFalse();
    }

    @Test
    void daysAfterIssueATrialPeriodAndAStartWithItsCondition() {
        assertThat(extractor.extract(doc("某市停车管理办法", LocalDate.of(2024, 3, 1),
                "第三十条 本办法自印发之日起30日后施行，试行期两年。")))
                .isEqualTo(new Validity(LocalDate.of(2024, 3, 31), LocalDate.of(2026, 3, 30),
                        "自印发之日起30日后施行；试行期两年"));
        assertThat(extractor.extract(doc("关于调整城区供水价格的通知", LocalDate.of(2024, 3, 1),
                "本通知自2024年5月1日抄表之日起执行。")).validFrom()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void thePeriodOfTheDocumentIssuedInTheFirstSentence() {
        Validity v = extractor.extract(doc("关于印发实施方案的通知", LocalDate.of(2023, 2, 1),
                "各乡镇：现将《某县农村人居环境整治提升实施方案（2023—2025年）》印发给你们，请认真贯彻落实。"));

        assertThat(v.validFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(v.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
