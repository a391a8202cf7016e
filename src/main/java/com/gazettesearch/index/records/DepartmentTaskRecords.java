package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.schema.Schema;

/** {@code dept_task} records: the lead and participating departments of one section's task, by region. */
public final class DepartmentTaskRecords extends RecordMapper<DepartmentAssignment> {
    public DepartmentTaskRecords() {
        super(Schema.TYPE_DEPT_TASK);
    }

    @Override
    protected List<DepartmentAssignment> records(DocumentRecords extracted) {
        return List.copyOf(extracted.departments().values());
    }

    @Override
    protected String sectionId(DepartmentAssignment assignment) {
        return assignment.sectionId();
    }

    @Override
    protected void addFields(Document d, DepartmentAssignment assignment, GazetteDocument doc) {
        // filtered by region only, which every record has
    }
}
