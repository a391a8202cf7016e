package com.gazettesearch.records.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.testkit.MatchStartsCheck;

/** Years in Chinese numerals, read back from each 年, are the years the pattern finds searched forward. */
class DigitsTest {
    @Test
    void fourNumeralsBeforeAYearBecomeDigits() {
        assertThat(Digits.yearsToAscii("一九五〇年十月")).isEqualTo("1950年十月");
        assertThat(Digits.yearsToAscii("二〇二四 年，二〇二三年")).isEqualTo("2024 年，2023年");
        assertThat(Digits.yearsToAscii("一二九五〇年")).isEqualTo("一2950年");
        assertThat(Digits.yearsToAscii("九五〇年")).isEqualTo("九五〇年");
        assertThat(Digits.yearsToAscii("2024年")).isEqualTo("2024年");
    }

    @Test
    void readingBackFromEachYearGivesWhatThePatternGives() throws IOException {
        List<String> texts = new ArrayList<>(MatchStartsCheck.corpusTexts());
        texts.addAll(MatchStartsCheck.randomTexts("〇零○一二三四五六七八九十年月日 \t\u3000\n2024元", 200_000, 14, 11));
        assertThat(MatchStartsCheck.assertSameMatches(Digits.YEARS, texts)).as("years in numerals").isGreaterThan(1_000);
    }
}
