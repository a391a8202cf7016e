package com.gazettesearch.records.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;
import com.gazettesearch.records.fee.FeeExemption.Reduction;

/**
 * The other shapes of fee notices: prices per household and month, reliefs in other words (免收, 减半), a tiered
 * price 第1档 0–18吨 and what the calculator makes of it, and the prices a hearing only proposes.
 */
class FeeShapesTest {
    private final FeeExtractor extractor = new FeeExtractor();

    private static GazetteDocument notice(String title, String text) {
        return TextDocs.fromParagraphs(new Meta("n", title, "某县", LocalDate.of(2024, 6, 1), "某发改价〔2024〕3号", "通知"),
                text);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void garbageFeesPerHouseholdAndMonthWithFullAndHalfRelief() {
        GazetteDocument doc = notice("关于调整城区生活垃圾处理费收费标准的通知",
                """
                一、收费标准

                城区居民生活垃圾处理费按每户每月8元收取；农村居民每户每月5元。机关、事业单位按每人每月3元收取。个体工商户10元/户·月。

                二、减免政策

                对城乡低保户、特困供养人员免收生活垃圾处理费。对享受优抚待遇的家庭减半收取。各收费单位不得擅自减免。

                三、本通知自2024年7月1日起执行。
                """);
        FeeSchedule schedule = extractor.extract(doc);

        assertThat(schedule.items())
                .extracting(FeeItem::charge, FeeItem::area, FeeItem::waterClass, FeeItem::newPrice, FeeItem::unit,
                        FeeItem::effectiveDate)
                .containsExactly(
                        // 城区居民 and 农村居民 are classes of payers, as 城镇居民 is
                        tuple("垃圾处理费", null, "城区居民", d("8"), "元/户·月", LocalDate.of(2024, 7, 1)),
                        tuple("垃圾处理费", null, "农村居民", d("5"), "元/户·月", LocalDate.of(2024, 7, 1)),
                        tuple("垃圾处理费", null, "机关、事业单位", d("3"), "元/人·月", LocalDate.of(2024, 7, 1)),
                        tuple("垃圾处理费", null, "个体工商户", d("10"), "元/户·月", LocalDate.of(2024, 7, 1)));
        assertThat(schedule.exemptions())
                .extracting(FeeExemption::charge, FeeExemption::who, FeeExemption::reduction, FeeExemption::freeVolume)
                .containsExactly(
                        tuple("垃圾处理费", "城乡低保户、特困供养人员", Reduction.FULL, null),
                        tuple("垃圾处理费", "享受优抚待遇的家庭", Reduction.HALF, null));
    }

    /** A tier printed 第1档（0–18吨/户·月）, and the calculator charging each part of the volume at its tier's price. */
    @Test
    void tiersPricedStepByStep() {
        GazetteDocument doc = notice("关于实行城区居民生活用水阶梯水价的通知",
                "城区居民生活用水实行阶梯水价：第1档（0–18吨/户·月）2.50元/吨；第2档（18–25吨/户·月）3.25元/吨；"
                        + "第3档（25吨以上/户·月）5.00元/吨。污水处理费不实行阶梯价格。");
        FeeSchedule schedule = extractor.extract(doc);

        assertThat(schedule.items())
                .extracting(FeeItem::charge, FeeItem::area, FeeItem::waterClass, FeeItem::tier, FeeItem::newPrice)
                .containsExactly(
                        tuple("水价", "城区", "居民生活用水", new FeeTier("第1档", d("0"), d("18"), "月"), d("2.50")),
                        tuple("水价", "城区", "居民生活用水", new FeeTier("第2档", d("18"), d("25"), "月"), d("3.25")),
                        tuple("水价", "城区", "居民生活用水", new FeeTier("第3档", d("25"), null, "月"), d("5.00")));

        FeeCalculation c = new FeeCalculator(schedule.items(), schedule.exemptions())
                .calculate("某县", "城区", "居民生活用水", d("30"), false);
        assertThat(c.amount()).isEqualByComparingTo("92.75");
        assertThat(c.steps().getLast()).isEqualTo("第1档 18 × 2.50 + 第2档 7 × 3.25 + 第3档 5 × 5.00 = 92.75 元");
        assertThat(c.tiers()).hasSize(3);
        assertThat(new FeeCalculator(schedule.items(), schedule.exemptions())
                .calculate("某县", "城区", "居民生活用水", d("10"), false).steps().getLast())
                .isEqualTo("第1档 10 × 2.50 = 25.00 元");
    }

    @Test
    void whenANoticeSetsTwoChargesForAClassTheCalculatorAsksWhichOne() {
        GazetteDocument doc = notice("关于调整县城供水价格和污水处理费的通知",
                "居民生活用水价格由每立方米2.10元调整为2.60元，污水处理费由每立方米0.80元调整为0.95元。");
        FeeSchedule schedule = extractor.extract(doc);
        FeeCalculator calculator = new FeeCalculator(schedule.items(), schedule.exemptions());

        assertThatThrownBy(() -> calculator.calculate("某县", null, "居民生活用水", BigDecimal.TEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charge is required").hasMessageContaining("水价, 污水处理费");
        assertThat(calculator.calculate("某县", null, "污水处理费", "居民生活用水", BigDecimal.TEN, false).amount())
                .isEqualByComparingTo("9.50");
        assertThat(calculator.calculate("某县", null, "水价", "居民生活用水", BigDecimal.TEN, false).amount())
                .isEqualByComparingTo("26.00");
    }

    @Test
    void aHearingNoticeOnlyProposesItsPrices() {
        GazetteDocument hearing = notice("关于召开城区供水价格调整听证会的公告",
                "听证方案：方案一：居民生活用水价格由每立方米2.10元调整为2.60元；方案二：居民生活用水价格由每立方米2.10元调整为2.80元。");
        List<FeeItem> items = extractor.extract(hearing).items();

        assertThat(items).extracting(FeeItem::newPrice, FeeItem::proposed, FeeItem::effectiveDate)
                .containsExactly(tuple(d("2.60"), true, null), tuple(d("2.80"), true, null));
        assertThat(items.getFirst().summary()).isEqualTo("居民生活用水 2.60 元/立方米（原 2.10）（拟）");
        assertThatThrownBy(() -> new FeeCalculator(items, List.of())
                .calculate(null, null, "居民生活用水", BigDecimal.TEN, false))
                .hasMessageContaining("no fee items in force");
        assertThat(FeeMatcher.match("水价", items)).hasSize(2);
    }

    @Test
    void aDecidedNoticeThatWentThroughAHearingSetsPricesAndASentenceWithItsProposalDoesNot() {
        GazetteDocument doc = notice("关于调整城区供水价格的通知",
                "经召开听证会，报县人民政府同意，居民生活用水价格由每立方米2.10元调整为2.60元。"
                        + "下一步拟将非居民用水价格由每立方米3.00元调整为3.50元。");

        assertThat(extractor.extract(doc).items()).extracting(FeeItem::waterClass, FeeItem::proposed)
                .containsExactly(tuple("居民生活用水", false), tuple("非居民用水", true));
    }

    @Test
    void aPartInParenthesesBetweenTheOldAndTheNewPrice() {
        GazetteDocument doc = notice("关于调整城区供水价格的通知",
                "居民生活用水价格由现行每立方米2.10元（含水资源费0.10元）调整为2.60元。执行时间：2024年7月1日。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice, FeeItem::effectiveDate)
                .containsExactly(tuple("水价", "居民生活用水", d("2.10"), d("2.60"), LocalDate.of(2024, 7, 1)));
    }

    @Test
    void thePartsOfAPriceArePerItsUnitAndARiseIsNotAPrice() {
        GazetteDocument doc = notice("关于调整城区供水价格的通知",
                "居民生活用水价格调整为每立方米3.05元（其中：基本水价2.05元，污水处理费0.95元，水资源费0.05元）。"
                        + "第二档水价在第一档基础上每立方米上浮0.5元。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::newPrice, FeeItem::unit)
                .containsExactly(
                        tuple("水价", "居民生活用水", d("3.05"), "元/立方米"),
                        tuple("水价", "居民生活用水", d("2.05"), "元/立方米"),
                        tuple("污水处理费", "居民生活用水", d("0.95"), "元/立方米"),
                        tuple("水资源费", "居民生活用水", d("0.05"), "元/立方米"));
    }

    @Test
    void aPriceSaidAgainIsOneItemAndADepositIsNoPrice() {
        GazetteDocument doc = notice("关于调整城区供水价格的通知",
                "一、居民生活用水价格由每立方米2.10元调整为2.60元。\n\n二、调整后，居民生活用水价格为每立方米2.60元。"
                        + "\n\n三、新装水表收取押金200元/户，逾期缴纳的按日加收滞纳金。");

        assertThat(extractor.extract(doc).items()).extracting(FeeItem::summary)
                .containsExactly("居民生活用水 2.60 元/立方米（原 2.10）");
    }

    @Test
    void aSubsidyPerHouseholdIsNotAFee() {
        GazetteDocument doc = notice("关于调整城区供水价格的通知",
                "居民生活用水价格由每立方米2.10元调整为2.60元。对城乡低保户每户每月补助5元。");

        assertThat(extractor.extract(doc).items()).hasSize(1);
    }
}
