package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import com.gazettesearch.schema.RecordJson;
import com.gazettesearch.schema.Schema;

/** Query pieces shared by the structured-record lookups (events, projects, indicators). */
final class RecordQueries {
    private static final QueryBuilder BIGRAMS = new QueryBuilder(Schema.bigramAnalyzer());

    private RecordQueries() {
    }

    static Query recordType(String type) {
        return new TermQuery(new Term(Schema.RECORD_TYPE, type));
    }

    /**
     * Every whitespace-separated word of {@code q} must occur in {@code field} as written: a phrase
     * over CJK bigrams is a substring match (住建局 finds 区住建局). Returns null when {@code q} has no
     * searchable word.
     */
    static Query contains(String field, String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : q.strip().split("\\s+")) {
            Query phrase = BIGRAMS.createPhraseQuery(field, word);
            if (phrase != null) {
                all.add(phrase, Occur.FILTER);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** Values of a keyword field that some live record of {@code type} has, in sorted order. */
    static TreeSet<String> values(IndexSearcher searcher, String field, String type) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        IndexReader reader = searcher.getIndexReader();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return out;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            String value = term.utf8ToString();
            // a deleted record can leave its term behind until segments merge
            Query live = new BooleanQuery.Builder().add(recordType(type), Occur.FILTER)
                    .add(new TermQuery(new Term(field, value)), Occur.FILTER).build();
            if (searcher.count(live) > 0) {
                out.add(value);
            }
        }
        return out;
    }

    /** The stored records of {@code hits}, in hit order. */
    static <T> List<T> read(IndexSearcher searcher, ScoreDoc[] hits, int from, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = from; i < hits.length; i++) {
            String json = stored.document(hits[i].doc, java.util.Set.of(Schema.RECORD_JSON)).get(Schema.RECORD_JSON);
            out.add(RecordJson.read(json, type));
        }
        return out;
    }
}
