package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 列名：值 row format the records stage parses back: one pair per line, merged cells carried down. */
class TableRowFormatterTest {

    @Test
    void namesColumnsFromTwoHeaderLinesAndCarriesGroupingCellsDown() {
        TableRowFormatter table = new TableRowFormatter();
        assertThat(table.accept("类别\t序号\t名称\t\t2023 年\t\t投资 (万元)")).isTrue();
        assertThat(table.accept("\t\t\t\t现状值\t达标情况\t")).isTrue();
        String first = "生态 安全\t1\t污水\t管网改造\t85%\t已达标\t500";
        assertThat(table.accept(first)).isFalse();
        assertThat(table.row(first)).isEqualTo("""
                类别：生态 安全
                序号：1
                名称：污水
                名称：管网改造
                2023年现状值：85%
                2023年达标情况：已达标
                投资(万元)：500""");
        String second = "\t2\t雨污分流\t\t\t\t8000";
        assertThat(table.accept(second)).isFalse();
        assertThat(table.row(second)).isEqualTo("类别：生态 安全\n序号：2\n名称：雨污分流\n投资(万元)：8000");
        String total = "\t合计\t\t\t\t\t8500";
        assertThat(table.accept(total)).isFalse();
        assertThat(table.row(total)).isEqualTo("类别：生态 安全\n序号：合计\n投资(万元)：8500");
    }

    @Test
    void aRepeatedHeaderAtAPageBreakKeepsTheCarriedCells() {
        TableRowFormatter table = new TableRowFormatter();
        table.accept("领域\t序号\t指标");
        table.row("目标\t1\t甲");
        assertThat(table.accept("领域\t序号\t指标")).isTrue();
        String afterBreak = "\t2\t乙";
        assertThat(table.accept(afterBreak)).isFalse();
        assertThat(table.row(afterBreak)).isEqualTo("领域：目标\n序号：2\n指标：乙");
        table.reset();
        table.accept("领域\t序号\t指标");
        assertThat(table.row("\t3\t丙")).isEqualTo("序号：3\n指标：丙");
    }
}
