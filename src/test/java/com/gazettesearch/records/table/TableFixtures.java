package com.gazettesearch.records.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Turns the tab-separated appendix tables of a plan into TABLE_ROW sections shaped like the
 * parser's ({@code 列名：值} lines, column names without whitespace, 类别/领域/任务 carried down,
 * repeated page headers dropped, empty cells left out), so the table extractors can be tested on
 * the real corpus text without the parse stage.
 */
final class TableFixtures {
    private static final Set<String> CARRIED = Set.of("类别", "领域", "任务");

    private TableFixtures() {
    }

    static GazetteDocument document(Path file, String docId) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Section> sections = new ArrayList<>();
        String appendix = null;
        String[] columns = null;
        String[] carried = null;
        boolean afterHeader = false;
        for (String line : lines) {
            if (!line.contains("\t")) {
                if (line.matches("^附件\\s*\\d+\\s*\\S.*")) {
                    appendix = line.strip();
                    columns = null;
                }
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].strip().equals("领域") || cells[0].strip().equals("类别")) {
                columns = header(cells);
                carried = new String[columns.length];
                afterHeader = true;
                continue;
            }
            if (afterHeader && cells[0].isBlank() && cells[1].isBlank() && cells[2].isBlank()) {
                columns = secondHeaderLine(columns, cells);
                afterHeader = false;
                continue;
            }
            afterHeader = false;
            if (columns == null) {
                continue; // tab-separated table of contents, not an appendix table
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                String value = i < cells.length ? cells[i].strip() : "";
                if (CARRIED.contains(columns[i])) {
                    if (value.isEmpty()) {
                        value = carried[i] == null ? "" : carried[i];
                    } else {
                        carried[i] = value;
                    }
                }
                if (!value.isEmpty()) {
                    text.append(columns[i]).append('：').append(value).append('\n');
                }
            }
            sections.add(new Section(docId + "-t" + sections.size(), docId, List.of(appendix), null,
                    SectionType.TABLE_ROW, text.toString().strip(), sections.size()));
        }
        return new GazetteDocument(docId, file.getFileName().toString(), "规划", null, null, null, "株洲市石峰区",
                null, "规划", null, 0, sections);
    }

    private static String[] header(String[] cells) {
        String[] names = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].replaceAll("\\s+", "");
            // an empty header cell is the right half of the cell before it
            names[i] = name.isEmpty() && i > 0 ? names[i - 1] : name;
        }
        return names;
    }

    private static String[] secondHeaderLine(String[] columns, String[] cells) {
        String[] names = Arrays.copyOf(columns, columns.length);
        for (int i = 0; i < Math.min(cells.length, names.length); i++) {
            String below = cells[i].replaceAll("\\s+", "");
            if (!below.isEmpty()) {
                names[i] = names[i] + below;
            }
        }
        return names;
    }
}
