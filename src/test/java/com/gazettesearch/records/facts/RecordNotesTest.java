package com.gazettesearch.records.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.chronicle.ChronicleExtractor;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeExemption.Reduction;
import com.gazettesearch.records.fee.FeeExtractor;
import com.gazettesearch.records.validity.ValidityExtractor;
import com.gazettesearch.testkit.KnownGaps;

/**
 * The facts the texts' readers wrote as notes rather than as keys, parsed end to end: what a text cites or only
 * mentions is not its own record, and reliefs are exemptions, not fees.
 */
class RecordNotesTest {
    private static GazetteDocument only(String name) {
        TestText t = TestText.all().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test text " + name));
        assertThat(t.docs()).as(name).hasSize(1);
        return t.docs().getFirst();
    }

    @Test
    void onlyTheTextsWhoseReadersFoundFeesOrEventsHaveThem() {
        List<String> withFees = new ArrayList<>();
        List<String> withEvents = new ArrayList<>();
        List<String> factsFees = new ArrayList<>();
        List<String> factsEvents = new ArrayList<>();
        for (TestText t : TestText.all()) {
            if (t.docs().stream().anyMatch(d -> !new FeeExtractor().extract(d).items().isEmpty())) {
                withFees.add(t.name());
            }
            if (t.docs().stream().anyMatch(d -> !new ChronicleExtractor().extract(d).isEmpty())) {
                withEvents.add(t.name());
            }
            // a known gap (a masked charge) has fee facts the extractor rightly does not claim
            if (t.documentFacts().stream().anyMatch(f -> !f.path("fees").isEmpty()) && KnownGaps.all().stream()
                    .noneMatch(g -> g.text().equals(KnownGaps.stem(t.name())) && g.fact().equals("fees"))) {
                factsFees.add(t.name());
            }
            if (t.documentFacts().stream().anyMatch(f -> !f.path("events").isEmpty())) {
                factsEvents.add(t.name());
            }
        }
        assertThat(withFees).containsExactlyElementsOf(factsFees);
        assertThat(withEvents).containsExactlyElementsOf(factsEvents);
    }

    @Test
    void aPlanPeriodTheBodyCitesIsNotTheDocumentsValidity() {
        // 包头: "neither is this document's 文号 or validity. The 办法 states no validity period."
        assertThat(new ValidityExtractor().extract(only("real/baotou-digital-gov-assessment-2022-43.txt")).isStated())
                .isFalse();
        // 嘉定: "cited plan periods (2016-2035), (2018-2035) are not this document's … validity"
        assertThat(new ValidityExtractor().extract(only("found/jiading-district-sponge-city-notice-2024-23-excerpt.txt"))
                .isStated()).isFalse();
    }

    @Test
    void aNoticeIssuingTwoTextsHasNoPeriodOfItsOwn() {
        // 安徽: "No validity period for the notice; 本政策自2021年开始执行 belongs to text 1 and gives only a year."
        assertThat(new ValidityExtractor().extract(only("real/anhui-industrial-internet-2021-82.txt")).isStated()).isFalse();
    }

    @Test
    void reliefsAreExemptionsNotFees() {
        // 桑溪: "四、保障措施 exempts 5吨 a month for 最低生活保障 families (免收): an exemption, not a fee."
        assertThat(new FeeExtractor().extract(only("madeup/sangxi-county-water-and-sewage-price-notice-2024.txt"))
                .exemptions())
                .extracting(FeeExemption::reduction, FeeExemption::freeVolume, FeeExemption::unit, FeeExemption::period)
                .containsExactly(tuple(Reduction.FREE_VOLUME, new BigDecimal("5"), "吨", "每户每月"));
        // 榆岑: 免收 (最低生活保障家庭, 特困供养人员), 减半收取 (重度残疾人家庭), 免征 (学校按学生人数计收的部分)
        assertThat(new FeeExtractor().extract(only("madeup/yucen-county-garbage-fee-notice-2023.txt")).exemptions())
                .extracting(FeeExemption::who, FeeExemption::reduction)
                .containsExactly(
                        tuple("享受城乡居民最低生活保障的家庭和特困供养人员", Reduction.FULL),
                        tuple("持有一、二级残疾人证的重度残疾人家庭", Reduction.HALF),
                        tuple("义务教育阶段学校按在校学生人数计收的部分", Reduction.FULL));
    }
}
