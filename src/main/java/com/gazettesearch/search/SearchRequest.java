package com.gazettesearch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gazettesearch.schema.Schema;

/**
 * One validated search: query text, page, size, sort, facet filters (several values of one dimension
 * mean any of them) and an optional date range. The web layer builds it from request parameters.
 *
 * @param q       the query text, trimmed; empty means browse
 * @param page    1-based page
 * @param size    hits per page, 1..{@value #MAX_SIZE}
 * @param sort    relevance or date
 * @param filters facet dimension → accepted values (dimensions of {@link Schema#FACET_DIMS}, and
 *                {@link Schema#STATUS} whose values are computed per request, not indexed)
 * @param from    earliest date, inclusive, or null
 * @param to      latest date, inclusive, or null
 * @param group   {@link Group#DOCUMENT}: one result per document with its best sections, paged by document;
 *                {@link Group#NONE}: the sections themselves
 */
public record SearchRequest(String q, int page, int size, Sort sort, Map<String, List<String>> filters,
                            LocalDate from, LocalDate to, Group group) {

    public static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach; deeper pages are refused rather than collected. */
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 10;

    /** Result order. */
    public enum Sort {
        RELEVANCE, DATE;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How results are shown: grouped by document (the default) or as flat sections. */
    public enum Group {
        DOCUMENT, NONE;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        filters = Map.copyOf(filters);
        group = group == null ? Group.DOCUMENT : group;
    }

    /** A flat search (sections, not grouped). */
    public SearchRequest(String q, int page, int size, Sort sort, Map<String, List<String>> filters, LocalDate from,
                         LocalDate to) {
        this(q, page, size, sort, filters, from, to, Group.NONE);
    }

    /** A first-page relevance search for {@code q} without filters, grouped by document as the API's default. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, 1, DEFAULT_SIZE, Sort.RELEVANCE, Map.of(), null, null, Group.DOCUMENT);
    }

    /** A first-page relevance search for {@code q} without filters, flat sections. */
    public static SearchRequest flat(String q) {
        return of(q).withGroup(Group.NONE);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(q, newPage, newSize, sort, filters, from, to, group);
    }

    public SearchRequest withGroup(Group newGroup) {
        return new SearchRequest(q, page, size, sort, filters, from, to, newGroup);
    }

    public boolean grouped() {
        return group == Group.DOCUMENT;
    }

    /** True when the query has no text: the results are browsed by date. */
    public boolean browse() {
        return q.isEmpty();
    }

    /** Index of the first hit on this page. */
    public int offset() {
        return (page - 1) * size;
    }
}
