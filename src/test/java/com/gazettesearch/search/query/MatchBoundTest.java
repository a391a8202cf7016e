package com.gazettesearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MatchBound on a real index of 100 records: "common" in every one, "some" in 30, "rare" in 3. */
class MatchBoundTest {
    static ByteBuffersDirectory dir = new ByteBuffersDirectory();
    static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 100; i++) {
                String text = "common" + (i < 30 ? " some" : "") + (i < 3 ? " rare" : "");
                Document d = new Document();
                d.add(new TextField("f", text, Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static TermQuery term(String t) {
        return new TermQuery(new Term("f", t));
    }

    private static long count(Query q) throws IOException {
        return new IndexSearcher(reader).count(q);
    }

    @Test
    void aTermIsBoundedByItsDocumentFrequency() throws IOException {
        assertThat(MatchBound.atMost(reader, term("some"), 30)).isTrue();
        assertThat(MatchBound.atMost(reader, term("some"), 29)).isFalse();
    }

    @Test
    void aPhraseByItsRarestTermAndAConjunctionByItsSmallestRequiredClause() throws IOException {
        Query phrase = new PhraseQuery("f", "common", "some");
        assertThat(MatchBound.atMost(reader, phrase, 30)).isTrue();
        Query conjunction = new BooleanQuery.Builder().add(term("common"), Occur.MUST)
                .add(term("rare"), Occur.FILTER).add(term("some"), Occur.SHOULD).build();
        assertThat(count(conjunction)).isEqualTo(3);
        assertThat(MatchBound.atMost(reader, conjunction, 3)).isTrue();
        assertThat(MatchBound.atMost(reader, conjunction, 2)).isFalse();
    }

    @Test
    void aDisjunctionByTheSumOfItsClauses() throws IOException {
        Query either = new BooleanQuery.Builder().add(term("some"), Occur.SHOULD).add(term("rare"), Occur.SHOULD).build();
        assertThat(count(either)).isEqualTo(30);
        // 30 + 3: a bound, not a count
        assertThat(MatchBound.atMost(reader, either, 33)).isTrue();
        assertThat(MatchBound.atMost(reader, either, 32)).isFalse();
        Query max = new DisjunctionMaxQuery(java.util.List.of(term("some"), new MaterializedFilter(term("rare"))), 0.1f);
        assertThat(MatchBound.atMost(reader, max, 33)).isTrue();
        assertThat(MatchBound.atMost(reader, new PreferenceQuery(max, term("common"), 2f), 32)).isFalse();
    }

    @Test
    void nothingToMatchIsBoundedByNothingAndWrappersByWhatTheyWrap() throws IOException {
        Query onlyNot = new BooleanQuery.Builder().add(term("common"), Occur.MUST_NOT).build();
        assertThat(count(onlyNot)).isZero();
        assertThat(MatchBound.atMost(reader, onlyNot, 0)).isTrue();
        assertThat(MatchBound.atMost(reader, new BooleanQuery.Builder().build(), 0)).isTrue();
        Query minimum = new BooleanQuery.Builder().add(term("some"), Occur.SHOULD).add(term("rare"), Occur.SHOULD)
                .add(term("common"), Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
        assertThat(count(minimum)).isEqualTo(30);
        // (30 + 3 + 100) / 2: each match has two of the three
        assertThat(MatchBound.atMost(reader, minimum, 66)).isTrue();
        assertThat(MatchBound.atMost(reader, minimum, 65)).isFalse();
        // beside a required clause, the SHOULD clauses that must match bound it too
        Query filteredMinimum = new BooleanQuery.Builder().add(term("common"), Occur.FILTER)
                .add(term("some"), Occur.SHOULD).add(term("rare"), Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
        assertThat(count(filteredMinimum)).isEqualTo(30);
        assertThat(MatchBound.atMost(reader, filteredMinimum, 33)).isTrue();
        assertThat(MatchBound.atMost(reader, filteredMinimum, 32)).isFalse();
        Query wrapped = new org.apache.lucene.search.ConstantScoreQuery(
                new org.apache.lucene.search.BoostQuery(term("rare"), 3f));
        assertThat(MatchBound.atMost(reader, wrapped, 3)).isTrue();
        assertThat(MatchBound.atMost(reader, wrapped, 2)).isFalse();
    }

    @Test
    void whatItCannotReadIsBoundedByTheIndexSize() throws IOException {
        Query prefix = new PrefixQuery(new Term("f", "ra"));
        assertThat(MatchBound.atMost(reader, prefix, 99)).isFalse();
        assertThat(MatchBound.atMost(reader, prefix, 100)).isTrue();
        Query filteredPrefix = new BooleanQuery.Builder().add(prefix, Occur.MUST).add(term("rare"), Occur.FILTER).build();
        assertThat(MatchBound.atMost(reader, filteredPrefix, 3)).isTrue();
    }
}
