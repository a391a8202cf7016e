package com.gazettesearch.model;

/**
 * What kind of text unit a {@link Section} is. The names are the stable API values
 * (the {@code type} facet and filter); {@link #label()} is what people read.
 */
public enum SectionType {
    /** A numbered article: 第一条 / 第 12 条. */
    ARTICLE("article", "条款"),
    /** A numbered item or sub-item under an outline heading: 1. / （一） with body text. */
    ITEM("item", "事项"),
    /** Running text under a heading (or before the first heading). */
    BODY("body", "正文"),
    /** One dated line of a chronicle (大事记). */
    EVENT("event", "大事"),
    /** One row of a table, with its column names kept as 列名：值. */
    TABLE_ROW("table_row", "表格行");

    private final String apiName;
    private final String label;

    SectionType(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static SectionType fromApiName(String name) {
        for (SectionType t : values()) {
            if (t.apiName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown section type: " + name);
    }
}
