package com.gazettesearch.records.chronicle;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How exactly a chronicle entry is dated: to the day (4月2日), to the month (10月上旬, 是月, 月底: the day is not
 * known) or to the year (本年, 是年, 年底). {@link #apiName()} is the JSON value.
 */
public enum DatePrecision {
    DAY("day"),
    MONTH("month"),
    YEAR("year");

    private final String apiName;

    DatePrecision(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }
}
