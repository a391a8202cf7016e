package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import com.gazettesearch.schema.Schema;

/**
 * Query pieces every lookup and the search share: the query for one record type (built once per type), exact
 * keyword filters, "every word occurs" text filters, the values a record type has, and extraction order.
 */
public final class RecordQueries {
    private static final QueryBuilder BIGRAMS = new QueryBuilder(Schema.bigramAnalyzer());

    private static final Map<String, Query> BY_TYPE = Stream.of(Schema.TYPE_DOCUMENT, Schema.TYPE_SECTION,
                    Schema.TYPE_FEE, Schema.TYPE_FEE_EXEMPTION, Schema.TYPE_DEPT_TASK, Schema.TYPE_EVENT,
                    Schema.TYPE_PROJECT, Schema.TYPE_INDICATOR)
            .collect(Collectors.toUnmodifiableMap(t -> t, t -> new TermQuery(new Term(Schema.RECORD_TYPE, t))));

    /** Extraction order: source file, document in the file, record in the document, then id for a total order. */
    private static final SortField[] EXTRACTION_ORDER = {
            KeywordField.newSortField(Schema.SOURCE_FILE, false, SortedSetSelector.Type.MIN),
            IntField.newSortField(Schema.ORDER_IN_SOURCE, false, SortedNumericSelector.Type.MIN),
            IntField.newSortField(Schema.RECORD_ORDER, false, SortedNumericSelector.Type.MIN),
            KeywordField.newSortField(Schema.ID, false, SortedSetSelector.Type.MIN)};

    private RecordQueries() {
    }

    /** A keyword filter: {@code field} must equal {@code value}; a null or blank value filters nothing. */
    public record Filter(String field, String value) {
    }

    /** Every record of {@code type}. */
    public static Query ofType(String type) {
        Query q = BY_TYPE.get(type);
        return q != null ? q : new TermQuery(new Term(Schema.RECORD_TYPE, type));
    }

    /** Records of {@code type} that pass every keyword filter. */
    public static Query ofType(String type, Filter... filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(ofType(type), Occur.FILTER);
        for (Filter f : filters) {
            if (f.value() != null && !f.value().isBlank()) {
                b.add(new TermQuery(new Term(f.field(), f.value())), Occur.FILTER);
            }
        }
        return b.build();
    }

    /** Records of {@code type} whose {@code field} is exactly {@code value} (one id; a document's sections). */
    public static Query byValue(String type, String field, String value) {
        return new BooleanQuery.Builder().add(ofType(type), Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), Occur.FILTER).build();
    }

    /** Records in the order they were extracted, after the given sort fields. */
    public static Sort inExtractionOrder(SortField... first) {
        SortField[] fields = new SortField[first.length + EXTRACTION_ORDER.length];
        System.arraycopy(first, 0, fields, 0, first.length);
        System.arraycopy(EXTRACTION_ORDER, 0, fields, first.length, EXTRACTION_ORDER.length);
        return new Sort(fields);
    }

    /**
     * Every whitespace-separated word of {@code q} must occur in {@code field} as written: a phrase
     * over CJK bigrams is a substring match (住建局 finds 区住建局). Returns null when {@code q} has no
     * searchable word.
     */
    public static Query contains(String field, String q) {
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
    public static TreeSet<String> values(IndexSearcher searcher, String field, String type) throws IOException {
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
            if (searcher.count(byValue(type, field, value)) > 0) {
                out.add(value);
            }
        }
        return out;
    }
}
