package com.gazettesearch.records.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;

/**
 * A made-up county plan (fictional) with tab-separated appendix tables whose columns are named
 * otherwise than the Shifeng plan's (项目类别, 项目名称, 建设性质, 建设年限, 总投资（万元）, 责任单位,
 * 现状值, 2030年目标), parsed by the real parser: the extractors must not be fitted to one table.
 */
class MadeUpPlanTablesTest {
    private static GazetteDocument plan;

    @BeforeAll
    static void parse() throws IOException, URISyntaxException {
        Path file = Path.of(MadeUpPlanTablesTest.class.getResource("/records/table/made-up-county-plan.txt").toURI());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<GazetteDocument> docs = new GazetteParser()
                .parse(new SourceText(file.getFileName().toString(), file, text, "UTF-8", "test"));
        assertThat(docs).hasSize(1);
        plan = docs.getFirst();
    }

    @Test
    void projectsSubtotalAndTotal() {
        ProjectTable table = new ProjectTableExtractor().extract(plan);
        assertThat(table.projects()).extracting(ProjectRow::category, ProjectRow::number, ProjectRow::name,
                ProjectRow::buildType, ProjectRow::startYear, ProjectRow::endYear, ProjectRow::investment,
                ProjectRow::investmentNote, ProjectRow::departments).containsExactly(
                        tuple("节能降碳", 1, "城区公共建筑节能改造", "新建", 2025, 2025, new java.math.BigDecimal("1200"), null,
                                List.of("县发改局", "县住建局")),
                        tuple("节能降碳", 2, "工业园区屋顶光伏", "续建", 2025, 2026, null, "待定", List.of("县工信局", "县财政局")),
                        tuple("生态修复", 3, "河道生态修复", "新建", 2025, 2027, new java.math.BigDecimal("800.5"), null,
                                List.of("县水利局")));
        assertThat(table.subtotals()).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo("节能降碳");
            assertThat(s.amount()).isEqualByComparingTo("1200");
        });
        assertThat(table.total().amount()).isEqualByComparingTo(table.totalInvestment()).isEqualByComparingTo("2000.5");
    }

    @Test
    void indicatorsWithASubIndicatorAndOtherStatusWords() {
        assertThat(new IndicatorTableExtractor().extract(plan)).extracting(IndicatorRow::domain, IndicatorRow::number,
                IndicatorRow::group, IndicatorRow::name, IndicatorRow::unit, IndicatorRow::attribute,
                IndicatorRow::value2023, IndicatorRow::status, IndicatorRow::target2030).containsExactly(
                        tuple("生态空间", 1, "生态保护红线", "面积", "平方公里", "约束性", "12.5", "达标", "12.5"),
                        tuple("生态空间", 1, "生态保护红线", "性质", null, "约束性", "未改变", "达标", "不改变"),
                        tuple("生态生活", 2, null, "城镇新建绿色建筑比例", "%", "参考性", "65", "未达标", "100"));
    }
}
