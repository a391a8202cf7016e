package com.gazettesearch.records.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FeeCalculatorTest {
    private static final String LUKOU = "株洲市渌口区";

    private final FeeSchedule schedule = new FeeExtractor().extract(FeeExtractorTest.lukouNotice());
    private final FeeCalculator calculator = new FeeCalculator(schedule.items(), schedule.exemptions());

    @Test
    void urbanHouseholdWithTheExemptionPaysForVolumeAboveSixCubicMetres() {
        FeeCalculation c = calculator.calculate(LUKOU, "城区", "居民生活用水", new BigDecimal("10"), true);

        assertThat(c.amount()).isEqualByComparingTo("3.40");
        assertThat(c.amount().scale()).isEqualTo(2);
        assertThat(c.unit()).isEqualTo("元");
        assertThat(c.steps().getLast()).isEqualTo("(10 − 6) × 0.85 = 3.40 元");
        // 城区 has no allowance of its own: it takes the 城镇 one, and the steps say so
        assertThat(c.steps()).anySatisfy(s -> assertThat(s).contains("城镇每户每月免征 6 立方米").contains("城区按城镇计"));
        assertThat(c.exemption().area()).isEqualTo("城镇");
        assertThat(c.item().newPrice()).isEqualByComparingTo("0.85");
    }

    @Test
    void withoutTheExemptionTheWholeVolumeIsCharged() {
        FeeCalculation c = calculator.calculate(LUKOU, "城区", "居民生活用水", new BigDecimal("10"), false);

        assertThat(c.amount()).isEqualByComparingTo("8.50");
        assertThat(c.steps().getLast()).isEqualTo("10 × 0.85 = 8.50 元");
        assertThat(c.exemption()).isNull();
    }

    @Test
    void ruralVolumeBelowTheAllowanceCostsNothing() {
        FeeCalculation c = calculator.calculate(LUKOU, "农村", "居民生活用水", new BigDecimal("3"), true);

        assertThat(c.amount()).isEqualByComparingTo("0.00");
        assertThat(c.exemption().area()).isEqualTo("农村");
        assertThat(c.steps().getLast()).isEqualTo("3 ≤ 4，全部免征：0 × 0.85 = 0.00 元");
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // 0.5 × 0.85 = 0.425: HALF_UP gives 0.43 (HALF_EVEN would give 0.42)
        FeeCalculation c = calculator.calculate(LUKOU, "城区", "居民生活用水", new BigDecimal("0.5"), false);
        assertThat(c.amount()).isEqualByComparingTo("0.43");

        FeeCalculation industrial = calculator.calculate(null, "城区", "工业用水", new BigDecimal("12.5"), false);
        assertThat(industrial.amount()).isEqualByComparingTo("15.00");
        assertThat(industrial.steps().getLast()).isEqualTo("12.5 × 1.20 = 15.00 元");
    }

    @Test
    void unknownClassOrAreaIsRejectedNamingWhatExists() {
        assertThatThrownBy(() -> calculator.calculate(LUKOU, "城区", "游泳池用水", BigDecimal.TEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("游泳池用水")
                .hasMessageContaining("居民生活用水")
                .hasMessageContaining("工业用水");
        assertThatThrownBy(() -> calculator.calculate(LUKOU, "郊区", "居民生活用水", BigDecimal.TEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("郊区")
                .hasMessageContaining("城区")
                .hasMessageContaining("农村");
        // 非居民用水 is priced in 农村 only
        assertThatThrownBy(() -> calculator.calculate(LUKOU, "城区", "非居民用水", BigDecimal.TEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("行政事业用水");
        assertThatThrownBy(() -> calculator.calculate("怀化市鹤城区", "城区", "居民生活用水", BigDecimal.TEN, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(LUKOU);
    }

    @Test
    void rejectsNegativeVolumesAndExemptionsForNonHouseholdClasses() {
        assertThatThrownBy(() -> calculator.calculate(LUKOU, "城区", "居民生活用水", new BigDecimal("-1"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume");
        assertThatThrownBy(() -> calculator.calculate(LUKOU, "城区", "工业用水", BigDecimal.TEN, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("工业用水");
    }
}
