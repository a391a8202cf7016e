package com.gazettesearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import com.gazettesearch.index.Schema;

/**
 * Searches sections: builds the ranking query ({@link GazetteQueryBuilder}), applies facet filters as
 * a {@link DrillDownQuery} and counts facets with {@link DrillSideways} (so a filtered dimension still
 * shows its other values), sorts by relevance or date with the section id breaking ties (stable
 * paging), and highlights the text with the {@link UnifiedHighlighter}. Every search borrows a
 * searcher from {@link Searchers} and returns it.
 */
public final class SearchService {
    /** Facet values returned per dimension. */
    static final int FACET_VALUES = 50;
    /** Characters of text shown when a hit has no highlighted passage. */
    static final int LEADING_CHARS = 160;
    /** Length the highlighter aims for per passage, centred on the match (CJK sentences can run to hundreds of characters). */
    static final int PASSAGE_CHARS = 100;

    private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.DOC_TITLE, Schema.DOC_NUMBER,
            Schema.REG_NUMBER, Schema.REGION, Schema.ISSUER, Schema.KIND, Schema.DATE, Schema.SECTION_TYPE, Schema.PATH,
            Schema.HEADING, Schema.TEXT, Schema.VALID_FROM, Schema.VALID_TO);

    private final Searchers searchers;
    private final Synonyms synonyms;
    private final GazetteQueryBuilder queryBuilder;
    private final List<AnswerProvider> answerProviders;
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private volatile FacetState facetState;
    private volatile Vocabulary vocabulary;

    /** Facet ordinals of one reader; rebuilt when the searcher manager hands out a newer reader. */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public SearchService(Searchers searchers, Synonyms synonyms, GazetteQueryBuilder queryBuilder,
                         List<AnswerProvider> answerProviders) {
        this.searchers = searchers;
        this.synonyms = synonyms;
        this.queryBuilder = queryBuilder;
        this.answerProviders = List.copyOf(answerProviders);
    }

    public SearchService(Searchers searchers, Synonyms synonyms) {
        this(searchers, synonyms, new GazetteQueryBuilder(), List.of());
    }

    /** The application's search: the tuned ranking and every answer provider (fees). */
    public static SearchService standard(Searchers searchers, Synonyms synonyms) {
        return new SearchService(searchers, synonyms, new GazetteQueryBuilder(),
                List.of(new FeeAnswerProvider(new FeeLookup(searchers))));
    }

    /** The ranking query for a raw query string, or null when it has no content. */
    public Query rankingQuery(String q) throws IOException {
        List<String> regions = searchers.withSearcher(s -> regions(s.getIndexReader()));
        return queryBuilder.build(UserQuery.parse(q), synonyms.current(), regions);
    }

    /** Region names in the index (cached per reader), so a query can name one. */
    private List<String> regions(IndexReader reader) throws IOException {
        Vocabulary v = vocabulary;
        if (v != null && v.reader() == reader) {
            return v.regions();
        }
        List<String> regions = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Schema.REGION);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                regions.add(t.utf8ToString());
            }
        }
        vocabulary = new Vocabulary(reader, List.copyOf(regions));
        return vocabulary.regions();
    }

    private record Vocabulary(IndexReader reader, List<String> regions) {
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        UserQuery userQuery = UserQuery.parse(request.q());
        Synonyms.Snapshot rules = synonyms.current();
        List<String> regions = searchers.withSearcher(s -> regions(s.getIndexReader()));
        Query ranking = request.browse() ? null : queryBuilder.build(userQuery, rules, regions);
        Query highlight = ranking == null ? null : queryBuilder.highlightQuery(userQuery, rules);
        boolean browse = ranking == null;
        LocalDate today = ValidityFacet.today();
        SearchResponse response = searchers.withSearcher(searcher -> {
            BooleanQuery.Builder base = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_SECTION)), Occur.FILTER);
            if (!browse) {
                base.add(ranking, Occur.MUST);
            } else if (!request.browse()) {
                // Text given but nothing searchable in it (only question words or punctuation): no hits.
                base.add(new MatchAllDocsQuery(), Occur.MUST_NOT);
            }
            if (request.from() != null || request.to() != null) {
                long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
                long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
                base.add(LongField.newRangeQuery(Schema.DATE, lo, hi), Occur.FILTER);
            }
            // status is not indexed: its filter is a query for today, and its counts ignore that filter only
            Query withoutStatus = base.build();
            Query statusFilter = ValidityFacet.filter(request.filters(), today);
            if (statusFilter != null) {
                base.add(statusFilter, Occur.FILTER);
            }
            boolean byDate = browse || request.sort() == SearchRequest.Sort.DATE;
            // Sorted by date, the pass needs no scores (the page is scored afterwards), and must not be asked for
            // any: DrillSidewaysScorer's union and drill-down-advance strategies call score() on every base hit
            // whatever the score mode, and a span weight built without scores has no scorer to answer (a 500 on
            // 第二十条&sort=date&region=…). A constant-score base answers score() without its clauses.
            Query baseQuery = byDate ? new ConstantScoreQuery(base.build()) : base.build();
            DrillDownQuery drill = new DrillDownQuery(facetsConfig, baseQuery);
            request.filters().forEach((dim, values) -> {
                if (!ValidityFacet.DIM.equals(dim)) {
                    values.forEach(v -> drill.add(dim, v));
                }
            });

            Sort sort = byDate
                    ? new Sort(LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
                            new SortedSetSortField(Schema.ID, false))
                    : new Sort(SortField.FIELD_SCORE, new SortedSetSortField(Schema.ID, false));
            int window = request.offset() + request.size();
            TopFieldCollectorManager collector = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);

            // Without a status filter the main pass sees exactly the matches the status facet counts:
            // count them in that pass. With one, the counts must ignore it (drill sideways), so they
            // take a pass of their own.
            MultiCollectorManager collectors = statusFilter == null
                    ? new MultiCollectorManager(collector, ValidityFacet.counter(today))
                    : new MultiCollectorManager(collector);
            Object[] collected;
            Map<String, List<SearchResponse.FacetValue>> facets;
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            try {
                if (state != null) {
                    DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result =
                            new DrillSideways(searcher, facetsConfig, state).search(drill, collectors);
                    collected = result.collectorResult;
                    facets = facetCounts(result.facets, state);
                } else {
                    collected = searcher.search(drill, collectors);
                    facets = emptyFacets();
                }
            } catch (IndexSearcher.TooManyClauses e) {
                // The query builder keeps queries far below the limit; should one still exceed it, the
                // user can shorten the query, so it is a bad request rather than a fault.
                throw new BadRequestException("query_too_complex",
                        "q: too complex to search (" + e.getMessage() + "); use fewer words or quotes");
            }
            TopFieldDocs top = (TopFieldDocs) collected[0];
            facets.put(ValidityFacet.DIM, statusFilter == null
                    ? ValidityFacet.facetValues((long[]) collected[1])
                    : ValidityFacet.counts(searcher, facetsConfig, withoutStatus, request.filters(), today));

            ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
            if (!browse && byDate && page.length > 0) {
                TopFieldCollector.populateScores(page, searcher, ranking);
            }
            List<SearchResponse.Hit> hits = render(searcher, page, highlight, today);
            List<SearchResponse.Hit> scored = browse ? hits : withScores(hits, page, byDate);
            return new SearchResponse(request.q(), top.totalHits.value(), request.page(), request.size(),
                    byDate ? SearchRequest.Sort.DATE.apiName() : SearchRequest.Sort.RELEVANCE.apiName(), 0L,
                    scored, facets, List.of());
        });
        List<Map<String, Object>> answers = new ArrayList<>();
        for (AnswerProvider provider : answerProviders) {
            answers.addAll(provider.answersFor(request.q(), request));
        }
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return new SearchResponse(response.query(), response.total(), response.page(), response.size(), response.sort(),
                tookMs, response.hits(), response.facets(), List.copyOf(answers));
    }

    /** A stored section as ranked by some query: what the eval compares with its judgments. */
    public record RankedSection(String id, String docId, String docTitle, String docNumber, String regNumber,
                                String heading, List<String> path, String text) {
    }

    /** The top {@code n} sections for {@code ranking} (no filters, no facets, no highlighting). */
    public List<RankedSection> rank(Query ranking, int n) throws IOException {
        return searchers.withSearcher(searcher -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_SECTION)), Occur.FILTER)
                    .add(ranking, Occur.MUST).build();
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(Schema.ID, false));
            TopFieldDocs top = searcher.search(q, new TopFieldCollectorManager(sort, n, null, n));
            StoredFields stored = searcher.storedFields();
            List<RankedSection> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, HIT_FIELDS);
                out.add(new RankedSection(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                        d.get(Schema.DOC_NUMBER), d.get(Schema.REG_NUMBER), d.get(Schema.HEADING),
                        List.of(d.getValues(Schema.PATH)), d.get(Schema.TEXT)));
            }
            return out;
        });
    }

    private List<SearchResponse.Hit> render(IndexSearcher searcher, ScoreDoc[] page, Query highlight, LocalDate today)
            throws IOException {
        String[] snippets = new String[page.length];
        if (highlight != null && page.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Schema.indexAnalyzer())
                    .withFormatter(new SnippetFormatter())
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                    .withMaxNoHighlightPassages(0)
                    .build();
            ScoreDoc[] forHighlighter = Arrays.stream(page).map(sd -> new ScoreDoc(sd.doc, sd.score)).toArray(ScoreDoc[]::new);
            snippets = highlighter.highlight(Schema.TEXT, highlight,
                    new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), forHighlighter), 2);
        }
        StoredFields stored = searcher.storedFields();
        List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, HIT_FIELDS);
            String text = d.get(Schema.TEXT) == null ? "" : d.get(Schema.TEXT);
            String snippet = snippets[i] != null && !snippets[i].isBlank() ? snippets[i].strip()
                    : SnippetFormatter.leading(text.strip(), LEADING_CHARS);
            IndexableField date = d.getField(Schema.DATE);
            hits.add(new SearchResponse.Hit(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                    d.get(Schema.DOC_NUMBER), d.get(Schema.REGION), d.get(Schema.ISSUER), d.get(Schema.KIND),
                    date == null || date.numericValue() == null ? null
                            : LocalDate.ofEpochDay(date.numericValue().longValue()).toString(),
                    d.get(Schema.SECTION_TYPE), List.of(d.getValues(Schema.PATH)), d.get(Schema.HEADING), snippet, null,
                    ValidityFacet.statusOf(d, today)));
        }
        return hits;
    }

    private static List<SearchResponse.Hit> withScores(List<SearchResponse.Hit> hits, ScoreDoc[] page, boolean byDate) {
        List<SearchResponse.Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            SearchResponse.Hit h = hits.get(i);
            float score = byDate ? page[i].score : ((Number) ((FieldDoc) page[i]).fields[0]).floatValue();
            out.add(new SearchResponse.Hit(h.id(), h.docId(), h.docTitle(), h.docNumber(), h.region(), h.issuer(),
                    h.kind(), h.date(), h.type(), h.path(), h.heading(), h.snippet(), score, h.status()));
        }
        return out;
    }

    private Map<String, List<SearchResponse.FacetValue>> facetCounts(Facets facets, SortedSetDocValuesReaderState state)
            throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMS) {
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            if (state.getOrdRange(dim) != null) {
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

    private static Map<String, List<SearchResponse.FacetValue>> emptyFacets() {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        Schema.FACET_DIMS.forEach(d -> out.put(d, List.of()));
        return out;
    }

    /** Facet state for this reader, or null when the index has no facet values at all (an empty index). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            FieldInfo facetField = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            SortedSetDocValuesReaderState state = facetField == null ? null
                    : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            facetState = new FacetState(reader, state);
            return state;
        }
    }
}
