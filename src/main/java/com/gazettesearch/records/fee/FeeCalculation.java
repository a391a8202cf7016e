package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of {@link FeeCalculator#calculate}: the amount due, the arithmetic shown step by step,
 * and the records it used.
 *
 * @param amount    amount due, 2 decimal places (HALF_UP)
 * @param unit      currency unit, 元
 * @param steps     human-readable steps, the last one being the calculation, e.g. "(10 − 6) × 0.85 = 3.40 元"
 * @param item      the fee item priced (the first tier's, for a tiered price)
 * @param tiers     every tier priced, in order, for a tiered price; empty for a flat one
 * @param exemption the exemption applied, or null
 */
public record FeeCalculation(BigDecimal amount, String unit, List<String> steps, FeeItem item, List<FeeItem> tiers,
                             FeeExemption exemption) {
    public FeeCalculation {
        steps = List.copyOf(steps);
        tiers = List.copyOf(tiers);
    }
}
