package com.gazettesearch.records.table;

import java.math.BigDecimal;

/**
 * A subtotal (合计/小计) or grand total (总计) row of a project table. Not a project; kept so the
 * extracted projects can be checked against what the source says they add up to.
 *
 * @param category  the category whose projects precede a subtotal; null for the grand total
 * @param amount    the stated sum in 万元, or null when the row gives none (——)
 * @param sectionId the TABLE_ROW section
 */
public record TableTotal(String category, BigDecimal amount, String sectionId) {
}
