package com.gazettesearch.search.query;

import static com.gazettesearch.testkit.SkewedTextIndex.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.testkit.SkewedTextIndex;

/**
 * {@link PreferenceQuery} scores exactly as the function query it replaces, and its top-k results with block-max
 * skipping are those of scoring every match.
 */
class PreferenceQueryTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu"};
    private static SkewedTextIndex index;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        // enough documents for several postings blocks of 128 and several segments
        index = new SkewedTextIndex(42, 20_000, WORDS, 3, 30, 4, 6_000,
                (i, random, d) -> d.add(new StringField("region", "r" + random.nextInt(7), Field.Store.NO)));
        searcher = index.searcher;
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Query words(String... words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : words) {
            b.add(word(word), Occur.SHOULD);
        }
        return b.build();
    }

    private static final Query RANKED = words("alpha", "gamma", "theta", "kappa", "mu");
    private static final Query REGION = new TermQuery(new Term("region", "r3"));
    private static final Query PHRASE = new PhraseQuery("text", "theta", "kappa");

    @Test
    void scoresEveryMatchAsTheFunctionQueryDoes() throws IOException {
        Query ours = new PreferenceQuery(new PreferenceQuery(RANKED, REGION, 1.5f), PHRASE, 0.8f);
        Query theirs = FunctionScoreQuery.boostByQuery(FunctionScoreQuery.boostByQuery(RANKED, REGION, 1.5f), PHRASE, 0.8f);
        ScoreDoc[] a = all(ours);
        ScoreDoc[] b = all(theirs);
        assertThat(a).hasSameSizeAs(b).hasSizeGreaterThan(10_000);
        Arrays.sort(a, (x, y) -> Integer.compare(x.doc, y.doc));
        Arrays.sort(b, (x, y) -> Integer.compare(x.doc, y.doc));
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i].doc).isEqualTo(b[i].doc);
            assertThat(a[i].score).as("doc %d", a[i].doc).isEqualTo(b[i].score);
        }
        assertThat(searcher.explain(ours, a[0].doc).getValue().floatValue()).isEqualTo(a[0].score);
    }

    @Test
    void topHitsWithSkippingAreTheTopHitsOfScoringEveryMatch() throws IOException {
        for (float factor : new float[] {0.5f, 1.2f, 3f}) {
            Query q = new PreferenceQuery(new PreferenceQuery(RANKED, REGION, factor), PHRASE, 2f);
            TopDocs skipping = searcher.search(q, new TopScoreDocCollectorManager(10, 10));
            TopDocs complete = searcher.search(q, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
            assertThat(skipping.totalHits.relation()).as("skipping happened")
                    .isEqualTo(org.apache.lucene.search.TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            assertThat(Arrays.stream(skipping.scoreDocs).mapToInt(sd -> sd.doc).toArray())
                    .as("factor %s", factor)
                    .containsExactly(Arrays.stream(complete.scoreDocs).mapToInt(sd -> sd.doc).toArray());
        }
    }

    @Test
    void collectsTheScoresItsScorerGivesDocumentByDocument() throws IOException {
        // searcher.search goes through the bulk scorer of the ranked query (its scores multiplied as collected);
        // a Scorer, as a clause of another query would get, must give each document the same score
        Query q = new PreferenceQuery(new PreferenceQuery(RANKED, REGION, 1.5f), PHRASE, 0.8f);
        Map<Integer, Float> collected = new HashMap<>();
        for (ScoreDoc sd : all(q)) {
            collected.put(sd.doc, sd.score);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f);
        int seen = 0;
        for (LeafReaderContext leaf : index.reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            for (int doc = scorer.iterator().nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.iterator().nextDoc()) {
                assertThat(scorer.score()).as("doc %d", leaf.docBase + doc).isEqualTo(collected.get(leaf.docBase + doc));
                seen++;
            }
        }
        assertThat(seen).isEqualTo(collected.size());
    }

    @Test
    void asAClauseScoresAsOnItsOwn() throws IOException {
        // inside a conjunction the preference is scored by its Scorer, not its bulk scorer
        Query preferred = new PreferenceQuery(RANKED, REGION, 2f);
        Query filtered = new BooleanQuery.Builder().add(preferred, Occur.MUST)
                .add(word("beta"), Occur.FILTER).build();
        Map<Integer, Float> alone = new HashMap<>();
        for (ScoreDoc sd : all(preferred)) {
            alone.put(sd.doc, sd.score);
        }
        ScoreDoc[] inConjunction = all(filtered);
        assertThat(inConjunction).isNotEmpty();
        for (ScoreDoc sd : inConjunction) {
            assertThat(sd.score).as("doc %d", sd.doc).isEqualTo(alone.get(sd.doc));
        }
    }

    @Test
    void matchesWhatTheRankedQueryMatches() throws IOException {
        assertThat(searcher.count(new PreferenceQuery(RANKED, REGION, 2f))).isEqualTo(searcher.count(RANKED));
    }

    @Test
    void rejectsAFactorThatIsNoFactor() {
        assertThatThrownBy(() -> new PreferenceQuery(RANKED, REGION, 0f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreferenceQuery(RANKED, REGION, Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ScoreDoc[] all(Query q) throws IOException {
        return searcher.search(q, new TopScoreDocCollectorManager(index.reader.maxDoc(), Integer.MAX_VALUE)).scoreDocs;
    }
}
