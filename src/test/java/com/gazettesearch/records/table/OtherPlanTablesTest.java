package com.gazettesearch.records.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Made-up plan tables in other shapes than the Shifeng plan's: other column names (项目名称,
 * 建设性质, 建设年限, 总投资, 责任单位), empty cells written out, an unnamed spanning column, a
 * repeated header, a row broken by a page, thousands separators, a subtotal with few cells.
 */
class OtherPlanTablesTest {

    @Test
    void projectTableWithOtherColumnNames() {
        GazetteDocument doc = doc(
                "项目类别：节能降碳\n序号：1\n项目名称：城区公共建筑节能改造\n建设性质：新建\n建设内容：改造公共建筑10 万平方米\n"
                        + "建设年限：2025年\n总投资（万元）：1,200\n责任单位：县发改局、县住建局",
                "项目类别：\n序号：2\n项目名称：工业园区屋顶光伏\n建设性质：续建\n建设内容：园区屋顶光伏一期\n"
                        + "建设年限：2025—2026年\n总投资（万元）：待定\n责任单位：县工信局县财政局",
                "建设内容：及配套储能\n责任单位：县供电公司",
                "序号：小计\n总投资（万元）：1200",
                "项目类别：生态修复\n序号：3\n项目名称：河道生态修复\n建设性质：新建\n建设内容：修复河道5公里\n"
                        + "建设年限：2025-2027年\n总投资（万元）：800.5\n责任单位：县水利局",
                "项目类别：总计\n总投资（万元）：2000.5");
        ProjectTable table = new ProjectTableExtractor().extract(doc);
        assertThat(table.projects()).extracting(ProjectRow::number, ProjectRow::name, ProjectRow::category,
                ProjectRow::buildType, ProjectRow::startYear, ProjectRow::endYear).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "城区公共建筑节能改造", "节能降碳", "新建", 2025, 2025),
                        org.assertj.core.groups.Tuple.tuple(2, "工业园区屋顶光伏", "节能降碳", "续建", 2025, 2026),
                        org.assertj.core.groups.Tuple.tuple(3, "河道生态修复", "生态修复", "新建", 2025, 2027));
        ProjectRow first = table.projects().get(0);
        assertThat(first.investment()).isEqualByComparingTo("1200");
        assertThat(first.content()).isEqualTo("改造公共建筑10万平方米");
        assertThat(first.departments()).containsExactly("县发改局", "县住建局");
        ProjectRow second = table.projects().get(1);
        assertThat(second.investment()).isNull();
        assertThat(second.investmentNote()).isEqualTo("待定");
        assertThat(second.content()).isEqualTo("园区屋顶光伏一期及配套储能");
        assertThat(second.departments()).containsExactly("县工信局", "县财政局", "县供电公司");
        assertThat(table.subtotals()).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo("节能降碳");
            assertThat(s.amount()).isEqualByComparingTo("1200");
        });
        assertThat(table.total().amount()).isEqualByComparingTo("2000.5");
        assertThat(table.totalInvestment()).isEqualByComparingTo("2000.5");
    }

    @Test
    void indicatorTableWithUnnamedSpanningColumnAndRepeatedHeader() {
        GazetteDocument doc = doc(
                "领域：领域\n任务：任务\n序号：序号\n指标名称：指标名称\n单位：单位\n指标值：指标值\n指标属性：指标属性\n"
                        + "现状值：现状值\n达标情况：达标情况\n2030年目标：2030年目标",
                "领域：生态空间\n任务：（一）空间格局优化\n序号：1\n指标名称：生态保护红线\n：面积\n单位：平方公里\n"
                        + "指标值：不减少\n指标属性：约束性\n现状值：12.5\n达标情况：达标\n2030年目标：12.5",
                "领域：\n任务：\n序号：\n指标名称：\n：性质\n单位：-\n指标值：不改变\n指标属性：\n现状值：未改变\n"
                        + "达标情况：达标\n2030年目标：不改变",
                "领域：生态生活\n任务：\n序号：2\n指标名称：城镇新建绿色建筑比例\n：\n单位：%\n指标值：≥ 70\n"
                        + "指标属性：参考性\n现状值：65\n达标情况：未达标\n2030年目标：100");
        List<IndicatorRow> rows = new IndicatorTableExtractor().extract(doc);
        assertThat(rows).extracting(IndicatorRow::domain, IndicatorRow::task, IndicatorRow::number, IndicatorRow::group,
                IndicatorRow::name, IndicatorRow::unit, IndicatorRow::attribute, IndicatorRow::status,
                IndicatorRow::target2030).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("生态空间", "（一）空间格局优化", 1, "生态保护红线", "面积",
                                "平方公里", "约束性", "达标", "12.5"),
                        org.assertj.core.groups.Tuple.tuple("生态空间", "（一）空间格局优化", 1, "生态保护红线", "性质",
                                null, "约束性", "达标", "不改变"),
                        org.assertj.core.groups.Tuple.tuple("生态生活", null, 2, null, "城镇新建绿色建筑比例", "%",
                                "参考性", "未达标", "100"));
        assertThat(rows.get(2).target()).isEqualTo("≥70");
        assertThat(rows.get(2).target2027()).isNull();
        // neither table is mistaken for the other
        assertThat(new ProjectTableExtractor().extract(doc)).isEqualTo(ProjectTable.EMPTY);
    }

    @Test
    void departmentCellsSplitOnSpacesCommasAndRunTogetherNames() {
        assertThat(DepartmentCell.split("区委组织部 区教育局 各镇（街道）")).containsExactly("区委组织部", "区教育局", "各镇（街道）");
        assertThat(DepartmentCell.split("区委宣传部生态环境石峰分局区自然资源局")).containsExactly("区委宣传部", "生态环境石峰分局",
                "区自然资源局");
        assertThat(DepartmentCell.split("区纪委监委")).containsExactly("区纪委监委");
        assertThat(DepartmentCell.split("株洲市清水塘园区开发建设有限公司")).containsExactly("株洲市清水塘园区开发建设有限公司");
        assertThat(DepartmentCell.split("/")).isEmpty();
        assertThat(DepartmentCell.split(null)).isEmpty();
    }

    private static GazetteDocument doc(String... rows) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("p-0", "p", List.of("附件"), "附件", SectionType.BODY, "附件：重点项目表", 0));
        for (String row : rows) {
            sections.add(new Section("p-" + sections.size(), "p", List.of("附件"), null, SectionType.TABLE_ROW, row,
                    sections.size()));
        }
        return new GazetteDocument("p", "made-up.txt", "某县生态建设规划", null, null, null, "某市某县", null, "规划", null,
                0, sections);
    }
}
