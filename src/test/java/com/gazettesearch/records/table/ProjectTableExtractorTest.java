package com.gazettesearch.records.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.ParsedCorpus;

/** The key-project table (附件2) of the Shifeng eco-civilisation plan, as the parser gives it from the real corpus. */
class ProjectTableExtractorTest {
    private static ProjectTable table;

    private static String planId;

    @BeforeAll
    static void extract() {
        GazetteDocument plan = ParsedCorpus.byTitle("生态文明建设示范区规划");
        planId = plan.id();
        table = new ProjectTableExtractor().extract(plan);
    }

    @Test
    void twentyFiveProjectsInTableOrderWithCategoriesCarriedDown() {
        assertThat(table.projects()).extracting(ProjectRow::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25).boxed().toList());
        Map<String, Long> byCategory = table.projects().stream()
                .collect(Collectors.groupingBy(ProjectRow::category, Collectors.counting()));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(
                Map.of("目标责任", 3L, "生态安全", 12L, "生态经济", 5L, "生态文化", 3L, "生态文明制度", 2L));
        assertThat(table.projects()).filteredOn(p -> "新建".equals(p.buildType())).extracting(ProjectRow::number)
                .containsExactly(1, 4, 6, 7, 9, 14, 16);
        assertThat(table.projects()).allSatisfy(p -> assertThat(p.buildType()).isIn("新建", "续建"));
    }

    @Test
    void investmentsAddUpToEverySubtotalAndToTheTotal() {
        assertThat(table.subtotals()).extracting(TableTotal::category, TableTotal::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("目标责任", null),
                org.assertj.core.groups.Tuple.tuple("生态安全", new BigDecimal("175110")),
                org.assertj.core.groups.Tuple.tuple("生态经济", new BigDecimal("10500")),
                org.assertj.core.groups.Tuple.tuple("生态文化", new BigDecimal("2000")),
                org.assertj.core.groups.Tuple.tuple("生态文明制度", new BigDecimal("1700")));
        for (TableTotal subtotal : table.subtotals()) {
            BigDecimal sum = table.projects().stream().filter(p -> p.category().equals(subtotal.category()))
                    .map(ProjectRow::investment).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (subtotal.amount() != null) {
                assertThat(sum).as(subtotal.category()).isEqualByComparingTo(subtotal.amount());
            } else {
                assertThat(sum).as(subtotal.category() + " states no sum and has no amounts").isZero();
            }
        }
        // the 总计 row prints its number one column left, under 实施期限
        assertThat(table.total().amount()).isEqualByComparingTo("189310");
        assertThat(table.totalInvestment()).isEqualByComparingTo("189310");
    }

    @Test
    void investmentCellsKeepTheirNoteAndSlashMeansNone() {
        ProjectRow relocation = table.projects().get(5);
        assertThat(relocation.name()).isEqualTo("大唐华银株洲电厂搬迁改造项目");
        assertThat(relocation.investment()).isEqualByComparingTo("10000");
        assertThat(relocation.investmentNote()).isEqualTo("仅搬迁，不含建设");
        assertThat(table.projects().subList(0, 3)).allSatisfy(p -> {
            assertThat(p.investment()).isNull();
            assertThat(p.investmentNote()).isNull();
        });
        assertThat(table.projects().get(10).investment()).isEqualByComparingTo("130000");
    }

    @Test
    void periodsAndDepartments() {
        ProjectRow first = table.projects().getFirst();
        assertThat(first.name()).isEqualTo("“四线合一”领导干部生态文明建设考核体系构建");
        assertThat(List.of(first.startYear(), first.endYear())).containsExactly(2024, 2030);
        assertThat(first.departments()).containsExactly("区委组织部");
        ProjectRow dust = table.projects().get(4);
        assertThat(dust.name()).isEqualTo("城区道路扬尘治理工程");
        assertThat(List.of(dust.startYear(), dust.endYear())).containsExactly(2024, 2027);
        assertThat(dust.content()).isEqualTo("实现城区道路全面实现机械化清扫全覆盖，配置纯电动扫路机5台、纯电动清洗车2台。");
        assertThat(dust.departments()).containsExactly("区城管局");
        assertThat(table.projects().get(3).departments()).containsExactly("（有废气治理任务的）各企业");
        assertThat(table.projects().get(21).departments()).containsExactly("区委组织部", "区教育局", "各镇（街道）");
        assertThat(table.projects().get(22).departments()).containsExactly(
                "区委宣传部", "生态环境石峰分局", "区自然资源局", "区农业农村局", "区发改局", "区教育局");
        assertThat(table.projects()).allSatisfy(p -> {
            assertThat(p.docId()).isEqualTo(planId);
            assertThat(p.departments()).isNotEmpty();
        });
    }
}
