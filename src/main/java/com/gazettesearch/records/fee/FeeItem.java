package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One price line of a fee notice: what is charged, for whom (area and use class), at what price.
 *
 * @param region        地区 of the issuing document, e.g. 株洲市渌口区
 * @param charge        what is charged, e.g. 污水处理费
 * @param area          area the price applies to (城区, 农村, 城镇 …), or null when the notice names none
 * @param waterClass    use class, e.g. 居民生活用水, 行政事业用水 (a grouping prefix such as 非居民生活用水中 is dropped)
 * @param oldPrice      price before the change, or null when the notice states none (a new charge)
 * @param newPrice      the price now set
 * @param unit          price unit, e.g. 元/立方米 or 元/吨
 * @param collection    how the fee is collected (随水征收), or null
 * @param effectiveDate first day the price applies, or null when the notice does not say
 * @param docId         id of the notice
 * @param docNumber     文号 of the notice, or null
 * @param docTitle      title of the notice
 * @param sectionId     id of the section the price was read from
 */
public record FeeItem(String region, String charge, String area, String waterClass, BigDecimal oldPrice,
                      BigDecimal newPrice, String unit, String collection, LocalDate effectiveDate,
                      String docId, String docNumber, String docTitle, String sectionId) {
    public FeeItem {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(waterClass, "waterClass");
        Objects.requireNonNull(newPrice, "newPrice");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
    }

    /** The unit of volume the price is per: 立方米 for 元/立方米. */
    public String volumeUnit() {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(slash + 1);
    }

    /** The line a clerk reads: "工业用水 1.20 元/立方米（原 0.73）". */
    public String summary() {
        String s = waterClass + " " + newPrice.toPlainString() + " " + unit;
        return oldPrice == null ? s : s + "（原 " + oldPrice.toPlainString() + "）";
    }
}
