package com.gazettesearch.records.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.ParsedCorpus;

/** The indicator table (附件1) of the Shifeng eco-civilisation plan, as the parser gives it from the real corpus. */
class IndicatorTableExtractorTest {
    private static List<IndicatorRow> rows;

    private static String planId;

    @BeforeAll
    static void extract() {
        GazetteDocument plan = ParsedCorpus.byTitle("生态文明建设示范区规划");
        planId = plan.id();
        rows = new IndicatorTableExtractor().extract(plan);
    }

    @Test
    void thirtyOneRowsForNineteenBindingAndSixReferenceIndicators() {
        assertThat(rows).hasSize(31);
        assertThat(rows.stream().filter(r -> "约束性".equals(r.attribute())).map(IndicatorRow::number).distinct())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        List<IndicatorRow> reference = rows.stream().filter(r -> "参考性指标".equals(r.domain())).toList();
        assertThat(reference).extracting(IndicatorRow::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(reference).allSatisfy(r -> {
            assertThat(r.attribute()).isEqualTo("参考性");
            assertThat(r.task()).isNull();
        });
    }

    @Test
    void firstRowHasEveryColumn() {
        assertThat(rows.getFirst()).isEqualTo(new IndicatorRow("目标责任", "(一)目标责任落实", 1, null,
                "生态文明建设工作占党政实绩考核的比例", "%", "≥20", "约束性", "23.38", "已达标", "≥24", "≥25", planId,
                rows.getFirst().sectionId()));
    }

    @Test
    void statusesAreReadAndDashMeansNotAssessed() {
        Map<String, Long> byStatus = rows.stream()
                .collect(Collectors.groupingBy(r -> Objects.requireNonNullElse(r.status(), "——"), Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of("已达标", 28L, "未达标", 1L, "——", 2L));
        IndicatorRow pm25 = rows.stream().filter(r -> "未达标".equals(r.status())).findFirst().orElseThrow();
        assertThat(pm25.name()).isEqualTo("PM_{2.5}浓度");
        assertThat(pm25.unit()).isEqualTo("μg/m³");
        assertThat(pm25.value2023()).isEqualTo("PM_{2.5}浓度为37μg/m³，未完成上级规定的考核任务（35μg/m³）");
        assertThat(rows).filteredOn(r -> r.status() == null).extracting(IndicatorRow::name)
                .containsExactly("草原综合植被盖度", "规模以下畜禽粪污集中收运利用体系");
    }

    @Test
    void subIndicatorsInheritNumberGroupUnitAndAttribute() {
        List<IndicatorRow> water = binding(5);
        assertThat(water).extracting(IndicatorRow::name).containsExactly("地表水达到或好于III类水体比例", "县城污水处理率",
                "县级城市建成区黑臭水体消除率", "较大面积农村黑臭水体整治率");
        assertThat(water).allSatisfy(r -> {
            assertThat(r.group()).isEqualTo("水环境质量");
            assertThat(r.unit()).isEqualTo("%");
            assertThat(r.attribute()).isEqualTo("约束性");
            assertThat(r.task()).isEqualTo("(二)环境质量改善");
        });
        // the group name of 7 is cut by a page break: 生态系统保护 / 修复
        assertThat(binding(7)).extracting(IndicatorRow::group,
                IndicatorRow::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("生态系统保护修复", "森林覆盖率"),
                        org.assertj.core.groups.Tuple.tuple("生态系统保护修复", "草原综合植被盖度"));
        assertThat(binding(6)).extracting(IndicatorRow::unit)
                .containsExactly(null, "%", null);
    }

    @Test
    void domainsAndTasksCarryDown() {
        IndicatorRow greenBuildings = rows.stream().filter(r -> r.name().equals("城镇新建绿色建筑比例")).findFirst()
                .orElseThrow();
        assertThat(greenBuildings.domain()).isEqualTo("生态文化");
        assertThat(greenBuildings.task()).isEqualTo("(七)全民共建共享");
        assertThat(greenBuildings.target2030()).isEqualTo("100");
        IndicatorRow soil = rows.stream().filter(r -> r.name().equals("受污染耕地安全利用率")).findFirst().orElseThrow();
        assertThat(soil.domain()).isEqualTo("生态安全");
        assertThat(soil.task()).isEqualTo("(四)生态环境风险防范");
    }

    /** The rows of binding indicator {@code n} (the reference indicators are numbered from 1 again). */
    private static List<IndicatorRow> binding(int n) {
        return rows.stream().filter(r -> Integer.valueOf(n).equals(r.number()) && "约束性".equals(r.attribute()))
                .toList();
    }
}
