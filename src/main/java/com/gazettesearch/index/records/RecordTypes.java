package com.gazettesearch.index.records;

import static com.gazettesearch.index.records.RecordMapper.addKeyword;
import static com.gazettesearch.index.records.RecordMapper.joined;

import java.util.List;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;

import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.records.chronicle.Person;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.schema.StoredEvent;

/**
 * The structured record types the application indexes, each on the one {@link RecordMapper} base, with the
 * fields it is filtered or sorted by.
 */
public final class RecordTypes {
    private RecordTypes() {
    }

    /** {@code fee}: one per price line of a fee notice, filtered by charge, area and use class. */
    static final RecordMapper<FeeItem> FEE_ITEMS = RecordMapper.of(Schema.TYPE_FEE,
                    (DocumentRecords r) -> r.fees().items(), FeeItem::sectionId)
            .withFields((d, item, doc) -> {
                addKeyword(d, Schema.FEE_CHARGE, item.charge());
                addKeyword(d, Schema.FEE_CLASS, item.waterClass());
                addKeyword(d, Schema.FEE_AREA, item.area());
            });

    /** {@code fee_exemption}: one per free allowance of a fee notice, filtered by charge and area. */
    static final RecordMapper<FeeExemption> FEE_EXEMPTIONS = RecordMapper.of(Schema.TYPE_FEE_EXEMPTION,
                    (DocumentRecords r) -> r.fees().exemptions(), FeeExemption::sectionId)
            .withFields((d, exemption, doc) -> {
                addKeyword(d, Schema.FEE_CHARGE, exemption.charge());
                addKeyword(d, Schema.FEE_AREA, exemption.area());
            });

    /** {@code dept_task}: the lead and participating departments of one section's task (filtered by region). */
    static final RecordMapper<DepartmentAssignment> DEPARTMENT_TASKS = RecordMapper.of(Schema.TYPE_DEPT_TASK,
            (DocumentRecords r) -> List.copyOf(r.departments().values()), DepartmentAssignment::sectionId);

    /**
     * {@code event}: one per dated chronicle entry, filtered by the period it overlaps, its text and the people it
     * names, sorted by date; stored with its chronicle's title.
     */
    static final RecordMapper<ChronicleEvent> EVENTS = RecordMapper.of(Schema.TYPE_EVENT,
                    DocumentRecords::events, ChronicleEvent::sectionId)
            .searchable(ChronicleEvent::text)
            .storing((e, doc) -> new StoredEvent(e, doc.title()))
            .withFields((d, e, doc) -> {
                d.add(new LongField(Schema.DATE, e.date().toEpochDay(), Field.Store.YES));
                // a one-day event ends the day it starts, one dated to a month at its end, so "overlaps [from, to]"
                // is one pair of ranges
                d.add(new LongField(Schema.END_DATE, e.lastDay().toEpochDay(), Field.Store.NO));
                addKeyword(d, Schema.PART_OF_DAY, e.partOfDay());
                for (Person p : e.people()) {
                    d.add(new KeywordField(Schema.PEOPLE, p.name(), Field.Store.NO));
                }
            });

    /**
     * {@code project}: one per key project of a plan table, filtered by text, build type and department (whole,
     * as printed or canonical, or in part), sorted by investment; stored as the table row.
     */
    static final RecordMapper<DocumentRecords.Project> PROJECTS = RecordMapper.of(Schema.TYPE_PROJECT,
                    DocumentRecords::projects, (DocumentRecords.Project p) -> p.row().sectionId())
            .searchable(p -> joined(p.row().category(), p.row().name(), p.row().content(),
                    String.join(" ", p.row().departments())))
            .storing((p, doc) -> p.row())
            .withFields((d, p, doc) -> {
                addKeyword(d, Schema.BUILD_TYPE, p.row().buildType());
                for (String dept : p.departmentNames()) {
                    d.add(new KeywordField(Schema.PROJECT_DEPT, dept, Field.Store.NO));
                }
                if (!p.departmentNames().isEmpty()) {
                    d.add(new TextField(Schema.PROJECT_DEPT_TEXT, String.join("\n", p.departmentNames()),
                            Field.Store.NO));
                }
                if (p.row().investment() != null) {
                    d.add(new DoubleField(Schema.INVESTMENT, p.row().investment().doubleValue(), Field.Store.NO));
                }
            });

    /** {@code indicator}: one per indicator row of a plan table, filtered by text and 达标情况. */
    static final RecordMapper<IndicatorRow> INDICATORS = RecordMapper.of(Schema.TYPE_INDICATOR,
                    DocumentRecords::indicators, IndicatorRow::sectionId)
            .searchable(r -> joined(r.domain(), r.task(), r.group(), r.name()))
            .withFields((d, r, doc) -> addKeyword(d, Schema.INDICATOR_STATUS, r.status()));

    /** Every structured record type, one line each. */
    public static List<RecordDocumentSource> all() {
        return List.of(FEE_ITEMS, FEE_EXEMPTIONS, DEPARTMENT_TASKS, EVENTS, PROJECTS, INDICATORS);
    }
}
