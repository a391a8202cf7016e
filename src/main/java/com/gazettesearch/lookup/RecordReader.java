package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import com.gazettesearch.schema.RecordJson;
import com.gazettesearch.schema.Schema;

/**
 * Reads structured records of one type back from the index: every record matching exact keyword filters,
 * decoded from its stored JSON, in extraction order (document id, then position in the document).
 */
final class RecordReader {
    private RecordReader() {
    }

    /** A keyword filter: {@code field} must equal {@code value}; a null or blank value filters nothing. */
    record Filter(String field, String value) {
    }

    static <T> List<T> read(IndexSearcher s, String recordType, Class<T> type, Filter... filters) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(KeywordField.newExactQuery(Schema.RECORD_TYPE, recordType), Occur.FILTER);
        for (Filter f : filters) {
            if (f.value() != null && !f.value().isBlank()) {
                b.add(KeywordField.newExactQuery(f.field(), f.value()), Occur.FILTER);
            }
        }
        Query q = b.build();
        int n = Math.max(1, s.count(q));
        StoredFields stored = s.storedFields();
        List<Stored> found = new ArrayList<>(n);
        for (ScoreDoc hit : s.search(q, n).scoreDocs) {
            Document d = stored.document(hit.doc);
            found.add(new Stored(d.get(Schema.DOC_ID), d.getField(Schema.RECORD_ORDER).numericValue().intValue(),
                    d.get(Schema.RECORD_JSON)));
        }
        found.sort(Comparator.comparing(Stored::docId).thenComparingInt(Stored::order));
        List<T> out = new ArrayList<>(found.size());
        for (Stored st : found) {
            out.add(RecordJson.read(st.json(), type));
        }
        return out;
    }

    private record Stored(String docId, int order, String json) {
    }
}
