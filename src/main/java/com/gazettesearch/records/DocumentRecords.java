package com.gazettesearch.records;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.gazettesearch.model.Section;
import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.fee.FeeSchedule;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.records.table.ProjectRow;
import com.gazettesearch.records.validity.Validity;

/**
 * Everything {@link RecordExtractor} read from one document: its validity window, fee items and exemptions,
 * chronicle events (and the date of each event section), plan projects and indicators, and the responsible
 * departments of each section. Plain values, no Lucene: the indexer maps them to fields.
 *
 * @param validity    the validity window the text states
 * @param fees        fee items and exemptions (empty unless a fee notice)
 * @param events      chronicle events in chronicle order
 * @param eventDates  the date of the event each event section belongs to, by section id
 * @param projects    key projects of the plan tables in table order, each with the names it is found by
 * @param indicators  indicator rows in table order
 * @param departments the responsible departments of each section that names some, by section id in section order
 */
public record DocumentRecords(Validity validity, FeeSchedule fees, List<ChronicleEvent> events,
                              Map<String, LocalDate> eventDates, List<Project> projects, List<IndicatorRow> indicators,
                              Map<String, DepartmentAssignment> departments) {

    /**
     * A project row and the department names it is found by: as printed and canonical (区住建局 is found as
     * 区住房和城乡建设局 too).
     */
    public record Project(ProjectRow row, Set<String> departmentNames) {
        public Project {
            departmentNames = Collections.unmodifiableSet(new LinkedHashSet<>(departmentNames));
        }
    }

    public DocumentRecords {
        events = List.copyOf(events);
        eventDates = Collections.unmodifiableMap(new LinkedHashMap<>(eventDates));
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
    }

    /** The date a section is about: its event's date for a chronicle's event section, else {@code documentDate}. */
    public LocalDate dateOf(Section section, LocalDate documentDate) {
        return eventDates.getOrDefault(section.id(), documentDate);
    }

    /** The responsible departments named in {@code section}, if it names any. */
    public Optional<DepartmentAssignment> departmentsOf(Section section) {
        return Optional.ofNullable(departments.get(section.id()));
    }
}
