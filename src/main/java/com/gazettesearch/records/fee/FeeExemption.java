package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A relief granted by a fee notice to a group of payers, in one area: a free allowance
 * (五保户、低保户等特困群体: 城镇每户每月免征 6 立方米), a full exemption (对低保户免收垃圾处理费) or half the
 * charge (减半收取). A notice that grants different volumes per area gives one exemption per area.
 *
 * @param region     地区 of the issuing document
 * @param charge     the fee relieved, e.g. 污水处理费
 * @param who        who qualifies, e.g. 五保户、低保户等特困群体
 * @param area       area of this relief (城镇, 农村 …), or null when the notice names none
 * @param reduction  what the relief is: a free volume, the whole charge, or half of it
 * @param freeVolume volume free of charge per period ({@link Reduction#FREE_VOLUME} only, else null)
 * @param unit       unit of {@code freeVolume}, e.g. 立方米 ({@link Reduction#FREE_VOLUME} only, else null)
 * @param period     per what the volume is granted, e.g. 每户每月, or null
 * @param condition  what the payer must show, e.g. 凭有效证件及证明, or null
 * @param docId      id of the notice
 * @param docNumber  文号 of the notice, or null
 * @param docTitle   title of the notice
 * @param sectionId  id of the section it was read from
 */
public record FeeExemption(String region, String charge, String who, String area, Reduction reduction,
                           BigDecimal freeVolume, String unit, String period, String condition, String docId,
                           String docNumber, String docTitle, String sectionId) {

    /** The kinds of relief a notice grants; {@link #apiName()} is the JSON value. */
    public enum Reduction {
        /** 免征 N 立方米: the first N units of each period are free. */
        FREE_VOLUME("free_volume"),
        /** 免收 / 免征 / 免交 the charge: nothing is due. */
        FULL("full"),
        /** 减半收取 / 减半征收: half the charge is due. */
        HALF("half");

        private final String apiName;

        Reduction(String apiName) {
            this.apiName = apiName;
        }

        @JsonValue
        public String apiName() {
            return apiName;
        }
    }

    public FeeExemption {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(reduction, "reduction");
        if (reduction == Reduction.FREE_VOLUME) {
            Objects.requireNonNull(freeVolume, "freeVolume");
            Objects.requireNonNull(unit, "unit");
        }
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
    }
}
