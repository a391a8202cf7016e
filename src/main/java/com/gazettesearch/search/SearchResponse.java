package com.gazettesearch.search;

import java.util.List;
import java.util.Map;

/**
 * The JSON body of {@code GET /api/search}. Field names are the public contract.
 *
 * @param query   the query text as searched
 * @param total   number of matching sections (estimated when {@code exact} is false)
 * @param exact   true when {@code total} and the facet counts are exact; false when more than 50,000 sections match
 *                and they were estimated from a sample of the matches (the hits themselves are always exact)
 * @param page    1-based page
 * @param size    page size
 * @param sort    relevance or date (browsing is always by date)
 * @param tookMs  time spent searching, in milliseconds
 * @param hits    this page of sections
 * @param facets  dimension → values with counts (drill-sideways: a filtered dimension still shows its other values)
 * @param answers direct answers from {@link AnswerProvider}s; empty when none apply
 */
public record SearchResponse(String query, long total, boolean exact, int page, int size, String sort, long tookMs,
                             List<Hit> hits, Map<String, List<FacetValue>> facets,
                             List<Map<String, Object>> answers) {

    /**
     * One matching section.
     *
     * @param snippet HTML: matched text in {@code <mark>}, everything else escaped
     * @param score   relevance score, null when browsing
     * @param status  the document's validity status today (现行有效, 已失效, 尚未生效, 未注明)
     */
    public record Hit(String id, String docId, String docTitle, String docNumber, String region, String issuer,
                      String kind, String date, String type, List<String> path, String heading, String snippet,
                      Float score, String status) {
    }

    /** One facet value and how many matching sections have it. */
    public record FacetValue(String value, long count) {
    }
}
