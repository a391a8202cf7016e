package com.gazettesearch.records.validity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Whether a document is in force on a given day. Always computed when a query runs (never indexed),
 * so a document expires without re-indexing. {@link #label()} is the value shown and filtered on.
 */
public enum ValidityStatus {
    /** In force today. */
    CURRENT("现行有效"),
    /** Its stated end has passed. */
    EXPIRED("已失效"),
    /** Its stated start is still ahead. */
    NOT_YET_EFFECTIVE("尚未生效"),
    /** The text states neither a start nor an end. */
    UNSTATED("未注明");

    /**
     * The clock "today" is read from: the gazettes are Chinese government documents, so a document takes effect
     * and expires at midnight China time, whatever the server's zone.
     */
    public static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    private final String label;

    ValidityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status of {@code validity} on {@code today}; a null validity counts as unstated. */
    public static ValidityStatus of(Validity validity, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (validity == null || !validity.isStated()) {
            return UNSTATED;
        }
        return of(validity.validFrom(), validity.validTo(), today);
    }

    /** The status for stored bounds (either may be null). */
    public static ValidityStatus of(LocalDate validFrom, LocalDate validTo, LocalDate today) {
        if (validFrom == null && validTo == null) {
            return UNSTATED;
        }
        if (validFrom != null && today.isBefore(validFrom)) {
            return NOT_YET_EFFECTIVE;
        }
        if (validTo != null && today.isAfter(validTo)) {
            return EXPIRED;
        }
        return CURRENT;
    }

    /** The status whose label is {@code label} (现行有效 …). */
    public static ValidityStatus fromLabel(String label) {
        for (ValidityStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "'; expected one of 现行有效, 已失效, 尚未生效, 未注明");
    }
}
