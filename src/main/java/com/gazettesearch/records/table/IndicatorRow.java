package com.gazettesearch.records.table;

import java.util.Objects;

/**
 * One indicator of a plan's indicator table (指标体系及现状达标情况一览表). An indicator with
 * sub-indicators prints its number and group name once; each sub-indicator is a row of its own
 * that inherits them.
 *
 * @param domain     领域 (生态安全), carried down; 参考性指标 for the reference indicators
 * @param task       任务 ((二)环境质量改善), carried down within a domain; may be null
 * @param number     序号 of the indicator (inherited by its sub-indicators), or null
 * @param group      the indicator's group name when it has sub-indicators (水环境质量), else null
 * @param name       指标名称 (the sub-indicator's own name when it is one)
 * @param unit       单位, or null for "-"
 * @param target     指标值 (the standard to meet), or null
 * @param attribute  指标属性: 约束性 / 参考性, or null
 * @param value2023  现状值 (2023), or null
 * @param status     达标情况: 已达标 / 未达标 …, null where the source prints —— (not assessed)
 * @param target2027 2027年规划目标, or null
 * @param target2030 2030年规划目标, or null
 * @param docId      the plan document
 * @param sectionId  the TABLE_ROW section
 */
public record IndicatorRow(String domain, String task, Integer number, String group, String name, String unit,
                           String target, String attribute, String value2023, String status, String target2027,
                           String target2030, String docId, String sectionId) {
    public IndicatorRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
    }
}
