package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopFieldDocs;

import com.gazettesearch.lookup.IndexView;
import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.schema.Schema;

/**
 * The facets of a section search: runs the search's own pass with {@link DrillSideways} (so a filtered dimension
 * still shows its other values) and counts {@link Schema#FACET_DIMS} from the facet ordinals of the reader, which
 * are built once per reader ({@link #ORDINALS}), plus the {@code status} facet ({@link ValidityFacet}).
 */
final class SectionFacets {
    /** Facet values returned per dimension. */
    static final int FACET_VALUES = 50;

    /** Facet ordinals of one reader; null when the index has no facet values at all (an empty index). */
    static final PerReader<SortedSetDocValuesReaderState> ORDINALS = PerReader.of("facet ordinals", searcher -> {
        FieldInfo facetField = FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        return facetField == null ? null
                : new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), Schema.facetsConfig());
    });

    private final FacetsConfig config = Schema.facetsConfig();

    /** The top hits of one pass and the facet counts of its matches. */
    record Result(TopFieldDocs top, Map<String, List<SearchResponse.FacetValue>> facets) {
    }

    /** A drill-down over {@code base} with every facet filter of the request except status, which is not indexed. */
    DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
        DrillDownQuery drill = new DrillDownQuery(config, base);
        filters.forEach((dim, values) -> {
            if (!Schema.STATUS.equals(dim)) {
                values.forEach(v -> drill.add(dim, v));
            }
        });
        return drill;
    }

    /**
     * Collects {@code topHits} of {@code drill} and counts every facet in the same pass. Without a status filter
     * the main pass sees exactly the matches the status facet counts, so it counts them there; with one
     * ({@code statusFilter} not null) the status counts must ignore it and take a drill-sideways pass of their
     * own over {@code withoutStatus}.
     */
    Result collect(IndexView view, DrillDownQuery drill, CollectorManager<?, TopFieldDocs> topHits, Query statusFilter,
                   Query withoutStatus, Map<String, List<String>> filters, LocalDate today) throws IOException {
        MultiCollectorManager collectors = statusFilter == null
                ? new MultiCollectorManager(topHits, ValidityFacet.counter(today))
                : new MultiCollectorManager(topHits);
        SortedSetDocValuesReaderState ordinals = view.get(ORDINALS);
        Object[] collected;
        Map<String, List<SearchResponse.FacetValue>> facets;
        if (ordinals != null) {
            DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result =
                    new DrillSideways(view, config, ordinals).search(drill, collectors);
            collected = result.collectorResult;
            facets = counts(result.facets, ordinals);
        } else {
            collected = view.search(drill, collectors);
            facets = empty();
        }
        facets.put(Schema.STATUS, statusFilter == null
                ? ValidityFacet.facetValues((long[]) collected[1])
                : statusCounts(view, withoutStatus, filters, today));
        return new Result((TopFieldDocs) collected[0], facets);
    }

    /** Status counts of the matches of every filter but status (multi-select, like the other facets). */
    private List<SearchResponse.FacetValue> statusCounts(IndexSearcher searcher, Query withoutStatus,
                                                         Map<String, List<String>> filters, LocalDate today)
            throws IOException {
        return ValidityFacet.facetValues(searcher.search(drillDown(withoutStatus, filters), ValidityFacet.counter(today)));
    }

    private static Map<String, List<SearchResponse.FacetValue>> counts(Facets facets,
                                                                        SortedSetDocValuesReaderState ordinals)
            throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMS) {
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            if (ordinals.getOrdRange(dim) != null) {
                FacetResult result = facets.getTopChildren(FACET_VALUES, dim);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue()));
                    }
                }
            }
            values.sort(Comparator.comparingLong(SearchResponse.FacetValue::count).reversed()
                    .thenComparing(SearchResponse.FacetValue::value));
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    private static Map<String, List<SearchResponse.FacetValue>> empty() {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        Schema.FACET_DIMS.forEach(d -> out.put(d, List.of()));
        return out;
    }
}
