package com.gazettesearch.records.dept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

class DepartmentExtractorTest {
    private final DepartmentExtractor extractor = new DepartmentExtractor(DepartmentAliases.load());

    private static GazetteDocument doc(String region, String text) {
        return TextDocs.fromParagraphs(new Meta("d", "某方案", region, LocalDate.of(2024, 1, 1), null, "实施方案"), text);
    }

    @Test
    void leadBefore牵头AndTheRestParticipating() {
        DepartmentList list = DepartmentListParser.parseList(
                "区科技和工业信息化局、经开区产业发展局牵头，区发展和改革局、高新区田心片区管委会、清水塘投资集团按职责分工负责");

        assertThat(list.lead()).containsExactly("区科技和工业信息化局", "经开区产业发展局");
        assertThat(list.participating()).containsExactly("区发展和改革局", "高新区田心片区管委会", "清水塘投资集团");
    }

    @Test
    void labelledLeadAndResponsibleUnits() {
        DepartmentList list = DepartmentListParser.parseList(
                "牵头单位：区发改局、区生态环境分局，责任单位：区委宣传部、区住建局、各镇");

        assertThat(list.lead()).containsExactly("区发改局", "区生态环境分局");
        assertThat(list.participating()).containsExactly("区委宣传部", "区住建局", "各镇");
    }

    @Test
    void leadWith由AndSupportWith配合() {
        DepartmentList list = DepartmentListParser.parseList("由县发改局牵头，县财政局、县统计局配合");

        assertThat(list.lead()).containsExactly("县发改局");
        assertThat(list.participating()).containsExactly("县财政局", "县统计局");
    }

    @Test
    void withoutLeadMarkEveryoneParticipates() {
        DepartmentList list = DepartmentListParser.parseList("区自然资源局、区林业局、区农业农村局按职责分工负责");

        assertThat(list.lead()).isEmpty();
        assertThat(list.participating()).containsExactly("区自然资源局", "区林业局", "区农业农村局");
        // a stray 、 before 按职责分工负责 (渌口 prints one) leaves no empty name
        assertThat(DepartmentListParser.parseList("区供销社、按职责分工负责").participating()).containsExactly("区供销社");
    }

    @Test
    void listsBrokenAcrossPagesWithHalfWidthBrackets() {
        String text = "到2025年，建筑垃圾资源化综合利用率达到50%以上。\n\n(区工业和信息化局、区发展和改革委员会、\n\n"
                + "区住房和城乡建设局、鹤城高新区管委会按职责分工负责)";

        List<DepartmentAssignment> got = extractor.extract(TextDocs.document(
                new Meta("hc", "碳达峰实施方案", "怀化市鹤城区", null, null, null),
                List.of(new Section("hc-1", "hc", List.of(), null, SectionType.ITEM, text, 0))));

        assertThat(got).singleElement().satisfies(a -> {
            assertThat(a.sectionId()).isEqualTo("hc-1");
            assertThat(a.lead()).isEmpty();
            // 区发展和改革委员会 is 区发展和改革局 in 鹤城, which prints both
            assertThat(a.participating())
                    .containsExactly("区工业和信息化局", "区发展和改革局", "区住房和城乡建设局", "鹤城高新区管委会");
        });
    }

    @Test
    void unknownNamesPassThroughAndOtherBracketsAreIgnored() {
        List<DepartmentAssignment> got = extractor.extract(doc("某省某县", TextDocs.resource("dept-lists-unknown-names.txt")));

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of("县水务局"), List.of("县乡村振兴服务中心", "县卫生健康局", "各乡镇人民政府")),
                tuple(List.of("县数据资源局"), List.of("县水务局", "县城投公司", "县融媒体中心")),
                tuple(List.of(), List.of("县节约用水办公室", "县教育局", "团县委", "各社区（村）")));
    }

    @Test
    void abbreviationsBecomeTheFullNameAndALeadIsNotAlsoParticipating() {
        List<DepartmentAssignment> got = extractor.extract(doc("株洲市渌口区",
                "推进公共机构节能。（牵头单位：区发改局，责任单位：区科工信局、区市场监管局、区机关事务中心）"
                        + "（区发展和改革局、区住建局按职责分工负责）"));

        assertThat(got).singleElement().satisfies(a -> {
            assertThat(a.region()).isEqualTo("株洲市渌口区");
            assertThat(a.lead()).containsExactly("区发展和改革局");
            assertThat(a.participating())
                    .containsExactly("区科技和工业信息化局", "区市场监督管理局", "区机关事务中心", "区住房和城乡建设局");
        });
    }

    @Test
    void projectTableResponsibilityColumn() {
        Section row = new Section("t-22", "eco", List.of("附件2 石峰区创建生态文明建设示范区重点建设项目库"), null,
                SectionType.TABLE_ROW, "类别：生态文化\n序号：22\n工程项目名称：石峰区生态文明教育体系建设工程\n"
                        + "投资估算(万元)：500\n责任部门：区委组织部 区教育局 各镇（街道）", 22);
        Section total = new Section("t-tot", "eco", List.of("附件2"), null, SectionType.TABLE_ROW,
                "类别：总计\n投资估算(万元)：——\n责任部门：", 30);
        Section industry = new Section("t-16", "eco", List.of("附件2"), null, SectionType.TABLE_ROW,
                "类别：生态经济\n序号：16\n责任部门：区工信局", 16);

        List<DepartmentAssignment> got = extractor.extract(TextDocs.document(
                new Meta("eco", "石峰区生态文明建设示范区规划（2024-2030年）", "株洲市石峰区", null, null, "规划"),
                List.of(row, total, industry)));

        assertThat(got).extracting(DepartmentAssignment::sectionId, DepartmentAssignment::participating).containsExactly(
                tuple("t-22", List.of("区委组织部", "区教育局", "各镇（街道）")),
                // 石峰 has one merged science-and-industry bureau, so its 区工信局 is that bureau
                tuple("t-16", List.of("区科技和工业信息化局")));
    }

    @Test
    void anUnclosedBracketDoesNotHideLaterLists() {
        String text = "（一）加强组织领导（见附件" + "。".repeat(5) + "推进工作。".repeat(200)
                + "（区委组织部、区发改局按职责分工负责）";

        assertThat(DepartmentListParser.parseText(text)).singleElement()
                .satisfies(l -> assertThat(l.participating()).containsExactly("区委组织部", "区发改局"));
    }

    @Test
    void regionRuleWinsOverTheAnyRegionRule() throws Exception {
        DepartmentAliases aliases = DepartmentAliases.load();

        assertThat(aliases.canonical("怀化市鹤城区", "区工信局")).isEqualTo("区工业和信息化局");
        assertThat(aliases.canonical("株洲市石峰区", "区工信局")).isEqualTo("区科技和工业信息化局");
        assertThat(aliases.canonical(null, "区住建局")).isEqualTo("区住房和城乡建设局");
        assertThat(aliases.canonical("株洲市石峰区", "不存在的局")).isEqualTo("不存在的局");
    }

    @Test
    void aBadAliasLineIsReportedWithItsNumber() {
        byte[] bad = "# header\n*\t区发改局\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DepartmentAliases.parse(new ByteArrayInputStream(bad), "aliases.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aliases.tsv:2");
        byte[] conflict = "*\t区发改局\t区发展和改革局\n*\t区发改局\t区发改委\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DepartmentAliases.parse(new ByteArrayInputStream(conflict), "aliases.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aliases.tsv:2");
    }
}
