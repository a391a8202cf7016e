package com.gazettesearch.records.dept;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.ParsedCorpus;
import com.gazettesearch.records.TextDocs;

/**
 * Every department name printed in the real corpus and what it becomes, as a reviewed table in test resources
 * ({@code records/departments-golden.tsv}: region, name as printed, canonical name, lists leading, lists
 * participating). A new alias, a parser change or a changed corpus shows up here as a diff; the table found is
 * written to {@code target/departments-golden.actual.tsv} for review.
 */
class DepartmentGoldenTest {
    /** Region of each corpus file (tests may name the files; the code may not). */
    private static final Map<String, String> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("shifeng-carbon-peak-plan-2024-1.txt", "株洲市石峰区");
        REGIONS.put("lukou-gazette-2024-01.txt", "株洲市渌口区");
        REGIONS.put("xiangjiang-carbon-action-plan-2023-1.md", "湖南湘江新区");
        REGIONS.put("shifeng-eco-civilization-plan-2024-7.txt", "株洲市石峰区");
        REGIONS.put("hecheng-gazette-2024-02.txt", "怀化市鹤城区");
    }

    private final DepartmentAliases aliases = DepartmentAliases.load();

    @Test
    void everyPrintedNameAndWhatItBecomes() throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (Map.Entry<String, String> file : REGIONS.entrySet()) {
            for (DepartmentList list : lists(file.getKey())) {
                list.lead().forEach(n -> counts.computeIfAbsent(file.getValue() + "\t" + n, k -> new int[2])[0]++);
                list.participating().forEach(n -> counts.computeIfAbsent(file.getValue() + "\t" + n, k -> new int[2])[1]++);
            }
        }
        List<String> actual = new ArrayList<>();
        actual.add("region\tprinted\tcanonical\tlead\tparticipating");
        counts.forEach((key, c) -> {
            String[] rn = key.split("\t");
            actual.add(rn[0] + "\t" + rn[1] + "\t" + aliases.canonical(rn[0], rn[1]) + "\t" + c[0] + "\t" + c[1]);
        });
        Path out = Path.of("target", "departments-golden.actual.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, actual, StandardCharsets.UTF_8);

        List<String> expected = TextDocs.resource("departments-golden.tsv").lines().toList();
        assertThat(actual).as("department table (actual written to %s)", out).containsExactlyElementsOf(expected);
    }

    @Test
    void listCountsPerFile() {
        assertThat(lists("shifeng-carbon-peak-plan-2024-1.txt")).hasSize(36);
        assertThat(lists("lukou-gazette-2024-01.txt")).hasSize(37);
        assertThat(lists("hecheng-gazette-2024-02.txt")).hasSize(43);
        // 湘江新区 puts its responsibilities in an appendix it does not print (任务分工表（略）)
        assertThat(lists("xiangjiang-carbon-action-plan-2023-1.md")).isEmpty();
        // 石峰 eco plan: one list per project row (25 projects; subtotal and total rows name none)
        assertThat(lists("shifeng-eco-civilization-plan-2024-7.txt")).hasSize(25);
    }

    /** The lists of one corpus file, section by section, as the parser gives the sections. */
    private static List<DepartmentList> lists(String file) {
        List<DepartmentList> out = new ArrayList<>();
        for (GazetteDocument doc : ParsedCorpus.from(file)) {
            for (Section section : doc.sections()) {
                out.addAll(DepartmentExtractor.rawLists(section));
            }
        }
        return out;
    }
}
