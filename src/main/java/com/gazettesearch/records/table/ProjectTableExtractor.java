package com.gazettesearch.records.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Reads the project rows of a plan's key-project table (重点建设项目库) from its TABLE_ROW sections.
 * A row belongs to such a table by its columns (工程项目名称, 建设类型, 投资估算 …), not by the
 * appendix title, so the same table under another title is read too.
 *
 * <p>类别 is a merged cell in the source: only the first row of a category states it, and it is
 * carried down here whether or not the parser already did. 合计/小计 and 总计 rows are returned
 * apart as {@link TableTotal}s.
 */
public final class ProjectTableExtractor {

    static final Predicate<String> CATEGORY = c -> c.equals("类别") || c.equals("项目类别") || c.equals("领域");
    static final Predicate<String> NUMBER = c -> c.equals("序号");
    static final Predicate<String> NAME = c -> c.contains("项目名称");
    static final Predicate<String> BUILD_TYPE = c -> c.contains("建设类型") || c.equals("建设性质");
    static final Predicate<String> CONTENT = c -> c.contains("建设内容") || c.contains("建设规模");
    static final Predicate<String> PERIOD = c -> c.contains("期限") || c.contains("建设年限") || c.contains("起止年限");
    static final Predicate<String> INVESTMENT = c -> c.startsWith("投资") || c.startsWith("总投资");
    static final Predicate<String> DEPARTMENTS = c -> c.startsWith("责任") || c.contains("牵头");
    private static final List<Predicate<String>> PROJECT_COLUMNS = List.of(NAME, BUILD_TYPE, CONTENT, PERIOD, INVESTMENT);

    private static final List<Predicate<String>> ANY_PROJECT_COLUMN = List.of(NUMBER, NAME, BUILD_TYPE, CONTENT,
            PERIOD, INVESTMENT, DEPARTMENTS);

    private static final List<String> SUBTOTAL = List.of("合计", "小计");
    private static final List<String> TOTAL = List.of("总计");

    private static final Pattern AMOUNT = Pattern.compile("^(\\d+(?:\\.\\d+)?)(?:[（(](.*)[）)])?$");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*年?\\s*(?:[-—–~～至到]+\\s*(\\d{4}))?");

    /** Whether a TABLE_ROW section's cells are those of a project table. */
    static boolean isProjectRow(TableCells cells) {
        return cells.countColumns(PROJECT_COLUMNS) >= 3;
    }

    /** The project table of {@code doc}; {@link ProjectTable#EMPTY} when it has none. */
    public ProjectTable extract(GazetteDocument doc) {
        List<ProjectRow> projects = new ArrayList<>();
        List<TableTotal> subtotals = new ArrayList<>();
        TableTotal total = null;
        String category = null;
        String categorySinceSubtotal = null;
        boolean inTable = false;
        for (Section section : doc.sections()) {
            if (section.type() != SectionType.TABLE_ROW) {
                inTable = false;
                continue;
            }
            TableCells cells = TableCells.parse(section.text());
            // a total row or the second half of a broken row may fill too few cells to be recognised
            // alone; right after project rows, any project column will do
            boolean belongs = isProjectRow(cells) || inTable && cells.countColumns(ANY_PROJECT_COLUMN) > 0;
            inTable = belongs;
            if (!belongs) {
                continue;
            }
            if (cells.anyValueIs(TOTAL)) {
                total = new TableTotal(null, statedSum(cells), section.id());
                continue;
            }
            if (cells.anyValueIs(SUBTOTAL)) {
                subtotals.add(new TableTotal(categorySinceSubtotal, statedSum(cells), section.id()));
                categorySinceSubtotal = null;
                continue;
            }
            if (cells.value(NAME) == null && integer(cells.value(NUMBER)) == null && !projects.isEmpty()) {
                // a row the page break cut in two: its second half carries no name or number
                projects.add(continued(projects.removeLast(), cells));
                continue;
            }
            String stated = CellText.orNull(cells.value(CATEGORY));
            if (stated != null) {
                category = stated;
            }
            categorySinceSubtotal = category;
            projects.add(project(cells, category, doc.id(), section.id()));
        }
        if (projects.isEmpty()) {
            return ProjectTable.EMPTY;
        }
        return new ProjectTable(projects, subtotals, total);
    }

    private static ProjectRow continued(ProjectRow p, TableCells cells) {
        String more = CellText.orNull(cells.value(CONTENT));
        String content = more == null ? p.content() : p.content() == null ? more : p.content() + more;
        List<String> departments = new ArrayList<>(p.departments());
        DepartmentCell.split(cells.value(DEPARTMENTS)).stream().filter(d -> !departments.contains(d))
                .forEach(departments::add);
        return new ProjectRow(p.category(), p.number(), p.name(), p.buildType(), content, p.startYear(), p.endYear(),
                p.investment(), p.investmentNote(), departments, p.docId(), p.sectionId());
    }

    private static ProjectRow project(TableCells cells, String category, String docId, String sectionId) {
        String name = cells.value(NAME);
        if (name == null) {
            // a numbered row without a name is still a row of the table; keep what it has
            name = "";
        }
        Integer number = integer(cells.value(NUMBER));
        Integer start = null;
        Integer end = null;
        String period = cells.value(PERIOD);
        if (period != null) {
            Matcher m = YEARS.matcher(period);
            if (m.find()) {
                start = Integer.valueOf(m.group(1));
                end = m.group(2) != null ? Integer.valueOf(m.group(2)) : start;
            }
        }
        BigDecimal investment = null;
        String note = null;
        String cell = amountText(cells.value(INVESTMENT));
        if (cell != null) {
            Matcher m = AMOUNT.matcher(cell);
            if (m.matches()) {
                investment = new BigDecimal(m.group(1));
                note = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2);
            } else {
                note = cell;
            }
        }
        return new ProjectRow(category, number, name, CellText.orNull(cells.value(BUILD_TYPE)),
                CellText.orNull(cells.value(CONTENT)), start, end, investment, note,
                DepartmentCell.split(cells.value(DEPARTMENTS)), docId, sectionId);
    }

    /**
     * The sum a 合计/总计 row states: its investment cell, or else the one number in the row. The
     * 总计 row of the Shifeng plan has its number one column to the left (under 实施期限).
     */
    private static BigDecimal statedSum(TableCells cells) {
        String inv = amountText(cells.value(INVESTMENT));
        if (inv != null && AMOUNT.matcher(inv).matches()) {
            Matcher m = AMOUNT.matcher(inv);
            m.matches();
            return new BigDecimal(m.group(1));
        }
        for (TableCells.Cell c : cells.cells()) {
            String v = amountText(c.value());
            if (v != null && v.matches("\\d+(?:\\.\\d+)?")) {
                return new BigDecimal(v);
            }
        }
        return null;
    }

    /** A cell as an amount: thousands separators dropped (1,200), null for a placeholder. */
    private static String amountText(String cell) {
        String v = CellText.orNull(cell);
        return v == null ? null : v.replaceAll("(?<=\\d)[,，](?=\\d{3}(?!\\d))", "");
    }

    private static Integer integer(String s) {
        return s != null && s.matches("\\d{1,4}") ? Integer.valueOf(s) : null;
    }
}
