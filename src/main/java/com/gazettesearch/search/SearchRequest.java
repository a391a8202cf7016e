package com.gazettesearch.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.schema.Schema;

/**
 * One validated search: query text, page, size, sort, facet filters (several values of one dimension
 * mean any of them) and an optional date range. {@link #fromParams} checks raw HTTP/CLI parameters and
 * throws {@link BadRequestException} naming the parameter for anything a user could get wrong.
 *
 * @param q       the query text, trimmed; empty means browse
 * @param page    1-based page
 * @param size    hits per page, 1..{@value #MAX_SIZE}
 * @param sort    relevance or date
 * @param filters facet dimension → accepted values (dimensions of {@link Schema#FACET_DIMS}, and
 *                {@link Schema#STATUS} whose values are computed per request, not indexed)
 * @param from    earliest date, inclusive, or null
 * @param to      latest date, inclusive, or null
 */
public record SearchRequest(String q, int page, int size, Sort sort, Map<String, List<String>> filters,
                            LocalDate from, LocalDate to) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_CHARS = 500;
    /** Deepest hit a page may reach; deeper pages are refused rather than collected. */
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 10;
    /** Most values one facet filter may list. */
    public static final int MAX_FILTER_VALUES = 50;

    /** Result order. */
    public enum Sort {
        RELEVANCE, DATE;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        filters = Map.copyOf(filters);
    }

    /** A first-page relevance search for {@code q} without filters. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, 1, DEFAULT_SIZE, Sort.RELEVANCE, Map.of(), null, null);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(q, newPage, newSize, sort, filters, from, to);
    }

    /** True when the query has no text: the results are browsed by date. */
    public boolean browse() {
        return q.isEmpty();
    }

    /** Index of the first hit on this page. */
    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Validates raw parameters (each name to its values, as a query string gives them). Unknown
     * parameters are ignored, as web APIs usually do.
     */
    public static SearchRequest fromParams(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("query_too_long",
                    "q: must be at most " + MAX_QUERY_CHARS + " characters, was " + q.length());
        }
        int size = intParam(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        // Pages stop at hit MAX_WINDOW, so a huge page number never turns into a huge allocation.
        int page = intParam(params, "page", 1, 1, MAX_WINDOW / size);
        String sortValue = single(params, "sort");
        Sort sort = Sort.RELEVANCE;
        if (sortValue != null && !sortValue.isBlank()) {
            try {
                sort = Sort.valueOf(sortValue.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("bad_request", "sort: must be relevance or date, was " + sortValue);
            }
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMS) {
            List<String> values = params.getOrDefault(dim, List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (values.size() > MAX_FILTER_VALUES) {
                throw new BadRequestException("bad_request", dim + ": at most " + MAX_FILTER_VALUES
                        + " values, was given " + values.size());
            }
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        List<String> statuses = ValidityFacet.parse(params.getOrDefault(Schema.STATUS, List.of()));
        if (!statuses.isEmpty()) {
            filters.put(Schema.STATUS, statuses);
        }
        LocalDate from = dateParam(params, "from");
        LocalDate to = dateParam(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("bad_request", "from: must not be after to, was from=" + from + " to=" + to);
        }
        return new SearchRequest(q, page, size, sort, filters, from, to);
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequestException("bad_request", name + ": must be given once, was given " + values.size() + " times");
        }
        return values.get(0);
    }

    private static int intParam(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        String range = "a number from " + min + " to " + max;
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("bad_request", name + ": must be " + range + ", was " + abbreviate(raw));
        }
        if (value < min || value > max) {
            throw new BadRequestException("bad_request", name + ": must be " + range + ", was " + value);
        }
        return (int) value;
    }

    private static LocalDate dateParam(Map<String, List<String>> params, String name) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("bad_request", name + ": must be a date YYYY-MM-DD, was " + abbreviate(raw));
        }
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
