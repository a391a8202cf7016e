package com.gazettesearch.records.dept;

import java.util.List;
import java.util.Objects;

/**
 * The departments responsible for one section's task, with canonical names. Only a list that says 牵头
 * (…牵头，… / 牵头单位：…) has a lead; in any other list every department is participating.
 *
 * @param sectionId     section whose task this is
 * @param docId         document of the section
 * @param region        region whose departments these are (names are canonical within it)
 * @param lead          lead departments (牵头), in printed order
 * @param participating participating departments (责任单位 / 按职责分工负责), in printed order, none repeated from lead
 */
public record DepartmentAssignment(String sectionId, String docId, String region, List<String> lead,
                                   List<String> participating) {
    public DepartmentAssignment {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(docId, "docId");
        lead = List.copyOf(lead);
        participating = List.copyOf(participating);
    }

    /** Lead then participating: every department named for the task. */
    public List<String> all() {
        return java.util.stream.Stream.concat(lead.stream(), participating.stream()).toList();
    }
}
