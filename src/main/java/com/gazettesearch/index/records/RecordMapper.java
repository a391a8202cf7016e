package com.gazettesearch.index.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.schema.RecordJson;
import com.gazettesearch.schema.Schema;

/**
 * The Lucene records of one structured record type, all written the same way: the id scheme ({@link #id}), the
 * order field ({@link Schema#RECORD_ORDER}, the record's position among the document's records of its type), the
 * source fields the lookups filter and sort on (document, section, region, position of the document in its file),
 * the searchable text ({@link Schema#RECORD_TEXT}) and the stored JSON ({@link RecordJson}, the one codec). A type
 * says which records of a document it maps and adds only the fields it is filtered or sorted by;
 * {@link RecordTypes} defines the application's types.
 *
 * @param <T> the extracted record type
 */
public final class RecordMapper<T> implements RecordDocumentSource {
    /** Adds the fields one record type is filtered or sorted by. */
    @FunctionalInterface
    public interface Fields<T> {
        void add(Document d, T record, GazetteDocument doc);
    }

    private final String type;
    private final Function<DocumentRecords, List<T>> records;
    private final Function<T, String> sectionId;
    private final Function<T, String> text;
    private final BiFunction<T, GazetteDocument, Object> stored;
    private final Fields<T> fields;

    private RecordMapper(String type, Function<DocumentRecords, List<T>> records, Function<T, String> sectionId,
                         Function<T, String> text, BiFunction<T, GazetteDocument, Object> stored, Fields<T> fields) {
        this.type = Objects.requireNonNull(type, "type");
        this.records = records;
        this.sectionId = sectionId;
        this.text = text;
        this.stored = stored;
        this.fields = fields;
    }

    /**
     * Records of {@code type}: {@code records} picks them from what was extracted from a document (in extraction
     * order), {@code sectionId} names the section each was read from. Without more they have no searchable text,
     * store the record itself and add no fields of their own.
     */
    public static <T> RecordMapper<T> of(String type, Function<DocumentRecords, List<T>> records,
                                         Function<T, String> sectionId) {
        return new RecordMapper<>(type, records, sectionId, r -> null, (r, doc) -> r, (d, r, doc) -> {
        });
    }

    /** The same type, matched by a record's {@code q} parameter on {@code text} (null: nothing). */
    public RecordMapper<T> searchable(Function<T, String> searchText) {
        return new RecordMapper<>(type, records, sectionId, searchText, stored, fields);
    }

    /** The same type, storing {@code value} of each record rather than the record itself. */
    public RecordMapper<T> storing(BiFunction<T, GazetteDocument, Object> value) {
        return new RecordMapper<>(type, records, sectionId, text, value, fields);
    }

    /** The same type, with the fields it is filtered or sorted by. */
    public RecordMapper<T> withFields(Fields<T> own) {
        return new RecordMapper<>(type, records, sectionId, text, stored, own);
    }

    @Override
    public List<Document> documentsFor(GazetteDocument doc, DocumentRecords extracted) {
        List<T> all = records.apply(extracted);
        List<Document> out = new ArrayList<>(all.size());
        Map<String, Integer> perSection = new HashMap<>();
        for (int order = 0; order < all.size(); order++) {
            T record = all.get(order);
            String section = sectionId.apply(record);
            int inSection = perSection.merge(section, 1, Integer::sum) - 1;
            Document d = new Document();
            d.add(new KeywordField(Schema.RECORD_TYPE, type, Field.Store.YES));
            d.add(new KeywordField(Schema.ID, id(type, section, inSection), Field.Store.YES));
            d.add(new KeywordField(Schema.DOC_ID, doc.id(), Field.Store.YES));
            d.add(new KeywordField(Schema.SECTION_ID, section, Field.Store.YES));
            addKeyword(d, Schema.REGION, doc.region());
            d.add(new IntField(Schema.ORDER_IN_SOURCE, doc.orderInSource(), Field.Store.YES));
            d.add(new IntField(Schema.RECORD_ORDER, order, Field.Store.YES));
            String searchable = text.apply(record);
            if (searchable != null) {
                d.add(new TextField(Schema.RECORD_TEXT, searchable, Field.Store.NO));
            }
            d.add(new StoredField(Schema.RECORD_JSON, RecordJson.write(stored.apply(record, doc))));
            fields.add(d, record, doc);
            out.add(d);
        }
        return out;
    }

    /**
     * The one id scheme of structured records: the type and the section the record was read from, and for a
     * section that yields several records of one type (a price line with two classes) their position among
     * them. As stable as the section ids, so re-indexing unchanged text rewrites the same ids.
     */
    static String id(String type, String sectionId, int inSection) {
        return type + "-" + sectionId + (inSection == 0 ? "" : "#" + inSection);
    }

    /** A stored keyword, left out when the value is unknown. */
    static void addKeyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new KeywordField(field, value, Field.Store.YES));
        }
    }

    /** The non-empty values joined by spaces: the searchable text of a record made of several fields. */
    static String joined(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return String.join(" ", out);
    }
}
