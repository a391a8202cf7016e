package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
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

    /** What the search's collectors gathered in one pass (its top hits, or its groups) and the facet counts of its matches. */
    record Result(Object hits, Map<String, List<SearchResponse.FacetValue>> facets) {
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
     * Collects {@code hits} of {@code drill} and counts every facet in the same pass. Without a status filter
     * the main pass sees exactly the matches the status facet counts, so it counts them there; with one
     * ({@code statusFilter} not null) the status counts must ignore it and take a drill-sideways pass of their
     * own over {@code withoutStatus}. With {@code documents} (a grouped search) every facet value also says how many
     * documents it has ({@link DocumentFacetCounts}).
     */
    Result collect(IndexView view, DrillDownQuery drill, CollectorManager<?, ?> hits, Query statusFilter,
                   Query withoutStatus, Map<String, List<String>> filters, LocalDate today, DocumentTable documents)
            throws IOException {
        MultiCollectorManager collectors = statusFilter == null
                ? new MultiCollectorManager(hits, ValidityFacet.counter(today))
                : new MultiCollectorManager(hits);
        SortedSetDocValuesReaderState ordinals = view.get(ORDINALS);
        Object[] collected;
        Map<String, List<SearchResponse.FacetValue>> facets;
        Map<String, Map<String, Long>> documentCounts = Map.of();
        if (ordinals != null) {
            Sideways sideways = new Sideways(view, config, ordinals);
            DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result = sideways.search(drill, collectors);
            collected = result.collectorResult;
            if (documents != null) {
                documentCounts = sideways.documentCounts(documents, ordinals);
                documentCounts.put(Schema.STATUS, DocumentFacetCounts.statuses(DocumentFacetCounts.groups(
                        statusFilter == null ? sideways.drillDowns : view.search(drillDown(withoutStatus, filters),
                                new FacetsCollectorManager()), documents), documents, today));
            }
            facets = counts(result.facets, ordinals, documentCounts);
        } else {
            collected = view.search(drill, collectors);
            facets = empty();
        }
        List<SearchResponse.FacetValue> status = statusFilter == null
                ? ValidityFacet.facetValues((long[]) collected[1])
                : statusCounts(view, withoutStatus, filters, today);
        facets.put(Schema.STATUS, withDocuments(status, documentCounts.get(Schema.STATUS)));
        return new Result(collected[0], facets);
    }

    /** DrillSideways that keeps the matches it counted facets from, to count documents from them too. */
    private static final class Sideways extends DrillSideways {
        FacetsCollector drillDowns;
        FacetsCollector[] sideways = new FacetsCollector[0];
        String[] sidewaysDims = new String[0];

        Sideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
            super(searcher, config, state);
        }

        @Override
        protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                           String[] drillSidewaysDims) throws IOException {
            this.drillDowns = drillDowns;
            if (drillSideways != null) {
                this.sideways = drillSideways;
                this.sidewaysDims = drillSidewaysDims;
            }
            return super.buildFacetsResult(drillDowns, drillSideways, drillSidewaysDims);
        }

        /** Documents per value of every dimension, each from the matches its section counts come from. */
        Map<String, Map<String, Long>> documentCounts(DocumentTable table, SortedSetDocValuesReaderState ordinals)
                throws IOException {
            Map<String, Map<String, Long>> out = new HashMap<>();
            List<String> plain = new ArrayList<>(Schema.FACET_DIMS);
            for (int i = 0; i < sidewaysDims.length; i++) {
                plain.remove(sidewaysDims[i]);
                out.putAll(DocumentFacetCounts.count(sideways[i], List.of(sidewaysDims[i]), table, ordinals));
            }
            out.putAll(DocumentFacetCounts.count(drillDowns, plain, table, ordinals));
            return out;
        }
    }

    /** Status counts of the matches of every filter but status (multi-select, like the other facets). */
    private List<SearchResponse.FacetValue> statusCounts(IndexSearcher searcher, Query withoutStatus,
                                                         Map<String, List<String>> filters, LocalDate today)
            throws IOException {
        return ValidityFacet.facetValues(searcher.search(drillDown(withoutStatus, filters), ValidityFacet.counter(today)));
    }

    private static Map<String, List<SearchResponse.FacetValue>> counts(Facets facets,
                                                                        SortedSetDocValuesReaderState ordinals,
                                                                        Map<String, Map<String, Long>> documents)
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
            out.put(dim, withDocuments(values, documents.get(dim)));
        }
        return out;
    }

    /** {@code values} with their document counts, when there are any (grouped searches). */
    private static List<SearchResponse.FacetValue> withDocuments(List<SearchResponse.FacetValue> values,
                                                                 Map<String, Long> documents) {
        if (documents == null) {
            return List.copyOf(values);
        }
        return values.stream().map(v -> new SearchResponse.FacetValue(v.value(), v.count(),
                documents.getOrDefault(v.value(), 0L))).toList();
    }

    private static Map<String, List<SearchResponse.FacetValue>> empty() {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        Schema.FACET_DIMS.forEach(d -> out.put(d, List.of()));
        return out;
    }
}
