package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns tab-separated table lines into row texts of {@code 列名：值} pairs, one per line. Header lines (with a
 * 序号 column) set the column names, a following sub-header (现状值/达标情况) refines them; grouping columns left
 * of 序号 (领域, 任务, 类别) are merged cells, carried down from the previous row when empty.
 */
final class TableRowFormatter {
    private static final String SEQUENCE = "序号";

    private String[] header;
    private String[] names;
    private int sequenceColumn = -1;
    private boolean subHeaderPossible;
    private String[] carried = new String[0];

    /** Starts a new table (a new appendix): nothing carries over from the previous one. */
    void reset() {
        header = null;
        names = null;
        sequenceColumn = -1;
        subHeaderPossible = false;
        carried = new String[0];
    }

    /** True when the line is a header line; such lines only name columns and produce no row. */
    boolean accept(String line) {
        String[] cells = cells(line);
        int seq = indexOf(cells, SEQUENCE);
        if (seq >= 0) {
            header = cells;
            sequenceColumn = seq;
            names = names(cells, new String[0]);
            subHeaderPossible = true;
            return true;
        }
        if (subHeaderPossible) {
            subHeaderPossible = false;
            if (subHeader(cells)) {
                names = names(header, cells);
                return true;
            }
        }
        return false;
    }

    /** The row text of a data line (call after {@link #accept} returned false). */
    String row(String line) {
        String[] cells = cells(line);
        if (carried.length < cells.length) {
            carried = Arrays.copyOf(carried, cells.length);
        }
        for (int i = 0; i < Math.min(sequenceColumn, cells.length); i++) {
            if (cells[i].isEmpty() && carried[i] != null) {
                cells[i] = carried[i];
            } else {
                carried[i] = cells[i];
            }
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].isEmpty()) {
                continue;
            }
            String name = names != null && i < names.length ? names[i] : "列" + (i + 1);
            // Two printed columns under one merged header cell (指标名称 over group and sub-indicator) give
            // two pairs of that name: joined with a space they could not be told apart from a wrapped cell.
            pairs.add(name + "：" + cells[i]);
        }
        return String.join("\n", pairs);
    }

    private boolean subHeader(String[] cells) {
        if (sequenceColumn < cells.length && !cells[sequenceColumn].isEmpty()) {
            return false;
        }
        int filled = 0;
        for (String c : cells) {
            if (!c.isEmpty()) {
                filled++;
                if (c.length() > 8 || c.chars().anyMatch(Character::isDigit)) {
                    return false;
                }
            }
        }
        return filled > 0 && filled <= 4;
    }

    /** Column names: the header cell (or the merged cell to its left) followed by the sub-header cell. */
    private static String[] names(String[] top, String[] sub) {
        int width = Math.max(top.length, sub.length);
        String[] result = new String[width];
        String inherited = "";
        for (int i = 0; i < width; i++) {
            String t = i < top.length ? top[i] : "";
            if (!t.isEmpty()) {
                inherited = t;
            }
            String s = i < sub.length ? sub[i] : "";
            String name = (inherited + s).replaceAll("[\\s\\u3000]+", "");
            result[i] = name.isEmpty() ? "列" + (i + 1) : name;
        }
        return result;
    }

    private static int indexOf(String[] cells, String value) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].replaceAll("[\\s\\u3000]+", "").equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] cells(String line) {
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }
}
