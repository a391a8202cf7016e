package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A free allowance granted by a fee notice to a group of payers in one area
 * (五保户、低保户等特困群体: 城镇每户每月免征 6 立方米). A notice that grants different volumes per
 * area gives one exemption per area.
 *
 * @param region     地区 of the issuing document
 * @param charge     the fee exempted, e.g. 污水处理费
 * @param who        who qualifies, e.g. 五保户、低保户等特困群体
 * @param area       area of this allowance (城镇, 农村 …), or null when the notice names none
 * @param freeVolume volume free of charge per period
 * @param unit       unit of {@code freeVolume}, e.g. 立方米
 * @param period     per what the volume is granted, e.g. 每户每月, or null
 * @param condition  what the payer must show, e.g. 凭有效证件及证明, or null
 * @param docId      id of the notice
 * @param docNumber  文号 of the notice, or null
 * @param docTitle   title of the notice
 * @param sectionId  id of the section it was read from
 */
public record FeeExemption(String region, String charge, String who, String area, BigDecimal freeVolume,
                           String unit, String period, String condition, String docId, String docNumber,
                           String docTitle, String sectionId) {
    public FeeExemption {
        Objects.requireNonNull(freeVolume, "freeVolume");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
    }
}
