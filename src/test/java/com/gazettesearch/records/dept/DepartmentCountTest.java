package com.gazettesearch.records.dept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepartmentCountTest {
    @Test
    void countsLeadAndParticipatingPerRegionSortedByTotal() {
        List<DepartmentAssignment> assignments = List.of(
                new DepartmentAssignment("s1", "d", "A区", List.of("发改局"), List.of("财政局", "住建局")),
                new DepartmentAssignment("s2", "d", "A区", List.of("住建局"), List.of("发改局")),
                new DepartmentAssignment("s3", "d", "A区", List.of(), List.of("发改局")),
                new DepartmentAssignment("s4", "e", "B区", List.of(), List.of("发改局")));

        assertThat(DepartmentCount.of(assignments))
                .extracting(DepartmentCount::region, DepartmentCount::name, DepartmentCount::lead, DepartmentCount::participating)
                .containsExactly(
                        tuple("A区", "发改局", 1, 2),
                        tuple("A区", "住建局", 1, 1),
                        tuple("A区", "财政局", 0, 1),
                        tuple("B区", "发改局", 0, 1));
    }
}
