package com.gazettesearch.records.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

class ValidityExtractorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final ValidityExtractor extractor = new ValidityExtractor();

    private static GazetteDocument doc(String title, LocalDate date, String text) {
        return TextDocs.fromParagraphs(new Meta("d", title, "某区", date, null, null), text);
    }

    @Test
    void militiaRulesAreATwoYearTrialFromTheirIssueDateAndHaveExpired() {
        GazetteDocument rules = doc("株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）", LocalDate.of(2024, 1, 29),
                TextDocs.corpusLines("lukou-gazette-2024-01.txt", 54, 157));

        Validity v = extractor.extract(rules);

        assertThat(v.validFrom()).isEqualTo(LocalDate.of(2024, 1, 29));
        assertThat(v.validTo()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(v.basis()).isEqualTo("自发布之日起开始执行；试行二年");
        assertThat(ValidityStatus.of(v, TODAY)).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(ValidityStatus.of(v, TODAY).label()).isEqualTo("已失效");
        assertThat(ValidityStatus.of(v, LocalDate.of(2026, 1, 28))).isEqualTo(ValidityStatus.CURRENT);
        assertThat(ValidityStatus.of(v, LocalDate.of(2026, 1, 29))).isEqualTo(ValidityStatus.EXPIRED);
    }

    @Test
    void feeNoticeTakesEffectOnItsStatedDate() {
        GazetteDocument notice = doc("关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知",
                LocalDate.of(2024, 3, 18), TextDocs.corpusLines("lukou-gazette-2024-01.txt", 413, 449));

        Validity v = extractor.extract(notice);

        assertThat(v).isEqualTo(new Validity(LocalDate.of(2024, 5, 1), null, "从2024年5月1日起抄表见量执行"));
        assertThat(ValidityStatus.of(v, TODAY)).isEqualTo(ValidityStatus.CURRENT);
        assertThat(ValidityStatus.of(v, LocalDate.of(2024, 4, 30)).label()).isEqualTo("尚未生效");
    }

    @Test
    void planInForceFromPublication() {
        GazetteDocument plan = doc("株洲市渌口区碳达峰实施方案", LocalDate.of(2024, 3, 29),
                TextDocs.corpusLines("lukou-gazette-2024-01.txt", 395, 407));

        assertThat(extractor.extract(plan)).isEqualTo(new Validity(LocalDate.of(2024, 3, 29), null, "自公布之日起施行"));
    }

    @Test
    void planPeriodInTheTitleBoundsTheValidity() {
        GazetteDocument eco = doc("石峰区生态文明建设示范区规划（2024-2030年）", LocalDate.of(2024, 12, 30),
                "第一章 工作基础与形势分析\n\n石峰区位于株洲市北部。");
        GazetteDocument xiangjiang = doc("湖南湘江新区推进碳达峰碳中和三年行动工作方案及责任分工（2023-2025）",
                LocalDate.of(2023, 9, 6), "为深入贯彻新发展理念做好碳达峰碳中和工作。");

        assertThat(extractor.extract(eco))
                .isEqualTo(new Validity(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), "规划期2024-2030年"));
        assertThat(extractor.extract(xiangjiang))
                .isEqualTo(new Validity(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), "规划期2023-2025年"));
        assertThat(ValidityStatus.of(extractor.extract(xiangjiang), TODAY)).isEqualTo(ValidityStatus.EXPIRED);
    }

    @Test
    void aStatedStartBeatsThePlanPeriodStart() {
        GazetteDocument plan = doc("某县农村供水规划（2025—2027年）", LocalDate.of(2025, 2, 10),
                "一、总则\n\n本规划自印发之日起施行。");

        Validity v = extractor.extract(plan);

        assertThat(v.validFrom()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(v.validTo()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void chineseNumeralDatesTermsAndExplicitEnds() {
        Validity trial = extractor.extract(doc("某县停车收费管理办法", LocalDate.of(2026, 12, 1),
                "第二十条 本办法自二〇二七年一月一日起施行，试行两年。"));
        assertThat(trial.validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(trial.validTo()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(ValidityStatus.of(trial, TODAY).label()).isEqualTo("尚未生效");

        Validity until = extractor.extract(doc("某县临时救助办法", LocalDate.of(2024, 6, 1),
                "本办法自发布之日起实施，有效期至2025年12月31日。"));
        assertThat(until).isEqualTo(new Validity(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31),
                "自发布之日起实施；有效期至2025年12月31日"));
    }

    @Test
    void aValidityRangeInOnePhrase() {
        Validity v = extractor.extract(doc("某县农村饮水工程管护办法", LocalDate.of(2023, 12, 20),
                "第三十条 本办法自印发之日起施行，有效期自2024年1月1日起至2028年12月31日止。"));

        assertThat(v).isEqualTo(new Validity(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31),
                "有效期自2024年1月1日起至2028年12月31日止"));
    }

    @Test
    void aDocumentThatSaysNothingIsUnstated() {
        GazetteDocument chronicle = TextDocs.document(new Meta("c", "2024年4月区政府大事记", "怀化市鹤城区", null, null, "大事记"),
                List.of(new Section("c-0", "c", List.of("4月2日"), "4月2日", SectionType.EVENT,
                        "4月2日,鹤城区委副书记、区长郑明明主持召开区政府第50次常务会议。", 0)));

        Validity v = extractor.extract(chronicle);

        assertThat(v).isEqualTo(Validity.UNSTATED);
        assertThat(ValidityStatus.of(v, TODAY).label()).isEqualTo("未注明");
        // a publication clause without a document date gives no known start either
        assertThat(extractor.extract(doc("某通知", null, "本通知自发布之日起施行。")).isStated()).isFalse();
    }
}
