package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.search.query.Synonyms;

/**
 * smartcn alone loses words (渌口 → 渌|口, 用水 → 用|水, 1.20 → 1|20, 预征预储 → 预|征|预|储); the
 * bigram field keeps them matchable, and the query builder's first hit is the section that says so.
 */
class AnalysisTest {
    @TempDir
    static Path dir;
    static Searchers searchers;
    static SearchService service;

    @BeforeAll
    static void index() throws IOException {
        searchers = MiniIndex.write(dir, MiniIndex.corpusSample());
        service = new SearchService(searchers, Synonyms.none());
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    @ParameterizedTest
    @CsvSource({"渌口", "用水", "1.20", "预征预储"})
    void smartcnSplitsTheWordButTheBigramFieldStillFindsIt(String word) throws IOException {
        List<String> words = GazetteQueryBuilder.analyze(Schema.wordAnalyzer(null), Schema.TEXT_WORDS, word);
        assertThat(words).as("smartcn splits %s", word).hasSizeGreaterThan(1);

        List<String> bigrams = GazetteQueryBuilder.analyze(Schema.bigramAnalyzer(), Schema.TEXT, word);
        assertThat(String.join("", bigrams)).as("bigram tokens of %s", word).contains(word.substring(0, 2));

        List<SearchService.RankedSection> top = service.rank(service.rankingQuery(word), 3);
        assertThat(top).isNotEmpty();
        assertThat(top.get(0).docTitle() + top.get(0).text()).contains(word);
    }

    @ParameterizedTest
    @CsvSource({"渌口", "用水", "预征预储"})
    void theSplitWordDoesNotMatchOnePieceAlone(String word) throws IOException {
        // 水口村 and 渌水 contain the characters of 渌口 but not the word: the bigram phrase outranks them.
        List<SearchService.RankedSection> top = service.rank(service.rankingQuery(word), 6);
        assertThat(top).isNotEmpty();
        assertThat(top.get(0).docTitle() + top.get(0).text()).contains(word);
        assertThat(top).noneMatch(s -> s.id().equals("s-hc-2"));
    }

    @org.junit.jupiter.api.Test
    void aNumberWithACharacterOnEitherSideMatchesInsideBigrams() throws IOException {
        // The index has 府第 | 50 | 次常 for 第六届区政府第50次常务会议; the query 第50次 has 第 | 50 | 次.
        for (String q : List.of("第50次", "\"第50次\"")) {
            List<SearchService.RankedSection> top = service.rank(service.rankingQuery(q), 3);
            assertThat(top).as(q).isNotEmpty();
            assertThat(top.get(0).text()).as(q).contains("第50次");
        }
    }
}
