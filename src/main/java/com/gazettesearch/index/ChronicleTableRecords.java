package com.gazettesearch.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.records.chronicle.ChronicleExtractor;
import com.gazettesearch.records.chronicle.Person;
import com.gazettesearch.records.dept.DepartmentAliases;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.records.table.IndicatorTableExtractor;
import com.gazettesearch.records.table.ProjectRow;
import com.gazettesearch.records.table.ProjectTableExtractor;

/**
 * Index records for chronicle events ({@code recordType=event}), plan project rows ({@code project})
 * and indicator rows ({@code indicator}) of one document. Each record keeps the whole extracted
 * record as JSON for the lookups, plus the fields they filter and sort on. Ids derive from the
 * source section's id, so they are as stable as the sections.
 */
public final class ChronicleTableRecords implements RecordDocumentSource {
    private final ChronicleExtractor chronicles = new ChronicleExtractor();
    private final ProjectTableExtractor projects = new ProjectTableExtractor();
    private final IndicatorTableExtractor indicators = new IndicatorTableExtractor();
    private final DepartmentAliases aliases;

    /** With the department aliases shipped in the resources. */
    public ChronicleTableRecords() {
        this(DepartmentAliases.load());
    }

    /** @param aliases canonical department names, so a project is found by its department's full name too */
    public ChronicleTableRecords(DepartmentAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    public List<Document> documentsFor(GazetteDocument doc) {
        List<Document> out = new ArrayList<>();
        List<ChronicleEvent> events = chronicles.extract(doc);
        String previousSection = null;
        int inSection = 0;
        for (int i = 0; i < events.size(); i++) {
            // a section the parser left holding several entries gives each its own id
            inSection = events.get(i).sectionId().equals(previousSection) ? inSection + 1 : 0;
            previousSection = events.get(i).sectionId();
            out.add(event(doc, events.get(i), i, inSection));
        }
        List<ProjectRow> rows = projects.extract(doc).projects();
        for (int i = 0; i < rows.size(); i++) {
            out.add(project(doc, rows.get(i), i));
        }
        List<IndicatorRow> indicatorRows = indicators.extract(doc);
        for (int i = 0; i < indicatorRows.size(); i++) {
            out.add(indicator(doc, indicatorRows.get(i), i));
        }
        return out;
    }

    private static Document event(GazetteDocument doc, ChronicleEvent e, int order, int inSection) {
        Document d = base(Schema.TYPE_EVENT, doc, e.sectionId(), inSection == 0 ? "" : "#" + inSection, order, e.text());
        d.add(new LongField(Schema.DATE, e.date().toEpochDay(), Field.Store.YES));
        // a one-day event ends the day it starts, one dated to a month at its end, so "overlaps [from, to]" is one
        // pair of ranges
        d.add(new LongField(Schema.END_DATE, e.lastDay().toEpochDay(), Field.Store.NO));
        addKeyword(d, Schema.PART_OF_DAY, e.partOfDay());
        for (Person p : e.people()) {
            d.add(new KeywordField(Schema.PEOPLE, p.name(), Field.Store.NO));
        }
        d.add(new StoredField(Schema.RECORD_JSON, RecordJson.write(new StoredEvent(e, doc.title()))));
        return d;
    }

    private Document project(GazetteDocument doc, ProjectRow p, int order) {
        String searchable = String.join(" ", nonNull(p.category(), p.name(), p.content(),
                String.join(" ", p.departments())));
        Document d = base(Schema.TYPE_PROJECT, doc, p.sectionId(), "", order, searchable);
        addKeyword(d, Schema.BUILD_TYPE, p.buildType());
        // as printed and canonical: 区住建局 is found as 区住房和城乡建设局 too
        Set<String> departments = new LinkedHashSet<>();
        for (String dept : p.departments()) {
            departments.add(dept);
            departments.add(aliases.canonical(doc.region(), dept));
        }
        for (String dept : departments) {
            d.add(new KeywordField(Schema.PROJECT_DEPT, dept, Field.Store.NO));
        }
        if (!departments.isEmpty()) {
            d.add(new TextField(Schema.PROJECT_DEPT_TEXT, String.join("\n", departments), Field.Store.NO));
        }
        if (p.investment() != null) {
            d.add(new DoubleField(Schema.INVESTMENT, p.investment().doubleValue(), Field.Store.NO));
        }
        d.add(new StoredField(Schema.RECORD_JSON, RecordJson.write(p)));
        return d;
    }

    private static Document indicator(GazetteDocument doc, IndicatorRow r, int order) {
        String searchable = String.join(" ", nonNull(r.domain(), r.task(), r.group(), r.name()));
        Document d = base(Schema.TYPE_INDICATOR, doc, r.sectionId(), "", order, searchable);
        addKeyword(d, Schema.INDICATOR_STATUS, r.status());
        d.add(new StoredField(Schema.RECORD_JSON, RecordJson.write(r)));
        return d;
    }

    /** Fields every record here has; types match {@link DocumentMapper}'s for the shared names. */
    private static Document base(String type, GazetteDocument doc, String sectionId, String idSuffix, int order,
                                 String text) {
        Document d = new Document();
        d.add(new KeywordField(Schema.RECORD_TYPE, type, Field.Store.YES));
        d.add(new KeywordField(Schema.ID, type + "-" + sectionId + idSuffix, Field.Store.YES));
        d.add(new KeywordField(Schema.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new KeywordField(Schema.SECTION_ID, sectionId, Field.Store.YES));
        addKeyword(d, Schema.REGION, doc.region());
        d.add(new IntField(Schema.ORDER_IN_SOURCE, doc.orderInSource(), Field.Store.YES));
        d.add(new IntField(Schema.RECORD_ORDER, order, Field.Store.YES));
        d.add(new TextField(Schema.RECORD_TEXT, text, Field.Store.NO));
        return d;
    }

    private static void addKeyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new KeywordField(field, value, Field.Store.YES));
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
