package com.gazettesearch.records.validity;

import java.time.LocalDate;

/**
 * When a document is in force, as its own text says. Either bound may be null: a notice that takes
 * effect on a date and names no end is open-ended; a document that says nothing has both null.
 * The status (现行有效 …) is not stored here: it depends on the day of the query, see {@link ValidityStatus}.
 *
 * @param validFrom first day in force, or null
 * @param validTo   last day in force, or null
 * @param basis     the phrases the bounds were read from (e.g. "自发布之日起开始执行；试行二年"), or null
 */
public record Validity(LocalDate validFrom, LocalDate validTo, String basis) {
    /** A document whose text states no validity. */
    public static final Validity UNSTATED = new Validity(null, null, null);

    public Validity {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    public boolean isStated() {
        return validFrom != null || validTo != null;
    }
}
