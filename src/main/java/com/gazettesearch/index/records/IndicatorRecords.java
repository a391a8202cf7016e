package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.schema.Schema;

/** {@code indicator} records: one per indicator row of a plan table, filtered by text and 达标情况. */
public final class IndicatorRecords extends RecordMapper<IndicatorRow> {
    public IndicatorRecords() {
        super(Schema.TYPE_INDICATOR);
    }

    @Override
    protected List<IndicatorRow> records(DocumentRecords extracted) {
        return extracted.indicators();
    }

    @Override
    protected String sectionId(IndicatorRow row) {
        return row.sectionId();
    }

    @Override
    protected String searchableText(IndicatorRow row) {
        return joined(row.domain(), row.task(), row.group(), row.name());
    }

    @Override
    protected void addFields(Document d, IndicatorRow row, GazetteDocument doc) {
        addKeyword(d, Schema.INDICATOR_STATUS, row.status());
    }
}
