package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.util.FixedBitSet;

import com.gazettesearch.lookup.Await;
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
    /** Whether the counting pass may run beside the hits pass on a free core (else always in the request's thread). */
    private final boolean besideHits;

    SectionFacets() {
        this(true);
    }

    SectionFacets(boolean besideHits) {
        this.besideHits = besideHits;
    }

    /** Up to this many matches are counted exactly; beyond, counts are estimated from a sample. */
    static final int EXACT_LIMIT = 50_000;
    /** Matches an estimate is made of: enough for facet counts within a few tenths of a percent of the matches. */
    static final int SAMPLE_TARGET = 10_000;
    /** Fewer sampled matches than this are too few to scale: one pass then counts all of them. */
    static final int MIN_SAMPLE = SAMPLE_TARGET / 4;
    /** The probe that decides between exact and estimated counts looks at one doc-id window in this many. */
    static final int PROBE_STRIDE = DocumentTable.MAX_SAMPLE_STRIDE;

    /**
     * Runs the counting pass beside the hits pass when a core is free; a pool that never queues and refuses work
     * when every thread is busy: the request then counts in its own thread (in one pass with the hits where it can,
     * see {@link #collectInOnePass}), and nothing waits for a pool thread.
     */
    private static final ThreadPoolExecutor COUNTING = new ThreadPoolExecutor(0,
            Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "search-counts");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());

    /**
     * The top hits, how many sections match, and the facet counts of the matches.
     *
     * @param matches   the query the hits were collected with (every filter applied), to collect more of them
     * @param total     every match, counted by the counting pass or, in one pass, beside the hits (a hits
     *                  collector alone stops counting early)
     * @param documents how many documents the matches are sections of (-1 unless counted for a grouped search)
     * @param exact     false when the counts were estimated from a sample of more than {@value #EXACT_LIMIT} matches
     *                  (each rounded; the hits are exact either way): the facet and status counts, and the total and
     *                  documents too unless counted in one pass
     */
    record Result(Object hits, Query matches, long total, long documents, boolean exact,
                  Map<String, List<SearchResponse.FacetValue>> facets) {
    }

    /** Whether {@code filters} name a value of an indexed facet (any but status, which {@link #drillDown} leaves out). */
    boolean filtersFacets(Map<String, List<String>> filters) {
        return filters.entrySet().stream().anyMatch(e -> !Schema.STATUS.equals(e.getKey()) && !e.getValue().isEmpty());
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
     * Collects {@code hits} of {@code scored} (the matches of {@code drill}, scored as the page ranks them), and
     * counts the matches and every facet, in two passes that run side by side when a core is free: the page, with a
     * collector that may stop counting once its queue is full, so Lucene skips the matches that cannot reach the
     * page (block-max scores for relevance); and one pass over the matches without scores (the cheap way to
     * iterate them) that counts them, their facets from doc-value ordinals and their status from the validity
     * window's doc values. When a probe of one window in {@value #PROBE_STRIDE}
     * says more than {@value #EXACT_LIMIT} sections match, that pass counts a systematic sample of about
     * {@value #SAMPLE_TARGET} of them ({@link SampleWindows}: windows of records, or whole documents when grouped, so
     * the number of documents scales too) and scales the counts: its cost then stays the same
     * however many sections match. Without a status filter the counting pass sees exactly the matches the status
     * facet counts, so it counts them there; with one ({@code statusFilter} not null) the status counts must ignore
     * it and take a drill-sideways pass of their own over {@code withoutStatus}. With {@code documents} (a grouped
     * search) every facet value also says how many documents it has ({@link DocumentFacetCounts}, from the matches the
     * counting pass collected; scaled like the section counts when they are a sample's). When no core is free for the
     * counting pass, the request counts in its own thread: in one pass with the hits if {@code onePass} (the search
     * is ranked and has no facet or status filter, see {@link #collectInOnePass}), else before the hits pass.
     */
    Result collect(IndexView view, DrillDownQuery drill, Query scored, CollectorManager<?, ?> hits, Query statusFilter,
                   Query withoutStatus, Map<String, List<String>> filters, LocalDate today, DocumentTable documents,
                   boolean onePass) throws IOException {
        COLLECTING.incrementAndGet();
        try {
            return collectCounting(view, drill, scored, hits, statusFilter, withoutStatus, filters, today, documents,
                    onePass);
        } finally {
            COLLECTING.decrementAndGet();
        }
    }

    private Result collectCounting(IndexView view, DrillDownQuery drill, Query scored, CollectorManager<?, ?> hits,
                                   Query statusFilter, Query withoutStatus, Map<String, List<String>> filters,
                                   LocalDate today, DocumentTable documents, boolean onePass) throws IOException {
        Future<Counted> counting = besideHits ? besideTheHits(() -> count(view, drill, statusFilter, withoutStatus,
                filters, today, documents)) : null;
        if (counting == null) {
            // Beside the hits pass, counting only saved time on a free core; in this thread one pass costs less.
            if (onePass) {
                return countInOnePass(view, scored, hits, today, documents);
            }
            Counted counted = count(view, drill, statusFilter, withoutStatus, filters, today, documents);
            return new Result(view.search(scored, hits), scored, counted.total(), counted.documents(),
                    counted.stride() == 1, counted.facets());
        }
        Object top = view.search(scored, hits);
        Counted counted = Await.result(counting, "counting");
        return new Result(top, scored, counted.total(), counted.documents(), counted.stride() == 1, counted.facets());
    }

    private record Counted(long total, long documents, int stride, Map<String, List<SearchResponse.FacetValue>> facets) {
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Searches collecting now, each with a thread of its own and perhaps a counting thread beside it. */
    private static final AtomicInteger COLLECTING = new AtomicInteger();

    /**
     * {@code counting} started on a free core, or null when there is none: when other searches are collecting too
     * (a search beside its counting pass takes two cores; with fewer free, the two passes only share the cores the
     * other searches need), or when every counting thread is busy.
     */
    private static Future<Counted> besideTheHits(java.util.concurrent.Callable<Counted> counting) {
        if (2 * COLLECTING.get() > CORES) {
            return null;
        }
        try {
            return COUNTING.submit(counting);
        } catch (RejectedExecutionException everyCoreBusy) {
            return null;
        }
    }

    /** What a sample's counts are multiplied by: of sections, and of documents (the same unless known apart). */
    private record Scale(double sections, double documents) {
        static final Scale NONE = new Scale(1, 1);

        static Scale of(int stride) {
            return new Scale(stride, stride);
        }

        long sections(long sampled) {
            return Math.round(sampled * sections);
        }

        long documents(long sampled) {
            return Math.round(sampled * documents);
        }
    }

    /**
     * What {@link #collect} gives for a ranked search with no facet or status filter, from one pass: the hits pass
     * also keeps every match ({@link MatchBits}), and the totals, facets and status are counted from those bits.
     * Without filters no drill-sideways pass is needed, so one pass is enough; it costs about half the CPU of a hits
     * pass and a counting pass that finds the same matches again (with its probe), because block-max skipping saves
     * the hits pass little when the query's words are common. The total and the number of documents are always
     * counted in full. Beyond {@value #EXACT_LIMIT} matches the facet and status counts come from the matches in a
     * sample of about {@value #SAMPLE_TARGET} of them (the sample {@link SampleWindows} gives: whole documents when
     * grouped), and {@code exact} is false; they are scaled by how many of the exact total's sections (and documents)
     * the sample holds, not by its nominal stride, so a sample that happens to hold more or fewer is not off by that.
     */
    Result collectInOnePass(IndexView view, Query scored, CollectorManager<?, ?> hits, LocalDate today,
                            DocumentTable documents) throws IOException {
        COLLECTING.incrementAndGet();
        try {
            return countInOnePass(view, scored, hits, today, documents);
        } finally {
            COLLECTING.decrementAndGet();
        }
    }

    private Result countInOnePass(IndexView view, Query scored, CollectorManager<?, ?> hits, LocalDate today,
                                  DocumentTable documents) throws IOException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object[] found = view.search(scored, new MultiCollectorManager((CollectorManager) hits, new MatchBits()));
        MatchBits.Matches all = (MatchBits.Matches) found[1];
        long total = all.total();
        int stride = strideFor(total);
        MatchBits.Matches counted = stride == 1 ? all : all.sampled(new SampleWindows(stride, documents)::sample);
        if (counted.total() < MIN_SAMPLE) {
            // matches gathered in a few documents the sample missed, or nearly: too few to scale, and all are here
            counted = all;
            stride = 1;
        }
        SortedSetDocValuesReaderState ordinals = view.get(ORDINALS);
        Map<String, Map<String, Long>> documentCounts = new HashMap<>();
        long documentTotal = -1;
        double documentScale = 1;
        if (documents != null) {
            FixedBitSet allGroups = DocumentFacetCounts.groups(all, documents);
            documentTotal = allGroups.cardinality();
            FixedBitSet countedGroups = stride == 1 ? allGroups : DocumentFacetCounts.groups(counted, documents);
            documentScale = (double) documentTotal / Math.max(1, countedGroups.cardinality());
            documentCounts.put(Schema.STATUS, DocumentFacetCounts.statuses(countedGroups, documents, today));
            if (ordinals != null) {
                documentCounts.putAll(DocumentFacetCounts.count(counted, Schema.FACET_DIMS, documents, ordinals));
            }
        }
        Scale scale = stride == 1 ? Scale.NONE
                : new Scale((double) total / Math.max(1, counted.total()), documentScale);
        Map<String, List<SearchResponse.FacetValue>> facets = ordinals == null ? empty()
                : counts(new SortedSetDocValuesFacetCounts(ordinals, counted), ordinals, scale, documentCounts);
        List<SearchResponse.FacetValue> status = ValidityFacet.facetValues(
                scaled(counted.replay(ValidityFacet.counter(today)), scale));
        facets.put(Schema.STATUS, withDocuments(status, documentCounts.get(Schema.STATUS), scale));
        return new Result(found[0], scored, total, documentTotal < 0 ? -1 : Math.min(total, documentTotal),
                stride == 1, facets);
    }

    private Counted count(IndexView view, DrillDownQuery drill, Query statusFilter, Query withoutStatus,
                          Map<String, List<String>> filters, LocalDate today, DocumentTable documents) throws IOException {
        // the probe reads a 64th of the matches, and a probe cut short by the time limit would choose to count them all
        int stride = stride(view.unlimited(), drill.getBaseQuery());
        // counting needs no scores: constant scores, because drill-sideways asks for one whatever the score mode
        // (a span query's scorer has no scorer of its own without scores)
        Query base = new ConstantScoreQuery(drill.getBaseQuery());
        DrillDownQuery counted = drillDown(stride == 1 ? base : sampled(base, stride, documents), filters);
        // Lucene's drill-sideways scorer (a facet filter) scores a segment whole, never in the windows a time limit
        // checks between (it refuses them), so with a facet filter the count runs without the request's limit
        IndexView counting = filtersFacets(filters) ? view.unlimited() : view;
        TotalHitCountCollectorManager count = new TotalHitCountCollectorManager(counting.getSlices());
        MultiCollectorManager collectors = statusFilter == null
                ? new MultiCollectorManager(count, ValidityFacet.counter(today))
                : new MultiCollectorManager(count);
        SortedSetDocValuesReaderState ordinals = view.get(ORDINALS);
        Object[] collected;
        Map<String, List<SearchResponse.FacetValue>> facets;
        Map<String, Map<String, Long>> documentCounts = Map.of();
        long documentTotal = -1;
        if (ordinals != null) {
            Sideways sideways = new Sideways(counting, config, ordinals);
            DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result = sideways.search(counted, collectors);
            collected = result.collectorResult;
            if (documents != null) {
                documentCounts = sideways.documentCounts(documents, ordinals);
                FixedBitSet matched = DocumentFacetCounts.groups(sideways.drillDowns, documents);
                documentTotal = DocumentFacetCounts.estimateDocuments(matched, documents, stride);
                Query unfiltered = stride == 1 ? withoutStatus : sampled(withoutStatus, stride, documents);
                documentCounts.put(Schema.STATUS, DocumentFacetCounts.statuses(statusFilter == null ? matched
                        : DocumentFacetCounts.groups(view.search(drillDown(new ConstantScoreQuery(unfiltered), filters),
                                new FacetsCollectorManager()), documents), documents, today));
            }
            facets = counts(result.facets, ordinals, Scale.of(stride), documentCounts);
        } else {
            collected = view.search(counted, collectors);
            if (documents != null) {
                documentTotal = DocumentFacetCounts.estimateDocuments(DocumentFacetCounts.groups(
                        view.search(counted, new FacetsCollectorManager()), documents), documents, stride);
            }
            facets = empty();
        }
        List<SearchResponse.FacetValue> status = statusFilter == null
                ? ValidityFacet.facetValues(scaled((long[]) collected[1], Scale.of(stride)))
                : scaledValues(statusCounts(view, stride == 1 ? withoutStatus : sampled(withoutStatus, stride, documents), filters,
                        today), stride);
        facets.put(Schema.STATUS, withDocuments(status, documentCounts.get(Schema.STATUS), Scale.of(stride)));
        long total = (long) (Integer) collected[0] * stride;
        return new Counted(total, documentTotal < 0 ? -1 : Math.min(total, documentTotal), stride, facets);
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

    /**
     * {@code values} with their document counts when there are any (grouped searches), scaled like the section
     * counts of a sample, never above them.
     */
    private static List<SearchResponse.FacetValue> withDocuments(List<SearchResponse.FacetValue> values,
                                                                 Map<String, Long> documents, Scale scale) {
        if (documents == null) {
            return List.copyOf(values);
        }
        return values.stream().map(v -> new SearchResponse.FacetValue(v.value(), v.count(),
                Math.min(v.count(), scale.documents(documents.getOrDefault(v.value(), 0L))))).toList();
    }

    /** 1 (count every match) or the stride of the sample to count, from a probe of the base query's matches. */
    private static int stride(IndexSearcher view, Query base) throws IOException {
        if (view.getIndexReader().maxDoc() <= EXACT_LIMIT) {
            return 1;
        }
        return strideFor((long) view.count(sampled(base, PROBE_STRIDE, null)) * PROBE_STRIDE);
    }

    /**
     * 1 for at most {@value #EXACT_LIMIT} matches, else the stride of a sample of about {@value #SAMPLE_TARGET} of
     * {@code matches}: a power of two, since the document samples of the reader are kept for those strides.
     */
    private static int strideFor(long matches) {
        return matches <= EXACT_LIMIT ? 1
                : Integer.highestOneBit((int) Math.max(2, Math.min(PROBE_STRIDE, matches / SAMPLE_TARGET)));
    }

    /**
     * {@code base} over a sample of one in {@code stride}: of whole documents for a grouped search ({@code documents}
     * not null), whose document counts must scale too; else of windows of records, whose section counts vary less.
     */
    private static Query sampled(Query base, int stride, DocumentTable documents) {
        return new BooleanQuery.Builder().add(base, Occur.MUST)
                .add(new SampleWindows(stride, documents), Occur.FILTER).build();
    }

    private static long[] scaled(long[] counts, Scale scale) {
        long[] out = counts.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = scale.sections(out[i]);
        }
        return out;
    }

    private static List<SearchResponse.FacetValue> scaledValues(List<SearchResponse.FacetValue> values, int stride) {
        return stride == 1 ? values
                : values.stream().map(v -> new SearchResponse.FacetValue(v.value(), v.count() * stride)).toList();
    }

    /** Status counts of the matches of every filter but status (multi-select, like the other facets). */
    private List<SearchResponse.FacetValue> statusCounts(IndexSearcher searcher, Query withoutStatus,
                                                         Map<String, List<String>> filters, LocalDate today)
            throws IOException {
        return ValidityFacet.facetValues(searcher.search(drillDown(new ConstantScoreQuery(withoutStatus), filters),
                ValidityFacet.counter(today)));
    }

    private static Map<String, List<SearchResponse.FacetValue>> counts(Facets facets,
                                                                        SortedSetDocValuesReaderState ordinals,
                                                                        Scale scale,
                                                                        Map<String, Map<String, Long>> documents)
            throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMS) {
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            if (ordinals.getOrdRange(dim) != null) {
                FacetResult result = facets.getTopChildren(FACET_VALUES, dim);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new SearchResponse.FacetValue(lv.label, scale.sections(lv.value.longValue())));
                    }
                }
            }
            values.sort(Comparator.comparingLong(SearchResponse.FacetValue::count).reversed()
                    .thenComparing(SearchResponse.FacetValue::value));
            out.put(dim, withDocuments(values, documents.get(dim), scale));
        }
        return out;
    }

    private static Map<String, List<SearchResponse.FacetValue>> empty() {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        Schema.FACET_DIMS.forEach(d -> out.put(d, List.of()));
        return out;
    }
}
