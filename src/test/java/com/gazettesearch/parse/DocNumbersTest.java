package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"渌发改发〔2024〕6号", "渌发改发[2024]6号", "渌发改发(2024)6号", "渌发改发（2024）6号",
            "渌发改发【2024】6号", "渌发改发 〔 2024 〕 6 号", "渌发改发[2024]06号", "渌发改发［2024］6"})
    void everyBracketStyleNormalisesToTheCanonicalForm(String written) {
        assertThat(DocNumbers.normalise(written)).contains("渌发改发〔2024〕6号");
        assertThat(DocNumbers.key(written)).contains("渌发改发2024-6");
    }

    @Test
    void aNumberPrintedInTraditionalCharactersHasTheKeyOfItsSimplifiedSpelling() {
        assertThat(DocNumbers.key("鄂政發〔2018〕26號")).isEqualTo(DocNumbers.key("鄂政发〔2018〕26号")).contains("鄂政发2018-26");
        assertThat(DocNumbers.find("鄂政發〔2018〕26號")).contains("鄂政發〔2018〕26号");
    }

    @Test
    void numberWithoutIssuerCodeKeepsYearAndSerial() {
        assertThat(DocNumbers.normalise("[ 2023 ] 1 号")).contains("〔2023〕1号");
        assertThat(DocNumbers.key("[ 2023 ] 1 号")).contains("2023-1");
    }

    @Test
    void findsTheNumberInsideALine() {
        assertThat(DocNumbers.find("(渌政发〔2024〕2号 ZZLKDR-2024-00002)")).contains("渌政发〔2024〕2号");
        assertThat(DocNumbers.findRegistration("(渌政发〔2024〕2号 ZZLKDR-2024-00002)")).contains("ZZLKDR-2024-00002");
        assertThat(DocNumbers.findRegistration("zzlkdr－2024－00002")).contains("ZZLKDR-2024-00002");
    }

    @Test
    void textWithoutANumberGivesNothing() {
        assertThat(DocNumbers.normalise("碳达峰实施方案")).isEmpty();
        assertThat(DocNumbers.key(null)).isEmpty();
        assertThat(DocNumbers.findRegistration("2024年3月")).isEmpty();
    }
}
