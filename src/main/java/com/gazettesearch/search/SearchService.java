package com.gazettesearch.search;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.lookup.IndexView;
import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.lookup.RecordQueries;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.search.query.DocumentIdentifiers;
import com.gazettesearch.search.query.Filtered;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.search.query.IndexNames;
import com.gazettesearch.search.query.MatchBound;
import com.gazettesearch.search.query.PreferenceQuery;
import com.gazettesearch.search.query.Synonyms;
import com.gazettesearch.search.query.UserQuery;

/**
 * Searches sections: understands the query (an identifier that names a document, the region, issuer or time it
 * names) and builds the ranking query ({@link GazetteQueryBuilder}), applies the filters, and collects either one
 * page of sections sorted by relevance or date (ties by reading order, then section id: stable paging) or, grouped by
 * document, one page of documents with their best sections (from the top sections, then {@link SectionGroups} over
 * the page's documents), together with the facets of all matches ({@link SectionFacets}); renders the page ({@link HitRenderer}) and asks every
 * {@link AnswerProvider}. One search acquires one {@link IndexView} and passes it down, so hits, facets and answers
 * come from the same commit; what depends only on the reader (the documents, their identifiers, region and issuer
 * names, facet ordinals, the answers' records) was built when the reader opened ({@link #READER_STATE}).
 */
public final class SearchService {
    /** Region and issuer names in the index, so a query can name one. */
    static final PerReader<IndexNames> NAMES = PerReader.of("region and issuer names", SearchService::names);

    /** The per-reader state {@link #standard} needs: open the index with it ({@code Searchers.open(dir, …)}). */
    public static final List<PerReader<?>> READER_STATE =
            List.of(DocumentTable.STATE, NAMES, SectionFacets.ORDINALS, FeeAnswerProvider.FEE_ITEMS);

    /** The newer document first (the one in force is likelier meant); undated documents last. */
    private static final SortField NEWEST = LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX,
            Long.MIN_VALUE);
    private static final SortField READING_ORDER = IntField.newSortField(Schema.ORDER, false,
            SortedNumericSelector.Type.MIN);
    /** Relevance, then the newer document, then reading order, then id. */
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST, READING_ORDER,
            new SortedSetSortField(Schema.ID, false));
    private static final Sort BY_DATE = new Sort(NEWEST, new SortedSetSortField(Schema.ID, false));
    /** Score of every section of a document the query names by its title: above anything the words can score. */
    static final float PINNED = 10_000f;

    private final Searchers searchers;
    private final Synonyms synonyms;
    private final GazetteQueryBuilder queryBuilder;
    private final GroupShape groupShape;
    private final List<AnswerProvider> answerProviders;
    private final SectionFacets facets;
    /** How long a search's matching passes may run (0: as long as they take); see {@link #withTimeLimit}. */
    private final long budgetNanos;
    private final HitRenderer renderer = new HitRenderer();

    /**
     * How documents are ranked and shown: a document ranks by its best section's score times
     * {@code 1 + matchBonus · ln(matched sections)} (a document that answers in several places is likelier the one
     * meant); besides its best section it shows the next ones when they score at least {@code sectionRatio} of it
     * (up to {@value SectionGroups#BEST}).
     */
    public record GroupShape(float sectionRatio, float matchBonus) {
        public static GroupShape defaults() {
            return new GroupShape(0.5f, 0f);
        }

        float score(float best, int matched) {
            return matched <= 1 ? best : best * (1 + matchBonus * (float) Math.log(matched));
        }
    }

    /** @throws IllegalStateException when {@code searchers} do not build the per-reader state this needs */
    public SearchService(Searchers searchers, Synonyms synonyms, GazetteQueryBuilder queryBuilder,
                         GroupShape groupShape, List<AnswerProvider> answerProviders) {
        this(searchers, synonyms, queryBuilder, groupShape, answerProviders, new SectionFacets(), 0);
    }

    private SearchService(Searchers searchers, Synonyms synonyms, GazetteQueryBuilder queryBuilder,
                          GroupShape groupShape, List<AnswerProvider> answerProviders, SectionFacets facets,
                          long budgetNanos) {
        this.facets = facets;
        this.budgetNanos = budgetNanos;
        this.searchers = searchers;
        this.synonyms = synonyms;
        this.queryBuilder = queryBuilder;
        this.groupShape = groupShape;
        this.answerProviders = List.copyOf(answerProviders);
        List<PerReader<?>> needed = new ArrayList<>(List.of(DocumentTable.STATE, NAMES, SectionFacets.ORDINALS));
        this.answerProviders.forEach(p -> needed.addAll(p.readerState()));
        searchers.require(needed);
    }

    public SearchService(Searchers searchers, Synonyms synonyms, GazetteQueryBuilder queryBuilder,
                         List<AnswerProvider> answerProviders) {
        this(searchers, synonyms, queryBuilder, GroupShape.defaults(), answerProviders);
    }

    public SearchService(Searchers searchers, Synonyms synonyms) {
        this(searchers, synonyms, new GazetteQueryBuilder(), List.of());
    }

    /** The application's search: the tuned ranking and every answer provider (the named document, fees). */
    public static SearchService standard(Searchers searchers, Synonyms synonyms) {
        return new SearchService(searchers, synonyms, new GazetteQueryBuilder(),
                List.of(new DocumentAnswerProvider(), new FeeAnswerProvider()));
    }

    /**
     * The same search, counting always in the request's thread (what it does when no core is free): one pass with
     * the hits wherever the request allows it, so its counts can be compared with those of the counting pass.
     */
    SearchService countingInTheRequestThread() {
        return copy(queryBuilder, groupShape, new SectionFacets(false), budgetNanos);
    }

    /**
     * The same search with its matching passes (the hits, and the counts and facets of a search without facet
     * filters) limited to {@code budget} from their start, once the query is understood and the answers read: a
     * search that would take longer answers with what they read by then, marked {@code partial} and not exact,
     * rather than hold a core while others wait. The limit is checked between windows of documents and before each
     * segment, so a search may overrun it by part of a segment's work. The page's groups and snippets are read after
     * it without the limit, so a partial page is still a whole page of what was found. {@link Duration#ZERO} sets no
     * limit.
     */
    public SearchService withTimeLimit(Duration budget) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a search's time limit cannot be negative: " + budget);
        }
        return copy(queryBuilder, groupShape, facets, budget.toNanos());
    }

    /** The same search with other weights and group shape (the eval's tuning). */
    public SearchService with(GazetteQueryBuilder.Weights weights, GroupShape shape) {
        return copy(new GazetteQueryBuilder(weights), shape, facets, budgetNanos);
    }

    private SearchService copy(GazetteQueryBuilder builder, GroupShape shape, SectionFacets counting, long budget) {
        return new SearchService(searchers, synonyms, builder, shape, answerProviders, counting, budget);
    }

    /** The ranking query for a raw query string, or null when it has no content. */
    public Query rankingQuery(String q) throws IOException {
        return searchers.withSearcher(view -> understand(UserQuery.parse(q), view).ranking());
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        return search(request, Duration.ZERO);
    }

    /**
     * {@link #search} of a request that waited {@code waited} for its turn (in the server's queue): its time limit
     * is what is left of it after that wait, so a request that waited answers about when it would have without the
     * wait, but its matching passes always have at least a quarter of the limit (a request that waited that long
     * still reads something).
     */
    public SearchResponse search(SearchRequest request, Duration waited) throws IOException {
        long budget = budgetAfter(budgetNanos, waited.toNanos());
        long started = System.nanoTime();
        return searchers.withSearcher(view -> {
            Plan planned = plan(request, view);
            LocalDate today = ValidityFacet.today();
            List<Map<String, Object>> answers = answers(view, request);
            // the time limit starts with the matching passes, once the query is understood and the answers read
            Plan first = budget == 0 ? planned : planned.countingOn(view.until(System.nanoTime() + budget));
            String sort = first.byDate() ? SearchRequest.Sort.DATE.apiName() : SearchRequest.Sort.RELEVANCE.apiName();
            if (request.grouped()) {
                GroupedRun run = collectGroupsOrFewerWords(view, request, first, today);
                Grouped found = run.found();
                List<SearchResponse.Group> groups = renderGroups(view, found, run.plan(), today);
                boolean partial = run.plan().counting().timedOut();
                return new SearchResponse(request.q(), found.total(), found.exact() && !partial, found.documents(),
                        request.page(), request.size(), sort, request.group().apiName(),
                        (System.nanoTime() - started) / 1_000_000, partial, null, groups, found.facets(), answers);
            }
            FlatRun run = collectOrFewerWords(view, request, first, today);
            SectionFacets.Result found = run.found();
            ScoreDoc[] page = page(view, (TopFieldDocs) found.hits(), request, run.plan());
            Plan plan = run.plan();
            List<SearchResponse.Hit> hits = renderer.render(view, page, plan.highlight(), plan.scores(), today);
            boolean partial = plan.counting().timedOut();
            return new SearchResponse(request.q(), found.total(), found.exact() && !partial, null, request.page(),
                    request.size(), sort, request.group().apiName(), (System.nanoTime() - started) / 1_000_000, partial,
                    hits, null, found.facets(), answers);
        });
    }

    /**
     * The matching passes' limit after a wait of {@code waitedNanos}: what is left, at least a quarter, and never 0
     * (which would mean no limit) unless there is none.
     */
    static long budgetAfter(long budgetNanos, long waitedNanos) {
        if (budgetNanos == 0) {
            return 0;
        }
        return Math.max(budgetNanos - Math.max(0, waitedNanos), Math.max(1, budgetNanos / 4));
    }

    /**
     * What the query means for the ranking: the ranking query (null when it has nothing searchable), what its
     * snippets mark, and the document an identifier in it names.
     */
    private record Understanding(Query ranking, Query highlight, Optional<DocumentIdentifiers.Match> identifier,
                                 boolean relaxable) {
        Understanding(Query ranking, Query highlight, Optional<DocumentIdentifiers.Match> identifier) {
            this(ranking, highlight, identifier, false);
        }
    }

    private Understanding understand(UserQuery userQuery, IndexView view) {
        Synonyms.Snapshot rules = synonyms.current();
        IndexNames names = view.get(NAMES);
        Optional<DocumentIdentifiers.Match> id = view.get(DocumentTable.STATE).identifiers().find(userQuery.raw());
        if (id.isEmpty()) {
            Query ranking = queryBuilder.build(userQuery, rules, names);
            return new Understanding(ranking, ranking == null ? null : queryBuilder.highlightQuery(userQuery, rules), id,
                    ranking != null);
        }
        DocumentIdentifiers.Match match = id.get();
        if (!match.found()) {
            // Reads as an identifier no document has: find it where it is cited, as written, not by its digits.
            UserQuery quoted = UserQuery.parse(userQuery.raw().replace(match.text(), " \"" + match.text() + "\" "));
            Query ranking = queryBuilder.build(quoted, rules, names);
            return new Understanding(ranking, ranking == null ? null : queryBuilder.highlightQuery(quoted, rules), id);
        }
        Query documents = new ConstantScoreQuery(new TermInSetQuery(Schema.DOC_ID,
                match.docIds().stream().map(BytesRef::new).toList()));
        Query identifierMarks = new QueryBuilder(Schema.bigramAnalyzer()).createPhraseQuery(Schema.TEXT, match.text());
        if (match.kind().number()) {
            if (match.wholeQuery()) {
                // the document itself, from its opening: every section scores alike, reading order decides
                return new Understanding(documents, identifierMarks, id);
            }
            UserQuery rest = UserQuery.parse(userQuery.raw().replace(match.text(), " "));
            Query words = queryBuilder.build(rest, rules, names);
            BooleanQuery.Builder within = new BooleanQuery.Builder().add(documents, Occur.MUST);
            if (words != null) {
                within.add(words, Occur.SHOULD);
            }
            return new Understanding(within.build(), words == null ? identifierMarks : queryBuilder.highlightQuery(rest, rules), id);
        }
        // an exact title: that document first, from its opening, then what else the words find
        Query words = queryBuilder.build(userQuery, rules, names);
        BooleanQuery.Builder ranking = new BooleanQuery.Builder()
                .add(new BoostQuery(documents, PINNED), Occur.SHOULD);
        if (words != null) {
            ranking.add(new BooleanQuery.Builder().add(words, Occur.MUST).add(documents, Occur.MUST_NOT).build(),
                    Occur.SHOULD);
        }
        return new Understanding(ranking.build(), queryBuilder.highlightQuery(userQuery, rules), id);
    }

    /**
     * What one search runs: the ranking query (null when browsing, or when the text has nothing searchable), what
     * its snippets mark, and the order.
     */
    private record Plan(Query ranking, Query highlight, boolean noMatches, boolean byDate, UserQuery query,
                        boolean relaxable, IndexView counting) {
        boolean browse() {
            return ranking == null;
        }

        /** This plan with its matching passes on {@code view} (the request's view with its time limit). */
        Plan countingOn(IndexView view) {
            return new Plan(ranking, highlight, noMatches, byDate, query, relaxable, view);
        }

        HitRenderer.Scores scores() {
            return browse() ? HitRenderer.Scores.NONE
                    : byDate ? HitRenderer.Scores.POPULATED : HitRenderer.Scores.SORT_VALUE;
        }
    }

    private Plan plan(SearchRequest request, IndexView view) {
        UserQuery query = UserQuery.parse(request.q());
        Understanding understood = request.browse() ? new Understanding(null, null, Optional.empty())
                : understand(query, view);
        Query ranking = understood.ranking();
        // Text given but nothing searchable in it (only question words or punctuation): no hits.
        boolean noMatches = ranking == null && !request.browse();
        boolean byDate = ranking == null || request.sort() == SearchRequest.Sort.DATE;
        return new Plan(ranking, understood.highlight(), noMatches, byDate, query, understood.relaxable(), view);
    }

    /**
     * The second try of a query that matched nothing: fewer of its bigrams and words required (a paraphrase shares
     * few words with the text), its words or runs still required, so scattered characters still find nothing.
     */
    private Plan relaxed(Plan plan, IndexView view) {
        Query ranking = queryBuilder.build(plan.query(), synonyms.current(), view.get(NAMES), true);
        return new Plan(ranking, plan.highlight(), plan.noMatches(), plan.byDate(), plan.query(), false,
                plan.counting());
    }

    /** What the answer providers say of the query (the document an identifier names, fee items). */
    private List<Map<String, Object>> answers(IndexView view, SearchRequest request) throws IOException {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (AnswerProvider provider : answerProviders) {
            answers.addAll(provider.answersFor(view, request.q(), request));
        }
        return List.copyOf(answers);
    }

    /** A grouped collection and the plan that made it. */
    private record GroupedRun(Plan plan, Grouped found) {
    }

    /** A flat collection and the plan that made it. */
    private record FlatRun(Plan plan, SectionFacets.Result found) {
    }

    /** The groups of {@code plan}, or of its {@link #relaxed} form when the query as built matches nothing. */
    private GroupedRun collectGroupsOrFewerWords(IndexView view, SearchRequest request, Plan plan, LocalDate today)
            throws IOException {
        Grouped found = collectGroups(view, request, plan, today);
        // nothing found in time is no sign that the query matches nothing
        if (found.total() > 0 || !plan.relaxable() || plan.counting().timedOut()) {
            return new GroupedRun(plan, found);
        }
        Plan relaxed = relaxed(plan, view);
        return new GroupedRun(relaxed, collectGroups(view, request, relaxed, today));
    }

    /** The hits of {@code plan}, or of its {@link #relaxed} form when the query as built matches nothing. */
    private FlatRun collectOrFewerWords(IndexView view, SearchRequest request, Plan plan, LocalDate today)
            throws IOException {
        SectionFacets.Result found = collect(request, plan, today, topHits(request, plan), null);
        if (found.total() > 0 || !plan.relaxable() || plan.counting().timedOut()) {
            return new FlatRun(plan, found);
        }
        Plan relaxed = relaxed(plan, view);
        return new FlatRun(relaxed, collect(request, relaxed, today, topHits(request, relaxed), null));
    }

    private static TopFieldCollectorManager topHits(SearchRequest request, Plan plan) {
        int window = request.offset() + request.size();
        // no exact count from the hits pass (SectionFacets counts every match): Lucene may skip what cannot make the page
        return new TopFieldCollectorManager(plan.byDate() ? BY_DATE : BY_RELEVANCE, window, null, window);
    }

    /** The facets of every match and what {@code hits} collects of them, in one pass where it can be. */
    private SectionFacets.Result collect(SearchRequest request, Plan plan, LocalDate today,
                                         org.apache.lucene.search.CollectorManager<?, ?> hits, DocumentTable documents)
            throws IOException {
        return collect(request, plan, today, hits, documents, null);
    }

    /** What the one pass collected: the hits, and the groups of every match. */
    private record HitsAndGroups(Object hits, SectionGroups.Result groups) {
    }

    /**
     * As {@link #collect(SearchRequest, Plan, LocalDate, org.apache.lucene.search.CollectorManager, DocumentTable)};
     * when the hits pass counts every match (one pass), it also collects {@code groupsInOnePass}, and the result's
     * hits are then {@link HitsAndGroups}. Separate passes do not: the hits pass may skip matches.
     */
    private SectionFacets.Result collect(SearchRequest request, Plan plan, LocalDate today,
                                         org.apache.lucene.search.CollectorManager<?, ?> hits, DocumentTable documents,
                                         SectionGroups groupsInOnePass)
            throws IOException {
        List<Query> filters = new ArrayList<>(List.of(RecordQueries.ofType(Schema.TYPE_SECTION)));
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            filters.add(LongField.newRangeQuery(Schema.DATE, lo, hi));
        }
        Query matched = plan.browse() ? (plan.noMatches() ? new MatchNoDocsQuery("nothing searchable")
                : MatchAllDocsQuery.INSTANCE) : PreferenceQuery.withoutPreferences(plan.ranking());
        // status is not indexed: its filter is a query for today, and its counts ignore that filter only
        Query withoutStatus = required(matched, filters);
        Query statusFilter = ValidityFacet.filter(request.filters(), today);
        if (statusFilter != null) {
            filters.add(statusFilter);
        }
        // The counting passes take the query as a required clause among filters: drill-sideways asks every base match
        // for a score whatever the score mode, and only a query without scoring clauses answers without its clauses
        // (a span weight built without scores has no scorer to answer). Sorted by date, the pass needs no scores
        // either (the page is scored afterwards), and must not be asked for any: DrillSidewaysScorer's union and
        // drill-down-advance strategies call score() on every base hit (a 500 on 第二十条&sort=date&region=…). A
        // constant-score base answers score() without its clauses.
        Query base = required(matched, filters);
        DrillDownQuery drill = facets.drillDown(plan.byDate() ? new ConstantScoreQuery(base) : base,
                request.filters());
        Query scored = drill;
        if (!plan.byDate() && !plan.browse()) {
            // Ranked, the hits pass takes the filters flat among the ranking's own clauses, where Lucene's filtered
            // disjunction scorer skips by block-max scores (see Filtered), and the preferences around that, where
            // they keep its bulk scorer (see PreferenceQuery).
            if (facets.filtersFacets(request.filters())) {
                filters.add(facets.drillDown(MatchAllDocsQuery.INSTANCE, request.filters()));
            }
            scored = PreferenceQuery.withPreferencesOf(plan.ranking(), Filtered.of(matched, filters));
        }
        try {
            // Ranked and without facet or status filters, the hits pass can count too (no drill-sideways needed):
            // always when the query's terms prove it is counted in full anyway, else when no core is free beside it.
            boolean onePass = scored != drill && statusFilter == null && !facets.filtersFacets(request.filters());
            IndexView counting = plan.counting();
            if (onePass && MatchBound.atMost(counting.getIndexReader(), matched, SectionFacets.EXACT_LIMIT)) {
                if (groupsInOnePass == null) {
                    return facets.collectInOnePass(counting, scored, hits, today, documents);
                }
                @SuppressWarnings({"unchecked", "rawtypes"})
                SectionFacets.Result both = facets.collectInOnePass(counting, scored,
                        new MultiCollectorManager((org.apache.lucene.search.CollectorManager) hits, groupsInOnePass),
                        today, documents);
                Object[] found = (Object[]) both.hits();
                return new SectionFacets.Result(new HitsAndGroups(found[0], (SectionGroups.Result) found[1]),
                        both.matches(), both.total(), both.documents(), both.exact(), both.facets());
            }
            return facets.collect(counting, drill, scored, hits, statusFilter, withoutStatus, request.filters(), today,
                    documents, onePass);
        } catch (IndexSearcher.TooManyClauses e) {
            // The query builder keeps queries far below the limit; should one still exceed it, the
            // user can shorten the query, so it is a bad request rather than a fault.
            throw new BadRequestException("query_too_complex",
                    "q: too complex to search (" + e.getMessage() + "); use fewer words or quotes");
        }
    }

    /** {@code query} as a required clause among {@code filters}. */
    private static Query required(Query query, List<Query> filters) {
        BooleanQuery.Builder out = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(f -> out.add(f, Occur.FILTER));
        return out.build();
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

    /**
     * One page of documents: the groups of this page in order (best section's score, or the document's date, then
     * document id), each with the sections to show (best first), and the counts.
     */
    private record Grouped(long total, boolean exact, long documents, List<Integer> page, SectionGroups.Result groups,
                           Map<String, List<SearchResponse.FacetValue>> facets, DocumentTable table) {
    }

    /**
     * Sections in the order their documents rank: relevance (or date), the document's date, its id, then reading
     * order. A document ranks by its best section (then its date, then its id), so the documents in the order they
     * first appear in this order are the documents in rank order: the top sections alone tell the page of groups.
     */
    private static final Sort GROUPS_BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST,
            new SortedSetSortField(Schema.DOC_ID, false), READING_ORDER);
    private static final Sort GROUPS_BY_DATE = new Sort(NEWEST, new SortedSetSortField(Schema.DOC_ID, false),
            READING_ORDER);
    /** Top sections first read per group of the page wanted; read again eight times as many when they are too few. */
    private static final int SECTIONS_PER_GROUP = 10;

    /**
     * The page of documents in three bounded passes instead of one over every match: the top sections in group
     * order (a top-k collection, so Lucene skips what cannot reach it, with block-max scores when ranked), read
     * again deeper only when their documents do not fill the page; then the matches of the page's documents alone,
     * for their match counts and best sections; the number of documents from the counting pass. When the group
     * shape lets the match count change a document's rank, every match is collected instead.
     */
    private Grouped collectGroups(IndexView view, SearchRequest request, Plan plan, LocalDate today) throws IOException {
        DocumentTable table = view.get(DocumentTable.STATE);
        boolean scored = !plan.browse() && !plan.byDate();
        if (scored && groupShape.matchBonus() != 0f) {
            return collectEveryGroup(view, request, plan, today, table);
        }
        int wanted = request.offset() + request.size();
        // at least one: a collector of no hits is refused, and an empty index still answers with no groups
        int window = (int) Math.max(1, Math.min(view.getIndexReader().maxDoc(),
                Math.max(100L, (long) wanted * SECTIONS_PER_GROUP)));
        Sort order = scored ? GROUPS_BY_RELEVANCE : GROUPS_BY_DATE;
        SectionFacets.Result found = collect(request, plan, today, topSections(order, window), table,
                new SectionGroups(table, scored));
        // Where the one pass scored every match it grouped them too, and the page's groups need no pass of their own
        // (one that ran the whole ranking query again over the page's documents). A pass cut short by the time limit
        // grouped only what it read; the page's pass below reads them whole.
        Object hits = found.hits();
        SectionGroups.Result everyGroup = null;
        if (hits instanceof HitsAndGroups both) {
            hits = both.hits();
            everyGroup = plan.counting().timedOut() ? null : both.groups();
        }
        TopFieldDocs top = (TopFieldDocs) hits;
        List<Integer> ranked = groupsInOrder(top, table);
        // a search out of time reads no deeper: what it has is the page
        while (ranked.size() < wanted && top.scoreDocs.length == window && window < view.getIndexReader().maxDoc()
                && !plan.counting().timedOut()) {
            window = (int) Math.min(view.getIndexReader().maxDoc(), (long) window * 8);
            TopFieldDocs deeper = plan.counting().search(found.matches(), topSections(order, window));
            List<Integer> deeperRanked = groupsInOrder(deeper, table);
            if (deeperRanked.size() < ranked.size()) {
                break; // cut short by the time limit: fewer groups than the shallower read found
            }
            top = deeper;
            ranked = deeperRanked;
        }
        int from = Math.min(request.offset(), ranked.size());
        List<Integer> page = List.copyOf(ranked.subList(from, Math.min(from + request.size(), ranked.size())));
        SectionGroups.Result groups = page.isEmpty() ? new SectionGroups.Result(table.size())
                : everyGroup != null ? everyGroup
                : view.search(new BooleanQuery.Builder().add(found.matches(), Occur.MUST)
                        .add(new TermInSetQuery(Schema.DOC_ID, page.stream()
                                .map(g -> new BytesRef(table.entry(g).docId())).toList()), Occur.FILTER)
                        .build(), new SectionGroups(table, scored));
        return new Grouped(found.total(), found.exact(), Math.max(found.documents(), ranked.size()), page, groups,
                found.facets(), table);
    }

    private static TopFieldCollectorManager topSections(Sort order, int window) {
        return new TopFieldCollectorManager(order, window, null, window);
    }

    /** The documents of {@code top}'s sections, in the order they first appear. */
    private static List<Integer> groupsInOrder(TopFieldDocs top, DocumentTable table) {
        List<Integer> out = new ArrayList<>();
        java.util.BitSet seen = new java.util.BitSet(table.size());
        for (ScoreDoc sd : top.scoreDocs) {
            int g = table.groupOf(sd.doc);
            if (g >= 0 && !seen.get(g)) {
                seen.set(g);
                out.add(g);
            }
        }
        return out;
    }

    /** Every match collected into its document: the rank of a document depends on how many of its sections match. */
    private Grouped collectEveryGroup(IndexView view, SearchRequest request, Plan plan, LocalDate today,
                                      DocumentTable table) throws IOException {
        SectionFacets.Result found = collect(request, plan, today, new SectionGroups(table, true), table);
        SectionGroups.Result groups = (SectionGroups.Result) found.hits();
        List<Integer> matched = new ArrayList<>();
        for (int g = 0; g < table.size(); g++) {
            if (groups.matched[g] > 0) {
                matched.add(g);
            }
        }
        Comparator<Integer> byId = Comparator.comparing(g -> table.entry(g).docId());
        Comparator<Integer> newest = Comparator.<Integer, Long>comparing(g -> table.entry(g).date() == null ? Long.MIN_VALUE
                : table.entry(g).date().toEpochDay()).reversed();
        // equal relevance: the newer document first (the one in force is likelier meant), then by id
        matched.sort(Comparator.<Integer, Float>comparing(g -> groupShape.score(groups.best(g), groups.matched[g]))
                .reversed().thenComparing(newest).thenComparing(byId));
        int from = Math.min(request.offset(), matched.size());
        int to = Math.min(from + request.size(), matched.size());
        return new Grouped(found.total(), found.exact(), matched.size(), List.copyOf(matched.subList(from, to)), groups,
                found.facets(), table);
    }

    /** The sections a group shows: its best, and the next ones that score close to it. */
    private int[] shown(SectionGroups.Result groups, int group, Plan plan) {
        int[] best = groups.best(group, SectionGroups.BEST);
        if (plan.browse() || best.length <= 1) {
            return best;
        }
        float top = groups.best(group);
        int n = 1;
        while (n < best.length && groups.scores[group * SectionGroups.BEST + n] >= groupShape.sectionRatio() * top) {
            n++;
        }
        return Arrays.copyOf(best, n);
    }

    private List<SearchResponse.Group> renderGroups(IndexView view, Grouped found, Plan plan, LocalDate today)
            throws IOException {
        List<ScoreDoc> shownDocs = new ArrayList<>();
        List<int[]> perGroup = new ArrayList<>();
        for (int g : found.page()) {
            int[] docs = shown(found.groups(), g, plan);
            perGroup.add(docs);
            for (int i = 0; i < docs.length; i++) {
                shownDocs.add(new ScoreDoc(docs[i], found.groups().scores[g * SectionGroups.BEST + i]));
            }
        }
        List<SearchResponse.Hit> hits = renderer.render(view, shownDocs.toArray(ScoreDoc[]::new), plan.highlight(),
                plan.browse() ? HitRenderer.Scores.NONE : HitRenderer.Scores.POPULATED, today);
        List<SearchResponse.Group> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < found.page().size(); i++) {
            int g = found.page().get(i);
            DocumentTable.Entry e = found.table().entry(g);
            List<SearchResponse.GroupSection> sections = new ArrayList<>();
            for (int j = 0; j < perGroup.get(i).length; j++) {
                SearchResponse.Hit h = hits.get(k++);
                sections.add(new SearchResponse.GroupSection(h.id(), h.type(), h.path(), h.heading(), h.date(),
                        h.snippet(), h.score()));
            }
            int matched = found.groups().matched[g];
            out.add(new SearchResponse.Group(e.docId(), e.title(), e.docNumber(), e.regNumber(), e.issuer(), e.region(),
                    e.kind(), e.date() == null ? null : e.date().toString(),
                    com.gazettesearch.records.validity.ValidityStatus.of(e.validFrom(), e.validTo(), today).label(),
                    matched, matched - sections.size(), plan.browse() ? null : found.groups().best(g), sections));
        }
        return out;
    }

    /** A stored section as ranked by some query: what the eval compares with its judgments. */
    public record RankedSection(String id, String docId, String docTitle, String docNumber, String regNumber,
                                String heading, List<String> path, String text) {
    }

    /** A document as a grouped search ranks it, with the sections it shows. */
    public record RankedGroup(String docId, String title, int matched, List<RankedSection> sections) {
    }

    /** What a search finds, without rendering: the eval's view of {@link #search}. */
    public record Ranked(long total, List<RankedSection> hits, List<RankedGroup> groups,
                         List<Map<String, Object>> answers) {
    }

    /**
     * The first page of {@code request} as {@link #search} collects it, with the stored text of each section instead
     * of a snippet: the same query understanding, filters, grouping and answers.
     */
    public Ranked ranked(SearchRequest request) throws IOException {
        return searchers.withSearcher(view -> {
            Plan first = plan(request, view);
            LocalDate today = ValidityFacet.today();
            List<Map<String, Object>> answers = answers(view, request);
            StoredFields stored = view.storedFields();
            if (request.grouped()) {
                GroupedRun run = collectGroupsOrFewerWords(view, request, first, today);
                Grouped found = run.found();
                Plan plan = run.plan();
                List<RankedGroup> groups = new ArrayList<>();
                for (int g : found.page()) {
                    List<RankedSection> sections = new ArrayList<>();
                    for (int doc : shown(found.groups(), g, plan)) {
                        sections.add(rankedSection(stored.document(doc, HitRenderer.HIT_FIELDS)));
                    }
                    DocumentTable.Entry e = found.table().entry(g);
                    groups.add(new RankedGroup(e.docId(), e.title(), found.groups().matched[g], sections));
                }
                return new Ranked(found.total(), List.of(), groups, answers);
            }
            FlatRun run = collectOrFewerWords(view, request, first, today);
            SectionFacets.Result found = run.found();
            List<RankedSection> hits = new ArrayList<>();
            for (ScoreDoc sd : page(view, (TopFieldDocs) found.hits(), request, run.plan())) {
                hits.add(rankedSection(stored.document(sd.doc, HitRenderer.HIT_FIELDS)));
            }
            return new Ranked(found.total(), hits, List.of(), answers);
        });
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
                out.add(rankedSection(stored.document(sd.doc, HitRenderer.HIT_FIELDS)));
            }
            return out;
        });
    }

    /** Every section of the index, as the eval's judgments read them (to count what a query could find). */
    public List<RankedSection> allSections() throws IOException {
        return searchers.withSearcher(searcher -> {
            List<RankedSection> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            int n = Math.max(1, searcher.count(RecordQueries.ofType(Schema.TYPE_SECTION)));
            for (ScoreDoc sd : searcher.search(RecordQueries.ofType(Schema.TYPE_SECTION), n).scoreDocs) {
                out.add(rankedSection(stored.document(sd.doc, HitRenderer.HIT_FIELDS)));
            }
            return out;
        });
    }

    private static RankedSection rankedSection(Document d) {
        return new RankedSection(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                d.get(Schema.DOC_NUMBER), d.get(Schema.REG_NUMBER), d.get(Schema.HEADING),
                List.of(d.getValues(Schema.PATH)), d.get(Schema.TEXT));
    }

    /** The region names and the issuers (with their documents' region) of one reader. */
    private static IndexNames names(IndexSearcher searcher) throws IOException {
        List<String> regions = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.REGION);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                regions.add(t.utf8ToString());
            }
        }
        Map<String, String> issuers = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        Query documents = RecordQueries.ofType(Schema.TYPE_DOCUMENT);
        int n = Math.max(1, searcher.count(documents));
        for (ScoreDoc sd : searcher.search(documents, n).scoreDocs) {
            Document d = stored.document(sd.doc, java.util.Set.of(Schema.ISSUER, Schema.REGION));
            if (d.get(Schema.ISSUER) != null) {
                issuers.putIfAbsent(d.get(Schema.ISSUER), d.get(Schema.REGION));
            }
        }
        return IndexNames.of(List.copyOf(regions), issuers);
    }
}
