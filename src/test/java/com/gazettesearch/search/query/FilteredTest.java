package com.gazettesearch.search.query;

import static com.gazettesearch.testkit.SkewedTextIndex.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.testkit.SkewedTextIndex;

/**
 * {@link Filtered} matches and scores as the query wrapped with its filters ({@code +query #filter…}), for every shape
 * of query the search builds or could: disjunctions with and without a minimum, conjunctions, prohibitions, leaves.
 */
class FilteredTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"};
    private static SkewedTextIndex index;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = new SkewedTextIndex(7, 12_000, WORDS, 2, 20, 3, 5_000, (i, random, d) -> {
            d.add(new StringField("type", i % 5 == 0 ? "record" : "section", Field.Store.NO));
            d.add(new StringField("region", "r" + random.nextInt(4), Field.Store.NO));
        });
        searcher = index.searcher;
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }


    private static BooleanQuery should(int minShouldMatch, Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minShouldMatch);
        for (Query q : clauses) {
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    private static final List<Query> FILTERS = List.of(new TermQuery(new Term("type", "section")),
            should(0, new TermQuery(new Term("region", "r1")), new TermQuery(new Term("region", "r2"))));

    private static final List<Query> SHAPES = List.of(
            should(0, word("beta"), word("zeta"), word("theta"), new PhraseQuery("text", "gamma", "delta")),
            should(2, word("beta"), word("zeta"), word("theta"), word("eta")),
            new BooleanQuery.Builder().add(should(0, word("delta"), word("eps")), Occur.MUST)
                    .add(word("zeta"), Occur.FILTER).build(),
            new BooleanQuery.Builder().add(word("gamma"), Occur.MUST).add(word("eta"), Occur.SHOULD)
                    .add(word("alpha"), Occur.MUST_NOT).build(),
            new BooleanQuery.Builder().add(word("eps"), Occur.SHOULD).add(word("theta"), Occur.SHOULD)
                    .add(word("alpha"), Occur.MUST_NOT).build(),
            new BooleanQuery.Builder().add(word("eps"), Occur.FILTER).add(word("zeta"), Occur.SHOULD).build(),
            new BooleanQuery.Builder().add(word("eps"), Occur.MUST_NOT).build(),
            word("theta"));

    private static Query wrapped(Query scored, List<Query> filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(scored, Occur.MUST);
        filters.forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }


    @Test
    void matchesAndScoresAsTheWrappedQuery() throws IOException {
        for (Query shape : SHAPES) {
            Map<Integer, Float> expected = index.everyMatch(wrapped(shape, FILTERS));
            Map<Integer, Float> flat = index.everyMatch(Filtered.of(shape, FILTERS));
            assertThat(flat.keySet()).as("matches of %s", shape).isEqualTo(expected.keySet());
            flat.forEach((doc, score) -> assertThat(score).as("score of %d for %s", doc, shape)
                    .isCloseTo(expected.get(doc), within(1e-4f * Math.max(1f, expected.get(doc)))));
        }
    }

    @Test
    void topHitsWithSkippingAreThoseOfScoringEveryMatch() throws IOException {
        for (Query shape : SHAPES) {
            Query flat = Filtered.of(shape, FILTERS);
            TopDocs skipping = searcher.search(flat, new TopScoreDocCollectorManager(10, 10));
            TopDocs exhaustive = searcher.search(wrapped(shape, FILTERS),
                    new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
            assertThat(scores(skipping)).as("top scores of %s", shape).containsExactly(scores(exhaustive));
        }
    }

    private static float[] scores(TopDocs top) {
        float[] out = new float[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            // rounded: the flat form may sum a document's clauses in another order
            out[i] = Math.round(top.scoreDocs[i].score * 1e4f) / 1e4f;
        }
        return out;
    }

    @Test
    void noFiltersLeavesTheQueryAsItIs() {
        Query q = should(0, word("beta"), word("zeta"));
        assertThat(Filtered.of(q, List.of())).isSameAs(q);
    }

    @Test
    void theFiltersJoinTheDisjunctionsClauses() {
        Query flat = Filtered.of(should(0, word("beta"), word("zeta")), FILTERS);
        assertThat(flat).isInstanceOf(BooleanQuery.class);
        BooleanQuery bq = (BooleanQuery) flat;
        assertThat(bq.getClauses(Occur.SHOULD)).hasSize(2);
        assertThat(bq.getClauses(Occur.FILTER)).hasSize(2);
        assertThat(bq.getClauses(Occur.MUST)).isEmpty();
        assertThat(bq.getMinimumNumberShouldMatch()).isEqualTo(1);
    }
}
