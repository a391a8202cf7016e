package com.gazettesearch.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gazettesearch.index.records.RecordDocumentSource;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.dept.DepartmentAliases;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.dept.DepartmentExtractor;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeExtractor;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.fee.FeeSchedule;
import com.gazettesearch.schema.Schema;

/**
 * Structured records of one document for the index: a {@code fee} record per fee item, a {@code fee_exemption}
 * record per allowance and a {@code dept_task} record per section with responsible departments. Each carries the
 * whole record as JSON ({@link Schema#RECORD_JSON}, read back by the search stage) plus the keywords it is
 * filtered by. Ids are derived from the section id and the record's position, so unchanged text keeps its ids.
 */
public final class FeeDepartmentRecordSource implements RecordDocumentSource {
    /** The JSON form of stored records; dates as ISO strings so {@code recordJson} reads like the API. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final FeeExtractor fees = new FeeExtractor();
    private final DepartmentExtractor departments = new DepartmentExtractor(DepartmentAliases.load());

    @Override
    public List<Document> documentsFor(GazetteDocument doc) {
        List<Document> out = new ArrayList<>();
        FeeSchedule schedule = fees.extract(doc);
        for (int i = 0; i < schedule.items().size(); i++) {
            FeeItem item = schedule.items().get(i);
            Document d = record(Schema.TYPE_FEE, item.sectionId() + "#fee" + i, i, doc, item);
            d.add(new KeywordField(Schema.FEE_CHARGE, item.charge(), Field.Store.YES));
            d.add(new KeywordField(Schema.FEE_CLASS, item.waterClass(), Field.Store.YES));
            if (item.area() != null) {
                d.add(new KeywordField(Schema.FEE_AREA, item.area(), Field.Store.YES));
            }
            out.add(d);
        }
        for (int i = 0; i < schedule.exemptions().size(); i++) {
            FeeExemption e = schedule.exemptions().get(i);
            Document d = record(Schema.TYPE_FEE_EXEMPTION, e.sectionId() + "#exemption" + i, i, doc, e);
            d.add(new KeywordField(Schema.FEE_CHARGE, e.charge(), Field.Store.YES));
            if (e.area() != null) {
                d.add(new KeywordField(Schema.FEE_AREA, e.area(), Field.Store.YES));
            }
            out.add(d);
        }
        List<DepartmentAssignment> tasks = departments.extract(doc);
        for (int i = 0; i < tasks.size(); i++) {
            out.add(record(Schema.TYPE_DEPT_TASK, tasks.get(i).sectionId() + "#dept", i, doc, tasks.get(i)));
        }
        return out;
    }

    /** A record of {@code type}; {@code order} is its position among the document's records of that type. */
    private static Document record(String type, String id, int order, GazetteDocument doc, Object value) {
        Document d = new Document();
        d.add(new KeywordField(Schema.RECORD_TYPE, type, Field.Store.YES));
        d.add(new KeywordField(Schema.ID, id, Field.Store.YES));
        d.add(new KeywordField(Schema.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new IntField(Schema.ORDER, order, Field.Store.YES));
        if (doc.region() != null) {
            d.add(new KeywordField(Schema.REGION, doc.region(), Field.Store.YES));
        }
        try {
            d.add(new StoredField(Schema.RECORD_JSON, JSON.writeValueAsString(value)));
        } catch (JsonProcessingException e) {
            // records of plain strings, numbers and dates always serialise: failing here is a programming error
            throw new IllegalStateException("cannot serialise " + type + " record " + id, e);
        }
        return d;
    }
}
