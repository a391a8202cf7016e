package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.table.ProjectRow;
import com.gazettesearch.schema.Schema;

/**
 * {@code project} records: one per key project of a plan table, filtered by text, build type and department
 * (whole, as printed or canonical, or in part), sorted by investment.
 */
public final class ProjectRecords extends RecordMapper<DocumentRecords.Project> {
    public ProjectRecords() {
        super(Schema.TYPE_PROJECT);
    }

    @Override
    protected List<DocumentRecords.Project> records(DocumentRecords extracted) {
        return extracted.projects();
    }

    @Override
    protected String sectionId(DocumentRecords.Project project) {
        return project.row().sectionId();
    }

    @Override
    protected String searchableText(DocumentRecords.Project project) {
        ProjectRow p = project.row();
        return joined(p.category(), p.name(), p.content(), String.join(" ", p.departments()));
    }

    @Override
    protected Object stored(DocumentRecords.Project project, GazetteDocument doc) {
        return project.row();
    }

    @Override
    protected void addFields(Document d, DocumentRecords.Project project, GazetteDocument doc) {
        addKeyword(d, Schema.BUILD_TYPE, project.row().buildType());
        for (String dept : project.departmentNames()) {
            d.add(new KeywordField(Schema.PROJECT_DEPT, dept, Field.Store.NO));
        }
        if (!project.departmentNames().isEmpty()) {
            d.add(new TextField(Schema.PROJECT_DEPT_TEXT, String.join("\n", project.departmentNames()), Field.Store.NO));
        }
        if (project.row().investment() != null) {
            d.add(new DoubleField(Schema.INVESTMENT, project.row().investment().doubleValue(), Field.Store.NO));
        }
    }
}
