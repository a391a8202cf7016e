package com.gazettesearch.records.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Reads the indicator rows of a plan's indicator table (指标体系及现状达标情况一览表) from its
 * TABLE_ROW sections, recognised by their columns (指标名称, 指标值, 指标属性, 达标情况 …).
 *
 * <p>The source table merges cells down: 领域 and 任务 are printed once for their rows, and an
 * indicator with sub-indicators prints its 序号, group name, unit and attribute once, on its first
 * row. Here they are carried down: 任务 within its 领域 (the reference indicators have none), the
 * indicator's number, group, unit and attribute to its sub-indicator rows. When a page break cuts
 * a group name ("生态系统保护" / "修复"), the fragment on the next page completes the group.
 */
public final class IndicatorTableExtractor {

    static final Predicate<String> DOMAIN = c -> c.equals("领域");
    static final Predicate<String> TASK = c -> c.equals("任务");
    static final Predicate<String> NUMBER = c -> c.equals("序号");
    static final Predicate<String> NAME = c -> c.contains("指标名称");
    static final Predicate<String> UNIT = c -> c.equals("单位");
    static final Predicate<String> TARGET = c -> c.equals("指标值") || c.equals("目标值");
    static final Predicate<String> ATTRIBUTE = c -> c.contains("属性");
    static final Predicate<String> VALUE_2023 = c -> c.contains("现状值") || c.contains("2023") && !c.contains("达标");
    static final Predicate<String> STATUS = c -> c.contains("达标");
    static final Predicate<String> TARGET_2027 = c -> c.contains("2027");
    static final Predicate<String> TARGET_2030 = c -> c.contains("2030");
    private static final List<Predicate<String>> INDICATOR_COLUMNS = List.of(NAME, TARGET, ATTRIBUTE, STATUS, TARGET_2030);

    /** Whether a TABLE_ROW section's cells are those of an indicator table. */
    static boolean isIndicatorRow(TableCells cells) {
        return cells.countColumns(INDICATOR_COLUMNS) >= 3;
    }

    /** The indicators of {@code doc} in table order; empty when it has no indicator table. */
    public List<IndicatorRow> extract(GazetteDocument doc) {
        List<Builder> rows = new ArrayList<>();
        String domain = null;
        String task = null;
        String staleTask = null;
        Indicator current = null;
        for (Section section : doc.sections()) {
            if (section.type() != SectionType.TABLE_ROW) {
                continue;
            }
            TableCells cells = TableCells.parse(section.text());
            if (!isIndicatorRow(cells) || isRepeatedHeader(cells)) {
                continue;
            }
            List<String> names = cells.values(NAME);
            if (names.isEmpty()) {
                continue;
            }
            String rowDomain = cells.value(DOMAIN);
            String rowTask = CellText.orNull(cells.value(TASK));
            if (rowTask != null && rowTask.equals(staleTask)) {
                rowTask = null;
            }
            if (rowDomain != null && !rowDomain.equals(domain)) {
                // a new 领域 starts its own 任务s; the previous one's, if carried down, is not one of them
                if (rowTask != null && rowTask.equals(task)) {
                    staleTask = rowTask;
                    rowTask = null;
                } else {
                    staleTask = null;
                }
                task = rowTask;
                domain = rowDomain;
            } else if (rowTask != null) {
                task = rowTask;
            }
            String unit = CellText.orNull(cells.value(UNIT));
            String attribute = CellText.orNull(cells.value(ATTRIBUTE));
            Integer number = integer(cells.value(NUMBER));
            String name = names.getLast();
            if (number != null || current == null) {
                current = new Indicator(number, names.size() > 1 ? names.getFirst() : null, unit, attribute);
            } else {
                if (names.size() > 1) {
                    current.continueGroup(names.getFirst());
                }
                // merged cells: a sub-indicator row leaves them empty
                unit = unit != null || "-".equals(cells.value(UNIT)) ? unit : current.unit;
                attribute = attribute != null ? attribute : current.attribute;
            }
            rows.add(new Builder(domain, task, current, name, unit, CellText.orNull(cells.value(TARGET)), attribute,
                    CellText.orNull(cells.value(VALUE_2023)), CellText.orNull(cells.value(STATUS)),
                    CellText.orNull(cells.value(TARGET_2027)), CellText.orNull(cells.value(TARGET_2030)),
                    doc.id(), section.id()));
        }
        return rows.stream().map(Builder::build).toList();
    }

    /** A header line repeated after a page break, if the parser kept it as a row. */
    private static boolean isRepeatedHeader(TableCells cells) {
        long echoes = cells.cells().stream().filter(c -> !c.value().isEmpty() && c.column().equals(c.value())).count();
        return echoes >= 2 || "指标名称".equals(cells.value(NAME));
    }

    private static Integer integer(String s) {
        return s != null && s.matches("\\d{1,3}") ? Integer.valueOf(s) : null;
    }

    /** The indicator a run of rows belongs to; its group name may still grow after a page break. */
    private static final class Indicator {
        final Integer number;
        String group;
        final String unit;
        final String attribute;

        Indicator(Integer number, String group, String unit, String attribute) {
            this.number = number;
            this.group = group;
            this.unit = unit;
            this.attribute = attribute;
        }

        void continueGroup(String fragment) {
            if (group == null) {
                group = fragment;
            } else if (!group.endsWith(fragment)) {
                group = group + fragment;
            }
        }
    }

    private record Builder(String domain, String task, Indicator indicator, String name, String unit, String target,
                           String attribute, String value2023, String status, String target2027, String target2030,
                           String docId, String sectionId) {
        IndicatorRow build() {
            return new IndicatorRow(domain, task, indicator.number, indicator.group, name, unit, target, attribute,
                    value2023, status, target2027, target2030, docId, sectionId);
        }
    }
}
