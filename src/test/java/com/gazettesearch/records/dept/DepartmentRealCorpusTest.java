package com.gazettesearch.records.dept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.ParsedCorpus;

/** Department assignments of real parsed sections, exact. */
class DepartmentRealCorpusTest {
    private final DepartmentExtractor extractor = new DepartmentExtractor(DepartmentAliases.load());

    @Test
    void assignmentsPerDocument() {
        assertThat(ParsedCorpus.documents())
                .extracting(GazetteDocument::title, d -> extractor.extract(d).size())
                .contains(
                        tuple("株洲市石峰区碳达峰实施方案", 36),
                        tuple("株洲市渌口区碳达峰实施方案", 37),
                        tuple("怀化市鹤城区碳达峰实施方案", 43),
                        tuple("石峰区生态文明建设示范区规划（2024-2030年）", 25),
                        tuple("湖南湘江新区推进碳达峰碳中和三年行动工作方案及责任分工（2023-2025）", 0),
                        tuple("株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）", 0));
    }

    @Test
    void labelledListInLukou() {
        DepartmentAssignment a = assignmentContaining(ParsedCorpus.byTitle("株洲市渌口区碳达峰实施方案"),
                "牵头单位：区发改局、区生态环境分局，责任单位：区委宣传部");

        assertThat(a.region()).isEqualTo("株洲市渌口区");
        assertThat(a.lead()).containsExactly("区发展和改革局", "区生态环境分局");
        assertThat(a.participating()).containsExactly("区委宣传部", "区住房和城乡建设局", "区交通运输局",
                "区文化旅游广电体育局", "区机关事务中心", "各镇");
    }

    @Test
    void leadListBrokenAcrossAPageInShifeng() {
        // printed "（生态环境石峰分局牵头，区政府金" / page break / "融办、区发展和改革局按职责分工负责）"
        DepartmentAssignment a = assignmentContaining(ParsedCorpus.byTitle("株洲市石峰区碳达峰实施方案"),
                "深化气候投融资国际合作");

        assertThat(a.lead()).containsExactly("生态环境石峰分局");
        assertThat(a.participating()).containsExactly("区政府金融办", "区发展和改革局");
    }

    @Test
    void projectTableRowInTheEcoPlan() {
        GazetteDocument eco = ParsedCorpus.byTitle("石峰区生态文明建设示范区规划");
        DepartmentAssignment a = assignmentContaining(eco, "石峰区生态文化主题活动项目");

        assertThat(a.lead()).isEmpty();
        assertThat(a.participating()).containsExactly("区委宣传部", "生态环境石峰分局", "区自然资源局", "区农业农村局",
                "区发展和改革局", "区教育局");
    }

    @Test
    void hechengListThatRepeatsANameAcrossAPage() {
        // "区住房和城乡建设局、" / page break / "建设局、…": the repeated tail is not a department of its own
        DepartmentAssignment a = assignmentContaining(ParsedCorpus.byTitle("怀化市鹤城区碳达峰实施方案"),
                "每万人口有效发明专利拥有量达3.2件");

        assertThat(a.participating()).containsExactly("区科技局", "区工业和信息化局", "区交通运输局", "区住房和城乡建设局",
                "区发展和改革局", "鹤城高新区管委会");
    }

    private DepartmentAssignment assignmentContaining(GazetteDocument doc, String text) {
        List<String> ids = doc.sections().stream().filter(s -> s.text().contains(text)).map(Section::id).toList();
        assertThat(ids).as("sections containing %s", text).hasSize(1);
        return extractor.extract(doc).stream().filter(a -> a.sectionId().equals(ids.getFirst())).findFirst()
                .orElseThrow(() -> new AssertionError("no assignment for the section containing " + text));
    }
}
