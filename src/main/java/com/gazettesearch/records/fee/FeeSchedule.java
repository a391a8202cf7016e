package com.gazettesearch.records.fee;

import java.util.List;

/** The fee items and exemptions one document sets; both empty for a document that is not a fee notice. */
public record FeeSchedule(List<FeeItem> items, List<FeeExemption> exemptions) {
    public static final FeeSchedule EMPTY = new FeeSchedule(List.of(), List.of());

    public FeeSchedule {
        items = List.copyOf(items);
        exemptions = List.copyOf(exemptions);
    }

    public boolean isEmpty() {
        return items.isEmpty() && exemptions.isEmpty();
    }
}
