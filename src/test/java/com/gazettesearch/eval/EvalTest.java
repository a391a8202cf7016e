package com.gazettesearch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.Indexer;
import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.Synonyms;

/**
 * The judged query set against a real index of the corpus: the ranking must meet the targets
 * (success@1 ≥ 0.90, MRR@10 ≥ 0.93) and beat the naive baseline.
 */
class EvalTest {
    @TempDir
    static Path tmp;
    static Searchers searchers;
    static Evaluator evaluator;
    static List<Judgments.Judgment> judgments;

    @BeforeAll
    static void index() throws IOException {
        Path index = tmp.resolve("index");
        new Indexer().index(TestCorpus.CORPUS, index);
        searchers = Searchers.open(index, SearchService.READER_STATE);
        evaluator = new Evaluator(new SearchService(searchers, Synonyms.fromClasspath("synonyms.txt")));
        judgments = Judgments.load();
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    @Test
    void theJudgedSetCoversEveryKindOfNeed() {
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(40);
        assertThat(judgments.stream().map(Judgments.Judgment::need).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("staff", "clerk", "developer");
        assertThat(judgments.stream().map(Judgments.Judgment::id).distinct().count()).isEqualTo(judgments.size());
    }

    @Test
    void theRankingMeetsTheTargetsAndBeatsTheNaiveBaseline() throws IOException {
        Evaluator.Metrics current = evaluator.current(judgments);
        Evaluator.Metrics baseline = evaluator.baseline(judgments);
        String table = Evaluator.Metrics.header() + "\n" + current.row() + "\n" + baseline.row();
        String misses = current.results().stream().filter(r -> r.firstRelevantRank() != 1)
                .map(r -> r.judgment().id() + " " + r.judgment().query() + " → " + r.firstRelevantRank() + " " + r.topHeadings())
                .collect(Collectors.joining("\n"));
        assertThat(current.successAt1()).as(table + "\n" + misses).isGreaterThanOrEqualTo(0.90);
        assertThat(current.mrrAt10()).as(table + "\n" + misses).isGreaterThanOrEqualTo(0.93);
        assertThat(baseline.successAt1()).as(table).isLessThan(current.successAt1());
        assertThat(baseline.mrrAt10()).as(table).isLessThan(current.mrrAt10());
    }

    @Test
    void everyDocumentNumberSpellingPutsThatDocumentFirst() throws IOException {
        for (String q : List.of("渌发改发〔2024〕6号", "渌发改发[2024]6号", "渌发改发(2024)6号", "渌发改发【2024】6号",
                "渌发改发（2024）6号")) {
            SearchService service = new SearchService(searchers, Synonyms.none());
            List<SearchService.RankedSection> top = service.rank(service.rankingQuery(q), 3);
            assertThat(top).as(q).allSatisfy(s -> assertThat(s.docNumber()).isEqualTo("渌发改发〔2024〕6号"));
        }
    }
}
