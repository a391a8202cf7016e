package com.gazettesearch.index;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.dept.DepartmentAliases;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.dept.DepartmentExtractor;
import com.gazettesearch.records.validity.Validity;
import com.gazettesearch.records.validity.ValidityExtractor;
import com.gazettesearch.schema.Schema;

/**
 * Fields that structured records add to a document's own Lucene records: its validity window
 * ({@link Schema#VALID_FROM} / {@link Schema#VALID_TO}, epoch days, on the document record and every section
 * record so search can filter and facet by status) and each section's responsible departments as
 * {@link Schema#DEPT} facet values. Computed once per document; the status itself is never stored.
 */
public final class RecordFields {
    private static final ValidityExtractor VALIDITY = new ValidityExtractor();
    private static final DepartmentExtractor DEPARTMENTS = new DepartmentExtractor(DepartmentAliases.load());

    private final Validity validity;
    private final Map<String, DepartmentAssignment> departmentsBySection = new HashMap<>();

    private RecordFields(GazetteDocument doc) {
        this.validity = VALIDITY.extract(doc);
        for (DepartmentAssignment a : DEPARTMENTS.extract(doc)) {
            departmentsBySection.put(a.sectionId(), a);
        }
    }

    /** The record fields of {@code doc}. */
    public static RecordFields of(GazetteDocument doc) {
        return new RecordFields(doc);
    }

    /** Adds the validity window and its basis to a document record. */
    public void addToDocument(Document d) {
        addWindow(d);
        if (validity.basis() != null) {
            d.add(new StoredField(Schema.VALIDITY_BASIS, validity.basis()));
        }
    }

    /** Adds the validity window and the section's departments (facet values) to a section record, before FacetsConfig.build. */
    public void addToSection(Document d, Section section) {
        addWindow(d);
        DepartmentAssignment a = departmentsBySection.get(section.id());
        if (a != null) {
            for (String name : a.all()) {
                d.add(new SortedSetDocValuesFacetField(Schema.DEPT, name));
            }
        }
    }

    private void addWindow(Document d) {
        if (validity.validFrom() != null) {
            d.add(new LongField(Schema.VALID_FROM, validity.validFrom().toEpochDay(), Field.Store.YES));
        }
        if (validity.validTo() != null) {
            d.add(new LongField(Schema.VALID_TO, validity.validTo().toEpochDay(), Field.Store.YES));
        }
    }
}
