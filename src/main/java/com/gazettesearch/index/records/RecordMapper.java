package com.gazettesearch.index.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The Lucene records of one structured record type, on one base shared by every type: the id scheme
 * ({@link #id}), the order field ({@link Schema#RECORD_ORDER}, the record's position among the document's
 * records of its type), the source fields the lookups filter and sort on (document, section, region, position
 * of the document in its file) and the stored JSON ({@link RecordJson}, the one codec). A subclass says which
 * records of a document it maps and adds only the fields its type is filtered or sorted by.
 *
 * @param <T> the extracted record type
 */
public abstract class RecordMapper<T> implements RecordDocumentSource {
    private final String type;

    /** @param type the {@link Schema#RECORD_TYPE} of the records written */
    protected RecordMapper(String type) {
        this.type = type;
    }

    /** This type's records among what was extracted from a document, in extraction order. */
    protected abstract List<T> records(DocumentRecords extracted);

    /** The section a record was read from. */
    protected abstract String sectionId(T record);

    /** Adds the fields this record type is filtered or sorted by. */
    protected abstract void addFields(Document d, T record, GazetteDocument doc);

    /** What a record's {@code q} parameter matches ({@link Schema#RECORD_TEXT}); null when the type has none. */
    protected String searchableText(T record) {
        return null;
    }

    /** The value stored as JSON and read back by the lookups; the record itself unless a type stores more. */
    protected Object stored(T record, GazetteDocument doc) {
        return record;
    }

    @Override
    public final List<Document> documentsFor(GazetteDocument doc, DocumentRecords extracted) {
        List<T> records = records(extracted);
        List<Document> out = new ArrayList<>(records.size());
        Map<String, Integer> perSection = new HashMap<>();
        for (int order = 0; order < records.size(); order++) {
            T record = records.get(order);
            String sectionId = sectionId(record);
            int inSection = perSection.merge(sectionId, 1, Integer::sum) - 1;
            Document d = new Document();
            d.add(new KeywordField(Schema.RECORD_TYPE, type, Field.Store.YES));
            d.add(new KeywordField(Schema.ID, id(type, sectionId, inSection), Field.Store.YES));
            d.add(new KeywordField(Schema.DOC_ID, doc.id(), Field.Store.YES));
            d.add(new KeywordField(Schema.SECTION_ID, sectionId, Field.Store.YES));
            addKeyword(d, Schema.REGION, doc.region());
            d.add(new IntField(Schema.ORDER_IN_SOURCE, doc.orderInSource(), Field.Store.YES));
            d.add(new IntField(Schema.RECORD_ORDER, order, Field.Store.YES));
            String text = searchableText(record);
            if (text != null) {
                d.add(new TextField(Schema.RECORD_TEXT, text, Field.Store.NO));
            }
            d.add(new StoredField(Schema.RECORD_JSON, RecordJson.write(stored(record, doc))));
            addFields(d, record, doc);
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
    protected static void addKeyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new KeywordField(field, value, Field.Store.YES));
        }
    }

    /** The non-empty values joined by spaces: the searchable text of a record made of several fields. */
    protected static String joined(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return String.join(" ", out);
    }
}
