package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import com.gazettesearch.index.Schema;
import com.gazettesearch.records.validity.ValidityStatus;

/**
 * The {@code status} facet and filter of {@code /api/search} (现行有效, 已失效, 尚未生效, 未注明). Unlike the other
 * facets it is not indexed: status depends on the day, so each request turns the stored validity window into
 * range queries for today ({@link ValidityStatusQueries}). Its counts are multi-select like the other facets:
 * they apply every filter except the status filter itself.
 */
public final class ValidityFacet {
    /** Parameter and facet name. */
    public static final String DIM = "status";

    private ValidityFacet() {
    }

    /**
     * The statuses asked for by {@code status} parameters (repeat for OR), as their labels.
     *
     * @throws BadRequestException naming the parameter and the accepted values for an unknown status
     */
    public static List<String> parse(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String value : raw) {
            String v = value.strip();
            if (v.isEmpty() || out.contains(v)) {
                continue;
            }
            try {
                ValidityStatus.fromLabel(v);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("bad_request", "status: " + e.getMessage().replace("unknown status", "unknown value"));
            }
            out.add(v);
        }
        return out;
    }

    /** The filter for the statuses in {@code filters} (key {@link #DIM}); null when the request names none. */
    public static Query filter(Map<String, List<String>> filters, LocalDate today) {
        List<String> labels = filters.getOrDefault(DIM, List.of());
        if (labels.isEmpty()) {
            return null;
        }
        return ValidityStatusQueries.anyOf(labels.stream().map(ValidityStatus::fromLabel).toList(), today);
    }

    /**
     * Counts per status of the sections matching {@code baseWithoutStatus} and every other facet filter of the
     * request; statuses with no section are left out, the rest ordered like the other facets (count, then value).
     */
    public static List<SearchResponse.FacetValue> counts(IndexSearcher searcher, FacetsConfig config,
                                                         Query baseWithoutStatus, Map<String, List<String>> filters,
                                                         LocalDate today) throws IOException {
        DrillDownQuery drill = new DrillDownQuery(config, baseWithoutStatus);
        filters.forEach((dim, values) -> {
            if (!DIM.equals(dim)) {
                values.forEach(v -> drill.add(dim, v));
            }
        });
        List<SearchResponse.FacetValue> out = new ArrayList<>();
        for (Map.Entry<ValidityStatus, Query> e : ValidityStatusQueries.all(today).entrySet()) {
            int n = searcher.count(new BooleanQuery.Builder()
                    .add(drill, Occur.FILTER)
                    .add(e.getValue(), Occur.FILTER)
                    .build());
            if (n > 0) {
                out.add(new SearchResponse.FacetValue(e.getKey().label(), n));
            }
        }
        out.sort(Comparator.comparingLong(SearchResponse.FacetValue::count).reversed()
                .thenComparing(SearchResponse.FacetValue::value));
        return List.copyOf(out);
    }

    /** The status of a stored section or document record on {@code today}. */
    public static String statusOf(Document d, LocalDate today) {
        return ValidityStatus.of(DocumentLookup.epochDay(d, Schema.VALID_FROM), DocumentLookup.epochDay(d, Schema.VALID_TO),
                today).label();
    }

    /** Today in China time, when a document's status changes. */
    public static LocalDate today() {
        return LocalDate.now(ValidityStatus.CLOCK);
    }
}
