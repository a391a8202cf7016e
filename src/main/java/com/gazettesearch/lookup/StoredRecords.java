package com.gazettesearch.lookup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

import com.gazettesearch.schema.RecordJson;
import com.gazettesearch.schema.Schema;

/**
 * The one reader of stored records: every record matching a query (counted first, then fetched in one pass),
 * the structured records decoded from their stored JSON ({@link RecordJson}, the codec the indexer wrote them
 * with), and the stored values every record type shares.
 */
public final class StoredRecords {
    private static final Set<String> JSON_ONLY = Set.of(Schema.RECORD_JSON);

    private StoredRecords() {
    }

    /**
     * Every record matching {@code q}, in {@code sort} order (null: index order), with the stored {@code fields}
     * (null: all of them).
     */
    public static List<Document> all(IndexSearcher s, Query q, Sort sort, Set<String> fields) throws IOException {
        int n = s.count(q);
        if (n == 0) {
            return List.of();
        }
        ScoreDoc[] hits = sort == null ? s.search(q, n).scoreDocs : s.search(q, n, sort).scoreDocs;
        StoredFields stored = s.storedFields();
        List<Document> out = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            out.add(fields == null ? stored.document(hit.doc) : stored.document(hit.doc, fields));
        }
        return out;
    }

    /** The first record matching {@code q}, with all its stored fields. */
    public static Optional<Document> first(IndexSearcher s, Query q) throws IOException {
        ScoreDoc[] hits = s.search(q, 1).scoreDocs;
        return hits.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(hits[0].doc));
    }

    /** Every structured record matching {@code q}, decoded, in {@code sort} order. */
    public static <T> List<T> decoded(IndexSearcher s, Query q, Sort sort, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        for (Document d : all(s, q, sort, JSON_ONLY)) {
            out.add(RecordJson.read(d.get(Schema.RECORD_JSON), type));
        }
        return List.copyOf(out);
    }

    /** The structured records of {@code hits} from index {@code from} on, decoded, in hit order. */
    public static <T> List<T> decoded(IndexSearcher s, ScoreDoc[] hits, int from, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int i = from; i < hits.length; i++) {
            out.add(RecordJson.read(stored.document(hits[i].doc, JSON_ONLY).get(Schema.RECORD_JSON), type));
        }
        return List.copyOf(out);
    }

    /** A stored epoch-day field as a date, or null when the record has none. */
    public static LocalDate epochDay(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    /** A stored int field every record of its type has. */
    public static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        if (f == null) {
            throw new IllegalStateException("record " + d.get(Schema.ID) + " has no stored " + field);
        }
        return f.numericValue().intValue();
    }
}
