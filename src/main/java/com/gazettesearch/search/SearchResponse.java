package com.gazettesearch.search;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of {@code GET /api/search}. Field names are the public contract.
 *
 * @param query     the query text as searched
 * @param total     number of matching sections (may be estimated when {@code exact} is false)
 * @param exact     true when {@code total}, {@code documents} and the facet counts are exact; false when more than
 *                  50,000 sections match and the facet counts were estimated from a sample of the matches, and
 *                  {@code total} and {@code documents} too unless the search counted in its hits pass (the hits and
 *                  the groups, their order, sections and match counts, are exact either way, unless {@code partial});
 *                  false too when {@code partial}
 * @param documents number of documents those sections belong to (grouped results only, else absent)
 * @param page      1-based page (of documents when grouped, of sections when not)
 * @param size      page size
 * @param sort      relevance or date (browsing is always by date)
 * @param group     {@code document} (results grouped by document) or {@code none} (sections)
 * @param tookMs    time spent searching, in milliseconds
 * @param partial   true when the search ran out of its time limit before it had read every match: the hits and
 *                  groups are the best of the matches it read by then, and the total, documents and facets count
 *                  those matches (a lower bound), or estimate all of them where a counting pass of its own finished
 *                  ({@code exact} is then false); false for a whole search
 * @param hits      this page of sections ({@code group=none} only, else absent)
 * @param groups    this page of documents, each with its best sections ({@code group=document} only, else absent)
 * @param facets    dimension → values with counts (drill-sideways: a filtered dimension still shows its other values)
 * @param answers   direct answers ({@link AnswerProvider}s): the document an identifier names, fee items; empty when
 *                  none apply
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResponse(String query, long total, boolean exact, Long documents, int page, int size, String sort,
                             String group,
                             long tookMs, boolean partial, List<Hit> hits, List<Group> groups,
                             Map<String, List<FacetValue>> facets,
                             List<Map<String, Object>> answers) {

    /**
     * One matching section.
     *
     * @param snippet HTML: matched text in {@code <mark>}, everything else escaped
     * @param score   relevance score, null when browsing
     * @param status  the document's validity status today (现行有效, 已失效, 尚未生效, 未注明)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Hit(String id, String docId, String docTitle, String docNumber, String region, String issuer,
                      String kind, String date, String type, List<String> path, String heading, String snippet,
                      Float score, String status) {
    }

    /**
     * One matching document: its metadata, how many of its sections matched and the best of them.
     *
     * @param matched  how many of its sections match the query (and filters)
     * @param more     matched sections not shown in {@code sections}
     * @param score    the best section's score, null when browsing
     * @param sections its best 1–3 sections, best first (an identifier's document: its opening sections)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Group(String docId, String title, String docNumber, String registrationNumber, String issuer,
                        String region, String kind, String date, String status, long matched, long more, Float score,
                        List<GroupSection> sections) {
    }

    /** A section shown in a {@link Group}: where it is in its document and its highlighted snippet. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GroupSection(String id, String type, List<String> path, String heading, String date, String snippet,
                               Float score) {
    }

    /**
     * One facet value, how many matching sections have it and, for grouped results, how many documents (a document
     * counts once however many of its sections have the value).
     */
    public record FacetValue(String value, long count,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long documents) {
        public FacetValue(String value, long count) {
            this(value, count, null);
        }
    }
}
