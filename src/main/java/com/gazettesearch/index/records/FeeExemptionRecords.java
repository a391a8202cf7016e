package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.schema.Schema;

/** {@code fee_exemption} records: one per free allowance of a fee notice, filtered by charge and area. */
public final class FeeExemptionRecords extends RecordMapper<FeeExemption> {
    public FeeExemptionRecords() {
        super(Schema.TYPE_FEE_EXEMPTION);
    }

    @Override
    protected List<FeeExemption> records(DocumentRecords extracted) {
        return extracted.fees().exemptions();
    }

    @Override
    protected String sectionId(FeeExemption exemption) {
        return exemption.sectionId();
    }

    @Override
    protected void addFields(Document d, FeeExemption exemption, GazetteDocument doc) {
        addKeyword(d, Schema.FEE_CHARGE, exemption.charge());
        addKeyword(d, Schema.FEE_AREA, exemption.area());
    }
}
