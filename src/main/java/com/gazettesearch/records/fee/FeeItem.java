package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One price line of a fee or price notice: what is charged, for whom (area and use class), at what price.
 *
 * @param region        地区 of the issuing document, e.g. 株洲市渌口区
 * @param charge        what is charged: 污水处理费, 水资源费, 垃圾处理费, 水价 (the water supply price), 到户水价 (the
 *                      price a household pays in all, fees included) …
 * @param area          area the price applies to (城区, 农村, 城镇 …), or null when the notice names none
 * @param waterClass    use class or payer class, e.g. 居民生活用水, 行政事业用水, 居民 (a grouping prefix such as
 *                      非居民生活用水中 is dropped), or null when the notice prices the charge for everyone at once
 * @param tier          the step of a tiered (阶梯) price, or null for a flat price
 * @param oldPrice      price before the change, or null when the notice states none (a new charge)
 * @param newPrice      the price now set (or, when {@code proposed}, the price proposed)
 * @param unit          price unit, e.g. 元/立方米, 元/吨, 元/户·月
 * @param collection    how the fee is collected (随水征收), or null
 * @param effectiveDate first day the price applies, or null when the notice does not say
 * @param proposed      true when the notice only proposes the price (a 听证 or 征求意见 notice, 拟调整为 …): it is
 *                      not a standard in force
 * @param scheme        the alternative of a proposal the price belongs to, as printed (方案一), when the notice puts
 *                      several to a hearing; else null
 * @param docId         id of the notice
 * @param docNumber     文号 of the notice, or null
 * @param docTitle      title of the notice
 * @param sectionId     id of the section the price was read from
 */
public record FeeItem(String region, String charge, String area, String waterClass, FeeTier tier,
                      BigDecimal oldPrice, BigDecimal newPrice, String unit, String collection,
                      LocalDate effectiveDate, boolean proposed, String scheme, String docId, String docNumber,
                      String docTitle,
                      String sectionId) {
    public FeeItem {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(newPrice, "newPrice");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
    }

    /** The unit the price is per: 立方米 for 元/立方米, 户·月 for 元/户·月. */
    public String volumeUnit() {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(slash + 1);
    }

    /**
     * The line a clerk reads: "工业用水 1.20 元/立方米（原 0.73）", "居民生活用水 第一档（0–18 吨/月） 2.50 元/吨",
     * "污水处理费 0.95 元/立方米" when the price is for every class, "… （拟）" for a proposal.
     */
    public String summary() {
        StringBuilder s = new StringBuilder(waterClass == null ? charge : waterClass);
        if (tier != null) {
            s.append(' ').append(tier.describe(volumeUnit()));
        }
        s.append(' ').append(newPrice.toPlainString()).append(' ').append(unit);
        if (oldPrice != null) {
            s.append("（原 ").append(oldPrice.toPlainString()).append("）");
        }
        if (proposed) {
            s.append(scheme == null ? "（拟）" : "（拟，" + scheme + "）");
        }
        return s.toString();
    }
}
