package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a tiered (阶梯) price: 第一档 up to 18 吨 a month, 第二档 from 18 to 25 …, as the notice prints it.
 *
 * @param label  the tier as printed, e.g. 第一档, 第1档, 第二级, 第三阶梯
 * @param from   volume above which the tier starts (0 for the first tier), or null when the notice does not say
 * @param to     volume up to which (inclusive) the tier runs, or null for the last, open-ended tier
 * @param period what the volumes are counted over: 月 or 年, or null when the notice does not say
 */
public record FeeTier(String label, BigDecimal from, BigDecimal to, String period) {
    public FeeTier {
        Objects.requireNonNull(label, "label");
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new IllegalArgumentException("tier " + label + " ends at " + to + " before it starts at " + from);
        }
    }

    /** The tier as a reader sees it: "第一档（0–18 吨/月）", or just the label when no range is known. */
    public String describe(String volumeUnit) {
        if (from == null && to == null) {
            return label;
        }
        String lo = from == null ? "" : from.stripTrailingZeros().toPlainString();
        String range = to == null ? lo + " " + volumeUnit + "以上" : lo + "–" + to.stripTrailingZeros().toPlainString()
                + " " + volumeUnit;
        return label + "（" + range + (period == null ? "" : "/" + period) + "）";
    }
}
