package com.gazettesearch.records.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The key-project table of one document: its projects in table order, and the subtotal and total
 * rows that the source prints under them.
 *
 * @param projects  project rows in table order
 * @param subtotals 合计/小计 rows in table order
 * @param total     the 总计 row, or null when the table has none
 */
public record ProjectTable(List<ProjectRow> projects, List<TableTotal> subtotals, TableTotal total) {
    public ProjectTable {
        projects = List.copyOf(projects);
        subtotals = List.copyOf(subtotals);
    }

    public static final ProjectTable EMPTY = new ProjectTable(List.of(), List.of(), null);

    /** The sum of the projects' numeric investments in 万元. */
    public BigDecimal totalInvestment() {
        return projects.stream().map(ProjectRow::investment).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
