package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.lookup.IndexView;
import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.lookup.RecordQueries;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.search.query.Synonyms;
import com.gazettesearch.search.query.UserQuery;

/**
 * Searches sections: builds the ranking query ({@link GazetteQueryBuilder}), applies the filters, collects one
 * page sorted by relevance or date with the section id breaking ties (stable paging) and the facets of all
 * matches in the same pass ({@link SectionFacets}), renders the page ({@link HitRenderer}) and asks every
 * {@link AnswerProvider}. One search acquires one {@link IndexView} and passes it down, so hits, facets and
 * answers come from the same commit; what depends only on the reader (region names, facet ordinals, the answers'
 * records) was built when the reader opened ({@link #READER_STATE}).
 */
public final class SearchService {
    /** Region names in the index, so a query can name one. */
    static final PerReader<List<String>> REGIONS = PerReader.of("region names", SearchService::regions);

    /** The per-reader state {@link #standard} needs: open the index with it ({@code Searchers.open(dir, …)}). */
    public static final List<PerReader<?>> READER_STATE =
            List.of(REGIONS, SectionFacets.ORDINALS, FeeAnswerProvider.FEE_ITEMS);

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(Schema.ID, false));
    private static final Sort BY_DATE = new Sort(
            LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
            new SortedSetSortField(Schema.ID, false));

    private final Searchers searchers;
    private final Synonyms synonyms;
    private final GazetteQueryBuilder queryBuilder;
    private final List<AnswerProvider> answerProviders;
    private final SectionFacets facets = new SectionFacets();
    private final HitRenderer renderer = new HitRenderer();

    /** @throws IllegalStateException when {@code searchers} do not build the per-reader state this needs */
    public SearchService(Searchers searchers, Synonyms synonyms, GazetteQueryBuilder queryBuilder,
                         List<AnswerProvider> answerProviders) {
        this.searchers = searchers;
        this.synonyms = synonyms;
        this.queryBuilder = queryBuilder;
        this.answerProviders = List.copyOf(answerProviders);
        List<PerReader<?>> needed = new ArrayList<>(List.of(REGIONS, SectionFacets.ORDINALS));
        this.answerProviders.forEach(p -> needed.addAll(p.readerState()));
        searchers.require(needed);
    }

    public SearchService(Searchers searchers, Synonyms synonyms) {
        this(searchers, synonyms, new GazetteQueryBuilder(), List.of());
    }

    /** The application's search: the tuned ranking and every answer provider (fees). */
    public static SearchService standard(Searchers searchers, Synonyms synonyms) {
        return new SearchService(searchers, synonyms, new GazetteQueryBuilder(), List.of(new FeeAnswerProvider()));
    }

    /** The ranking query for a raw query string, or null when it has no content. */
    public Query rankingQuery(String q) throws IOException {
        return searchers.withSearcher(view -> queryBuilder.build(UserQuery.parse(q), synonyms.current(), view.get(REGIONS)));
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        return searchers.withSearcher(view -> {
            Plan plan = plan(request, view);
            LocalDate today = ValidityFacet.today();
            SectionFacets.Result found = collect(view, request, plan, today);
            ScoreDoc[] page = page(view, found.top(), request, plan);
            List<SearchResponse.Hit> hits = renderer.render(view, page, plan.highlight(), plan.scores(), today);
            List<Map<String, Object>> answers = new ArrayList<>();
            for (AnswerProvider provider : answerProviders) {
                answers.addAll(provider.answersFor(view, request.q(), request));
            }
            return new SearchResponse(request.q(), found.total(), found.exact(), request.page(), request.size(),
                    plan.byDate() ? SearchRequest.Sort.DATE.apiName() : SearchRequest.Sort.RELEVANCE.apiName(),
                    (System.nanoTime() - started) / 1_000_000, hits, found.facets(), List.copyOf(answers));
        });
    }

    /**
     * What one search runs: the ranking query (null when browsing, or when the text has nothing searchable), what
     * its snippets mark, and the order.
     */
    private record Plan(Query ranking, Query highlight, boolean noMatches, boolean byDate) {
        boolean browse() {
            return ranking == null;
        }

        HitRenderer.Scores scores() {
            return browse() ? HitRenderer.Scores.NONE
                    : byDate ? HitRenderer.Scores.POPULATED : HitRenderer.Scores.SORT_VALUE;
        }
    }

    private Plan plan(SearchRequest request, IndexView view) {
        UserQuery userQuery = UserQuery.parse(request.q());
        Synonyms.Snapshot rules = synonyms.current();
        Query ranking = request.browse() ? null : queryBuilder.build(userQuery, rules, view.get(REGIONS));
        Query highlight = ranking == null ? null : queryBuilder.highlightQuery(userQuery, rules);
        // Text given but nothing searchable in it (only question words or punctuation): no hits.
        boolean noMatches = ranking == null && !request.browse();
        boolean byDate = ranking == null || request.sort() == SearchRequest.Sort.DATE;
        return new Plan(ranking, highlight, noMatches, byDate);
    }

    /** The top {@code offset + size} sections and the facets of every match, in one pass where it can be. */
    private SectionFacets.Result collect(IndexView view, SearchRequest request, Plan plan, LocalDate today)
            throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(RecordQueries.ofType(Schema.TYPE_SECTION), Occur.FILTER);
        if (!plan.browse()) {
            base.add(plan.ranking(), Occur.MUST);
        } else if (plan.noMatches()) {
            base.add(MatchAllDocsQuery.INSTANCE, Occur.MUST_NOT);
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
        // Sorted by date, the pass needs no scores (the page is scored afterwards), and must not be asked for any:
        // DrillSidewaysScorer's union and drill-down-advance strategies call score() on every base hit whatever the
        // score mode, and a span weight built without scores has no scorer to answer (a 500 on
        // 第二十条&sort=date&region=…). A constant-score base answers score() without its clauses.
        DrillDownQuery drill = facets.drillDown(plan.byDate() ? new ConstantScoreQuery(base.build()) : base.build(),
                request.filters());
        int window = request.offset() + request.size();
        // no exact count from the hits pass (SectionFacets counts every match): Lucene may skip what cannot make the page
        TopFieldCollectorManager topHits = new TopFieldCollectorManager(plan.byDate() ? BY_DATE : BY_RELEVANCE,
                window, null, window);
        try {
            return facets.collect(view, drill, topHits, statusFilter, withoutStatus, request.filters(), today);
        } catch (IndexSearcher.TooManyClauses e) {
            // The query builder keeps queries far below the limit; should one still exceed it, the
            // user can shorten the query, so it is a bad request rather than a fault.
            throw new BadRequestException("query_too_complex",
                    "q: too complex to search (" + e.getMessage() + "); use fewer words or quotes");
        }
    }

    /** This request's page of {@code top}, with relevance scores filled in when sorted by date. */
    private static ScoreDoc[] page(IndexSearcher searcher, TopFieldDocs top, SearchRequest request, Plan plan)
            throws IOException {
        ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
        if (!plan.browse() && plan.byDate() && page.length > 0) {
            TopFieldCollector.populateScores(page, searcher, plan.ranking());
        }
        return page;
    }

    /** A stored section as ranked by some query: what the eval compares with its judgments. */
    public record RankedSection(String id, String docId, String docTitle, String docNumber, String regNumber,
                                String heading, List<String> path, String text) {
    }

    /** The top {@code n} sections for {@code ranking} (no filters, no facets, no highlighting). */
    public List<RankedSection> rank(Query ranking, int n) throws IOException {
        return searchers.withSearcher(searcher -> {
            Query q = new BooleanQuery.Builder()
                    .add(RecordQueries.ofType(Schema.TYPE_SECTION), Occur.FILTER)
                    .add(ranking, Occur.MUST).build();
            TopFieldDocs top = searcher.search(q, new TopFieldCollectorManager(BY_RELEVANCE, n, null, n));
            StoredFields stored = searcher.storedFields();
            List<RankedSection> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, HitRenderer.HIT_FIELDS);
                out.add(new RankedSection(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                        d.get(Schema.DOC_NUMBER), d.get(Schema.REG_NUMBER), d.get(Schema.HEADING),
                        List.of(d.getValues(Schema.PATH)), d.get(Schema.TEXT)));
            }
            return out;
        });
    }

    /** The region names of one reader's sections and documents. */
    private static List<String> regions(IndexSearcher searcher) throws IOException {
        List<String> regions = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.REGION);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                regions.add(t.utf8ToString());
            }
        }
        return List.copyOf(regions);
    }
}
