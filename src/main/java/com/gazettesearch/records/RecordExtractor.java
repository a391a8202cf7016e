package com.gazettesearch.records;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.chronicle.ChronicleExtractor;
import com.gazettesearch.records.dept.DepartmentAliases;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.dept.DepartmentExtractor;
import com.gazettesearch.records.fee.FeeExtractor;
import com.gazettesearch.records.table.IndicatorTableExtractor;
import com.gazettesearch.records.table.ProjectRow;
import com.gazettesearch.records.table.ProjectTableExtractor;
import com.gazettesearch.records.validity.ValidityExtractor;

/**
 * The extraction stage: every structured record of one parsed document, read once — validity, fees, chronicle
 * events, plan tables and responsible departments (see {@link DocumentRecords}). The indexer calls it once per
 * document and maps the result to Lucene records; nothing here knows Lucene.
 */
public final class RecordExtractor {
    private final ValidityExtractor validity = new ValidityExtractor();
    private final FeeExtractor fees = new FeeExtractor();
    private final ChronicleExtractor chronicles = new ChronicleExtractor();
    private final ProjectTableExtractor projects = new ProjectTableExtractor();
    private final IndicatorTableExtractor indicators = new IndicatorTableExtractor();
    private final DepartmentAliases aliases;
    private final DepartmentExtractor departments;

    /** @param aliases canonical department names per region */
    public RecordExtractor(DepartmentAliases aliases) {
        this.aliases = aliases;
        this.departments = new DepartmentExtractor(aliases);
    }

    /** With the department aliases shipped in the resources. */
    public static RecordExtractor standard() {
        return new RecordExtractor(DepartmentAliases.load());
    }

    public DocumentRecords extract(GazetteDocument doc) {
        ChronicleExtractor.Reading chronicle = chronicles.read(doc);
        Map<String, DepartmentAssignment> bySection = new LinkedHashMap<>();
        for (DepartmentAssignment a : departments.extract(doc)) {
            bySection.put(a.sectionId(), a);
        }
        List<DocumentRecords.Project> projectRecords = projects.extract(doc).projects().stream()
                .map(p -> new DocumentRecords.Project(p, findableNames(doc, p))).toList();
        return new DocumentRecords(validity.extract(doc), fees.extract(doc), chronicle.events(),
                chronicle.sectionDates(), projectRecords, indicators.extract(doc), bySection);
    }

    /** A project's departments as printed and canonical, so 区住建局 is found as 区住房和城乡建设局 too. */
    private Set<String> findableNames(GazetteDocument doc, ProjectRow p) {
        Set<String> names = new LinkedHashSet<>();
        for (String dept : p.departments()) {
            names.add(dept);
            names.add(aliases.canonical(doc.region(), dept));
        }
        return names;
    }
}
