package com.gazettesearch.records.dept;

import java.util.List;

/**
 * One responsibility list as printed, before names are made canonical.
 *
 * @param lead          names marked 牵头
 * @param participating the other names
 * @param source        the list's text as printed (whitespace removed), for review
 */
public record DepartmentList(List<String> lead, List<String> participating, String source) {
    public DepartmentList {
        lead = List.copyOf(lead);
        participating = List.copyOf(participating);
    }
}
