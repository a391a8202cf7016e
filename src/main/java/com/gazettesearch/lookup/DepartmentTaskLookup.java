package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.List;

import com.gazettesearch.lookup.RecordQueries.Filter;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.dept.DepartmentCount;
import com.gazettesearch.schema.Schema;

/** Responsible departments read back from the index ({@code dept_task} records) and their task counts. */
public final class DepartmentTaskLookup {
    private final Searchers searchers;

    public DepartmentTaskLookup(Searchers searchers) {
        this.searchers = searchers;
    }

    /** The task assignments of {@code region} (null or blank: every region). */
    public List<DepartmentAssignment> assignments(String region) throws IOException {
        return searchers.withSearcher(s -> StoredRecords.decoded(s,
                RecordQueries.ofType(Schema.TYPE_DEPT_TASK, new Filter(Schema.REGION, region)),
                RecordQueries.inExtractionOrder(), DepartmentAssignment.class));
    }

    /** Departments of {@code region} (null or blank: every region) with lead and participating task counts, most tasks first. */
    public List<DepartmentCount> counts(String region) throws IOException {
        return DepartmentCount.of(assignments(region));
    }
}
