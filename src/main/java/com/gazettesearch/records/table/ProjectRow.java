package com.gazettesearch.records.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One project of a plan's key-project table (重点建设项目库).
 *
 * @param category       类别, carried down from the row that states it (生态安全)
 * @param number         序号 as printed, or null
 * @param name           工程项目名称
 * @param buildType      建设类型: 新建 / 续建 (as printed), or null
 * @param content        建设内容, or null
 * @param startYear      first year of 实施期限, or null
 * @param endYear        last year of 实施期限 (same as start for one year), or null
 * @param investment     投资估算 in 万元 when the cell is a number; null for "/" or text
 * @param investmentNote what the cell says besides the number, e.g. 仅搬迁，不含建设; or the whole
 *                       cell when it is not a number; null when there is nothing more
 * @param departments    责任部门, one name per element
 * @param docId          the plan document
 * @param sectionId      the TABLE_ROW section
 */
public record ProjectRow(String category, Integer number, String name, String buildType, String content,
                         Integer startYear, Integer endYear, BigDecimal investment, String investmentNote,
                         List<String> departments, String docId, String sectionId) {
    public ProjectRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
        departments = List.copyOf(departments);
    }
}
