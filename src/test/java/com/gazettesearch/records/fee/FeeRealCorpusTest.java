package com.gazettesearch.records.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.ParsedCorpus;

/** Fee records from the parsed corpus: exactly the 渌口 notice's 8 items and 2 allowances, nothing elsewhere. */
class FeeRealCorpusTest {
    private final FeeExtractor extractor = new FeeExtractor();

    @Test
    void theLukouNoticeAsParsed() {
        GazetteDocument notice = ParsedCorpus.byNumber("渌发改发〔2024〕6号");
        FeeSchedule schedule = extractor.extract(notice);

        Section urban = section(notice, "(一)");
        Section rural = section(notice, "(二)");
        Section relief = section(notice, "四、优惠政策");
        assertThat(schedule.items())
                .extracting(FeeItem::area, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice, FeeItem::sectionId)
                .containsExactly(
                        tuple("城区", "居民生活用水", new BigDecimal("0.58"), new BigDecimal("0.85"), urban.id()),
                        tuple("城区", "行政事业用水", new BigDecimal("0.66"), new BigDecimal("1.20"), urban.id()),
                        tuple("城区", "工业用水", new BigDecimal("0.73"), new BigDecimal("1.20"), urban.id()),
                        tuple("城区", "经营服务用水", new BigDecimal("0.88"), new BigDecimal("1.20"), urban.id()),
                        tuple("城区", "特种用水", new BigDecimal("1.08"), new BigDecimal("1.70"), urban.id()),
                        tuple("农村", "居民生活用水", null, new BigDecimal("0.85"), rural.id()),
                        tuple("农村", "非居民用水", null, new BigDecimal("1.20"), rural.id()),
                        tuple("农村", "特种行业用水", null, new BigDecimal("1.70"), rural.id()));
        assertThat(schedule.items()).allSatisfy(i -> {
            assertThat(i.region()).isEqualTo("株洲市渌口区");
            assertThat(i.charge()).isEqualTo("污水处理费");
            assertThat(i.unit()).isEqualTo("元/立方米");
            assertThat(i.collection()).isEqualTo("随水征收");
            assertThat(i.effectiveDate()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(i.docId()).isEqualTo(notice.id());
            assertThat(i.docNumber()).isEqualTo("渌发改发〔2024〕6号");
            assertThat(i.docTitle()).isEqualTo("关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知");
        });
        assertThat(schedule.exemptions())
                .extracting(FeeExemption::who, FeeExemption::area, FeeExemption::freeVolume, FeeExemption::period,
                        FeeExemption::condition, FeeExemption::sectionId)
                .containsExactly(
                        tuple("五保户、低保户等特困群体", "城镇", new BigDecimal("6"), "每户每月", "凭有效证件及证明", relief.id()),
                        tuple("五保户、低保户等特困群体", "农村", new BigDecimal("4"), "每户每月", "凭有效证件及证明", relief.id()));

        FeeCalculation c = new FeeCalculator(schedule.items(), schedule.exemptions())
                .calculate("株洲市渌口区", "城区", "居民生活用水", BigDecimal.TEN, true);
        assertThat(c.amount()).isEqualByComparingTo("3.40");
        assertThat(c.steps().getLast()).isEqualTo("(10 − 6) × 0.85 = 3.40 元");
    }

    @Test
    void noOtherDocumentOfTheCorpusIsAFeeNotice() {
        List<String> withFees = ParsedCorpus.documents().stream()
                .filter(d -> !extractor.extract(d).isEmpty())
                .map(GazetteDocument::docNumber)
                .toList();
        assertThat(withFees).containsExactly("渌发改发〔2024〕6号");
    }

    private static Section section(GazetteDocument doc, String headingStart) {
        return doc.sections().stream().filter(s -> s.heading() != null && s.heading().startsWith(headingStart))
                .findFirst().orElseThrow(() -> new AssertionError("no section headed " + headingStart));
    }
}
