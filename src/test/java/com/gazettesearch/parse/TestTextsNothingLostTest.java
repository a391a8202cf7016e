package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.testkit.TestTextSets;

/**
 * No clause of any test text (every set of {@link TestTextSets}) is lost silently: from the start of its first section every
 * clause is in a section's text or heading path, or quoted in a warning (see {@link TextCoverage}).
 */
class TestTextsNothingLostTest {
    static Stream<SourceText> texts() {
        return TestTextSets.ALL.stream().flatMap(set -> TestTexts.read(set).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyClauseIsInASectionOrAWarning(SourceText text) {
        List<String> lost = TextCoverage.lostClauses(text, new GazetteParser().parse(text));
        assertThat(lost).as(text.fileName()).isEmpty();
    }
}
