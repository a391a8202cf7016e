package com.gazettesearch.records.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

class FeeExtractorTest {

    /** The 渌口 sewage fee notice, as printed in the corpus (lines 413-449; the title is the document's). */
    static GazetteDocument lukouNotice() {
        return TextDocs.fromParagraphs(
                new Meta("lukou-fee", "关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知", "株洲市渌口区",
                        LocalDate.of(2024, 3, 18), "渌发改发〔2024〕6号", "通知"),
                TextDocs.corpusLines("lukou-gazette-2024-01.txt", 413, 449));
    }

    private final FeeExtractor extractor = new FeeExtractor();

    @Test
    void readsTheEightSewageFeeItemsOfTheLukouNotice() {
        FeeSchedule schedule = extractor.extract(lukouNotice());

        assertThat(schedule.items())
                .extracting(FeeItem::area, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice)
                .containsExactly(
                        tuple("城区", "居民生活用水", new BigDecimal("0.58"), new BigDecimal("0.85")),
                        tuple("城区", "行政事业用水", new BigDecimal("0.66"), new BigDecimal("1.20")),
                        tuple("城区", "工业用水", new BigDecimal("0.73"), new BigDecimal("1.20")),
                        tuple("城区", "经营服务用水", new BigDecimal("0.88"), new BigDecimal("1.20")),
                        tuple("城区", "特种用水", new BigDecimal("1.08"), new BigDecimal("1.70")),
                        tuple("农村", "居民生活用水", null, new BigDecimal("0.85")),
                        tuple("农村", "非居民用水", null, new BigDecimal("1.20")),
                        tuple("农村", "特种行业用水", null, new BigDecimal("1.70")));
        assertThat(schedule.items()).allSatisfy(item -> {
            assertThat(item.region()).isEqualTo("株洲市渌口区");
            assertThat(item.charge()).isEqualTo("污水处理费");
            assertThat(item.unit()).isEqualTo("元/立方米");
            assertThat(item.collection()).isEqualTo("随水征收");
            assertThat(item.effectiveDate()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(item.docId()).isEqualTo("lukou-fee");
            assertThat(item.docNumber()).isEqualTo("渌发改发〔2024〕6号");
            assertThat(item.sectionId()).startsWith("lukou-fee-s");
        });
        assertThat(schedule.items().get(2).summary()).isEqualTo("工业用水 1.20 元/立方米（原 0.73）");
        assertThat(schedule.items().get(6).summary()).isEqualTo("非居民用水 1.20 元/立方米");
    }

    @Test
    void readsTheHardshipExemptionPerArea() {
        FeeSchedule schedule = extractor.extract(lukouNotice());

        assertThat(schedule.exemptions())
                .extracting(FeeExemption::who, FeeExemption::area, FeeExemption::freeVolume, FeeExemption::unit,
                        FeeExemption::period, FeeExemption::condition, FeeExemption::charge)
                .containsExactly(
                        tuple("五保户、低保户等特困群体", "城镇", new BigDecimal("6"), "立方米", "每户每月", "凭有效证件及证明", "污水处理费"),
                        tuple("五保户、低保户等特困群体", "农村", new BigDecimal("4"), "立方米", "每户每月", "凭有效证件及证明", "污水处理费"));
    }

    @Test
    void readsAnotherNoticeWithOtherPhrasings() {
        GazetteDocument doc = TextDocs.fromParagraphs(
                new Meta("county-wrf", "某县发展和改革局 某县水利局关于调整城镇公共供水水资源费征收标准的通知", "某省某县",
                        LocalDate.of(2024, 11, 20), "某发改价〔2024〕12号", "通知"),
                TextDocs.resource("fee-notice-water-resource.txt"));

        FeeSchedule schedule = extractor.extract(doc);

        assertThat(schedule.items())
                .extracting(FeeItem::charge, FeeItem::area, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice,
                        FeeItem::unit)
                .containsExactly(
                        tuple("水资源费", "城镇", "居民生活用水", null, new BigDecimal("0.10"), "元/立方米"),
                        tuple("水资源费", "城镇", "非居民用水", null, new BigDecimal("0.20"), "元/立方米"),
                        tuple("水资源费", null, "特种行业用水", new BigDecimal("0.5"), new BigDecimal("0.8"), "元/立方米"),
                        tuple("水资源费", "县城", "自备水源工业用水", new BigDecimal("0.30"), new BigDecimal("0.45"), "元/吨"),
                        tuple("水资源费", "县城", "自备水源经营服务用水", null, new BigDecimal("0.60"), "元/吨"));
        assertThat(schedule.items()).allSatisfy(item -> {
            assertThat(item.collection()).isEqualTo("由供水企业代收");
            assertThat(item.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
        assertThat(schedule.exemptions())
                .extracting(FeeExemption::who, FeeExemption::area, FeeExemption::freeVolume, FeeExemption::period,
                        FeeExemption::condition)
                .containsExactly(tuple("城市低保家庭", null, new BigDecimal("5"), "每户每月", "凭低保证办理"));
    }

    @Test
    void unitPrintedOnceBeforeBareAmounts() {
        GazetteDocument doc = TextDocs.fromParagraphs(
                new Meta("town-sewage", "关于调整某镇污水处理费标准的通知", "某省某县某镇", LocalDate.of(2023, 6, 1), null, "通知"),
                "居民生活用水污水处理费每立方米由0.50元调整为0.80元，非居民用水每吨1.10元。\n\n本通知自2023年7月1日起执行。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice, FeeItem::unit,
                        FeeItem::effectiveDate)
                .containsExactly(
                        tuple("污水处理费", "居民生活用水", new BigDecimal("0.50"), new BigDecimal("0.80"), "元/立方米",
                                LocalDate.of(2023, 7, 1)),
                        tuple("污水处理费", "非居民用水", null, new BigDecimal("1.10"), "元/吨", LocalDate.of(2023, 7, 1)));
    }

    @Test
    void aDocumentWithoutAChargeIsNotAFeeNotice() {
        GazetteDocument plan = TextDocs.fromParagraphs(
                new Meta("plan", "株洲市渌口区碳达峰实施方案", "株洲市渌口区", LocalDate.of(2024, 3, 29), null, "实施方案"),
                TextDocs.corpusLines("lukou-gazette-2024-01.txt", 395, 407));

        assertThat(extractor.extract(plan).isEmpty()).isTrue();
    }
}
