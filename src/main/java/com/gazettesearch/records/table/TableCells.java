package com.gazettesearch.records.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The cells of one TABLE_ROW section, read back from its {@code 列名：值} lines in column order.
 * A column name may repeat (a header cell spanning two columns), and an empty cell may be written
 * as {@code 列名：} or left out; both read the same here.
 */
final class TableCells {

    /** One cell: its column name (whitespace removed) and its cleaned value, never null. */
    record Cell(String column, String value) {
    }

    private final List<Cell> cells;

    private TableCells(List<Cell> cells) {
        this.cells = List.copyOf(cells);
    }

    static TableCells parse(String text) {
        List<Cell> cells = new ArrayList<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf('：');
            if (colon < 0) {
                colon = line.indexOf(':');
            }
            if (colon < 0) {
                // a value that ran onto the next line belongs to the cell above
                if (!cells.isEmpty() && !line.isBlank()) {
                    Cell last = cells.removeLast();
                    cells.add(new Cell(last.column(), CellText.clean(last.value() + line)));
                }
                continue;
            }
            String column = line.substring(0, colon).replaceAll("\\s+", "");
            cells.add(new Cell(column, CellText.clean(line.substring(colon + 1))));
        }
        return new TableCells(cells);
    }

    List<Cell> cells() {
        return cells;
    }

    /** The first non-empty value of a column whose name passes {@code column}, or null. */
    String value(Predicate<String> column) {
        for (Cell c : cells) {
            if (column.test(c.column()) && !c.value().isEmpty()) {
                return c.value();
            }
        }
        return null;
    }

    /**
     * Every non-empty value of the columns whose names pass {@code column}, in column order,
     * including unnamed columns right after one (a header cell spanning two columns).
     */
    List<String> values(Predicate<String> column) {
        List<String> out = new ArrayList<>();
        boolean spanning = false;
        for (Cell c : cells) {
            boolean match = column.test(c.column()) || spanning && c.column().isEmpty();
            if (match && !c.value().isEmpty()) {
                out.add(c.value());
            }
            spanning = match;
        }
        return out;
    }

    /** How many columns pass at least one of {@code columns}. */
    int countColumns(List<Predicate<String>> columns) {
        int n = 0;
        for (Predicate<String> p : columns) {
            if (cells.stream().anyMatch(c -> p.test(c.column()))) {
                n++;
            }
        }
        return n;
    }

    /** Whether any cell's value equals one of {@code words} (a 合计 / 总计 marker in whatever column). */
    boolean anyValueIs(List<String> words) {
        return cells.stream().anyMatch(c -> words.contains(c.value()));
    }
}
