package com.gazettesearch.search.query;

import static com.gazettesearch.testkit.SkewedTextIndex.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.testkit.SkewedTextIndex;

/**
 * {@link MaterializedFilter} matches what its filter matches, read into a bit set when the lead is costly and advanced
 * lazily when the lead is cheap, and a ranked search with it among the ranking's clauses ({@link Filtered}) matches and
 * scores as the search with the plain filter.
 */
class MaterializedFilterTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota"};
    private static SkewedTextIndex index;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = new SkewedTextIndex(11, 12_000, WORDS, 2, 20, 3, 4_000, (i, random, d) ->
                d.add(new StringField("type", i % 4 == 0 ? "record" : "section", Field.Store.NO)));
        searcher = index.searcher;
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }


    private static BooleanQuery any(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    /** Filters as the ranking builds them (a disjunction of words and phrases), and two plainer ones. */
    private static final List<Query> FILTERS = List.of(
            any(word("beta"), word("gamma"), new PhraseQuery("text", "delta", "eps"),
                    new PhraseQuery("text", "zeta", "eta"), word("iota")),
            new BooleanQuery.Builder().add(word("alpha"), Occur.FILTER)
                    .add(new TermQuery(new Term("type", "section")), Occur.FILTER).build(),
            word("theta"));

    /** A dense lead (common words, the filter is read whole) and a rare one (the filter is advanced lazily). */
    private static final List<Query> RANKINGS = List.of(
            any(word("alpha"), word("beta"), word("gamma"), word("delta")),
            new BooleanQuery.Builder().add(word("iota"), Occur.MUST).add(word("eta"), Occur.SHOULD).build(),
            any(new PhraseQuery("text", "iota", "theta"), word("iota")));


    @Test
    void aRankedSearchWithItMatchesAndScoresAsWithThePlainFilter() throws IOException {
        for (Query ranking : RANKINGS) {
            for (Query filter : FILTERS) {
                Map<Integer, Float> expected = index.everyMatch(Filtered.of(ranking, List.of(filter)));
                Map<Integer, Float> actual = index.everyMatch(Filtered.of(ranking, List.of(new MaterializedFilter(filter))));
                assertThat(expected).as("%s filtered by %s matches something", ranking, filter).isNotEmpty();
                assertThat(actual.keySet()).as("matches of %s filtered by %s", ranking, filter)
                        .isEqualTo(expected.keySet());
                actual.forEach((doc, score) -> assertThat(score).as("score of %d", doc)
                        .isCloseTo(expected.get(doc), within(1e-4f * Math.max(1f, expected.get(doc)))));
                assertThat(searcher.count(Filtered.of(ranking, List.of(new MaterializedFilter(filter)))))
                        .isEqualTo(expected.size());
            }
        }
    }

    @Test
    void readWholeForACostlyLeadAndLazilyForACheapOneWithTheSameDocuments() throws IOException {
        for (Query filter : FILTERS) {
            Query rewritten = searcher.rewrite(new MaterializedFilter(filter));
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            Weight plain = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : index.reader.leaves()) {
                Scorer whole = weight.scorerSupplier(leaf).get(Long.MAX_VALUE);
                Scorer lazy = weight.scorerSupplier(leaf).get(1);
                assertThat(whole.iterator()).as("a costly lead reads %s whole", filter).isInstanceOf(BitSetIterator.class);
                assertThat(lazy.iterator()).as("a cheap lead advances %s lazily", filter)
                        .isNotInstanceOf(BitSetIterator.class);
                List<Integer> expected = docs(plain.scorerSupplier(leaf).get(Long.MAX_VALUE));
                assertThat(expected).isNotEmpty();
                assertThat(docs(whole)).isEqualTo(expected);
                assertThat(docs(lazy)).isEqualTo(expected);
            }
        }
    }

    @Test
    void twoSearchesWithTheSameQueryReadTheFilterOnce() throws IOException {
        // as the hits pass and the counting pass of one request do, each rewriting and weighting the query itself
        MaterializedFilter query = new MaterializedFilter(FILTERS.getFirst());
        LeafReaderContext leaf = index.reader.leaves().getFirst();
        Weight hits = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Weight counts = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        BitSetIterator first = (BitSetIterator) hits.scorerSupplier(leaf).get(Long.MAX_VALUE).iterator();
        BitSetIterator second = (BitSetIterator) counts.scorerSupplier(leaf).get(Long.MAX_VALUE).iterator();
        assertThat(second.getBitSet()).isSameAs(first.getBitSet());
        assertThat(new MaterializedFilter(FILTERS.getFirst())).as("equal queries, read apart").isEqualTo(query);
        BitSetIterator another = (BitSetIterator) searcher.createWeight(
                searcher.rewrite(new MaterializedFilter(FILTERS.getFirst())), ScoreMode.COMPLETE_NO_SCORES, 1f)
                .scorerSupplier(leaf).get(Long.MAX_VALUE).iterator();
        assertThat(another.getBitSet()).isNotSameAs(first.getBitSet()).isEqualTo(first.getBitSet());
    }

    private static List<Integer> docs(Scorer scorer) throws IOException {
        List<Integer> out = new ArrayList<>();
        DocIdSetIterator it = scorer.twoPhaseIterator() != null
                ? org.apache.lucene.search.TwoPhaseIterator.asDocIdSetIterator(scorer.twoPhaseIterator())
                : scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            out.add(doc);
        }
        return out;
    }

    @Test
    void aFilterThatMatchesNothingRewritesToNothing() throws IOException {
        Query none = new MaterializedFilter(new BooleanQuery.Builder().build());
        assertThat(searcher.rewrite(none)).isInstanceOf(org.apache.lucene.search.MatchNoDocsQuery.class);
        assertThat(searcher.count(none)).isZero();
    }
}
