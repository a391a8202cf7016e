package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.schema.Schema;

/** {@code fee} records: one per price line of a fee notice, filtered by charge, area and use class. */
public final class FeeItemRecords extends RecordMapper<FeeItem> {
    public FeeItemRecords() {
        super(Schema.TYPE_FEE);
    }

    @Override
    protected List<FeeItem> records(DocumentRecords extracted) {
        return extracted.fees().items();
    }

    @Override
    protected String sectionId(FeeItem item) {
        return item.sectionId();
    }

    @Override
    protected void addFields(Document d, FeeItem item, GazetteDocument doc) {
        addKeyword(d, Schema.FEE_CHARGE, item.charge());
        addKeyword(d, Schema.FEE_CLASS, item.waterClass());
        addKeyword(d, Schema.FEE_AREA, item.area());
    }
}
