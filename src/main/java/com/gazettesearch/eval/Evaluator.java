package com.gazettesearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.apache.lucene.search.Query;

import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.GazetteQueryBuilder;

/**
 * Measures a search on the judged set, the way its users see it:
 * <ul>
 *   <li><b>flat</b>: the sections of {@code group=none} in rank order;</li>
 *   <li><b>grouped</b>: the sections {@code group=document} shows, in page order (the first group's best sections,
 *       then the next group's …), so success@1 is "the first group's best section is relevant";</li>
 *   <li><b>document</b>: the documents of {@code group=document} in order, a document being relevant when one of its
 *       sections is.</li>
 * </ul>
 * Each gives success@1, success@5, MRR@10 (1/rank of the first relevant result in the top 10) and nDCG@10 (binary
 * gains, the ideal being every relevant result the index has, up to 10). Queries judged {@code none} (nothing in the
 * corpus answers them) are left out of these and counted apart: the no-noise rate is the share of them for which the
 * search returns nothing at all. The naive baseline (smartcn words OR-ed over {@code text.zh}, no boosts) is
 * measured the same way, its groups collapsed from its ranked sections.
 */
public final class Evaluator {
    static final int DEPTH = 10;
    /** Sections the baseline ranks before its groups are collapsed from them. */
    private static final int BASELINE_DEPTH = 200;
    private static final int SECTIONS_PER_GROUP = 3;

    /**
     * One query's outcome. Ranks are 1-based, 0 when nothing relevant is in the top 10.
     *
     * @param empty      the search returned nothing
     * @param documentFirst for identifier queries: the first group is the named document and a {@code document}
     *                   answer names it first (null for other queries)
     */
    public record Outcome(Judgments.Judgment judgment, int flatRank, int groupRank, int documentRank, double flatGain,
                          double groupGain, double documentGain, boolean empty, List<String> top,
                          Boolean documentFirst) {
    }

    /** Which ranking of an outcome a metric reads. */
    public enum View {
        FLAT("flat sections", Outcome::flatRank),
        GROUPED("grouped: best sections", Outcome::groupRank),
        DOCUMENT("grouped: documents", Outcome::documentRank);

        final String label;
        final ToIntFunction<Outcome> rank;

        View(String label, ToIntFunction<Outcome> rank) {
            this.label = label;
            this.rank = rank;
        }

        double gain(Outcome o) {
            return switch (this) {
                case FLAT -> o.flatGain();
                case GROUPED -> o.groupGain();
                case DOCUMENT -> o.documentGain();
            };
        }
    }

    /** Aggregates of one view over the answerable queries of a set. */
    public record Metrics(String name, int queries, double successAt1, double successAt5, double mrrAt10,
                          double ndcgAt10) {
        public String row() {
            return String.format(java.util.Locale.ROOT, "| %-36s | %7d | %9.3f | %9.3f | %7.3f | %8.3f |", name, queries,
                    successAt1, successAt5, mrrAt10, ndcgAt10);
        }

        public static String header() {
            return "| ranking                              | queries | success@1 | success@5 | MRR@10  | nDCG@10  |\n"
                    + "|--------------------------------------|---------|-----------|-----------|---------|----------|";
        }

        public static Metrics of(String name, List<Outcome> outcomes, View view) {
            List<Outcome> answerable = outcomes.stream().filter(o -> !o.judgment().none()).toList();
            double s1 = 0;
            double s5 = 0;
            double rr = 0;
            double gain = 0;
            for (Outcome o : answerable) {
                int rank = view.rank.applyAsInt(o);
                s1 += rank == 1 ? 1 : 0;
                s5 += rank >= 1 && rank <= 5 ? 1 : 0;
                rr += rank >= 1 ? 1.0 / rank : 0;
                gain += view.gain(o);
            }
            int n = Math.max(1, answerable.size());
            return new Metrics(name, answerable.size(), s1 / n, s5 / n, rr / n, gain / n);
        }
    }

    /** The share of {@code none} queries that return nothing, and how many there are. */
    public record NoNoise(int queries, int empty) {
        public static NoNoise of(List<Outcome> outcomes) {
            List<Outcome> none = outcomes.stream().filter(o -> o.judgment().none()).toList();
            return new NoNoise(none.size(), (int) none.stream().filter(Outcome::empty).count());
        }

        public double rate() {
            return queries == 0 ? 1 : (double) empty / queries;
        }
    }

    /** Identifier queries whose document comes first (answer and first group), and how many there are. */
    public record IdentifierCheck(int queries, int first) {
        public static IdentifierCheck of(List<Outcome> outcomes) {
            List<Outcome> ids = outcomes.stream().filter(o -> o.documentFirst() != null).toList();
            return new IdentifierCheck(ids.size(), (int) ids.stream().filter(Outcome::documentFirst).count());
        }
    }

    private final SearchService service;
    private final Map<String, Judgments.IdentifierQuery> identifiers;
    private final List<SearchService.RankedSection> everySection;
    private final Map<String, Relevant> relevant = new HashMap<>();

    /** What the index holds that a judgment accepts: for the ideal of nDCG. */
    private record Relevant(Set<String> sections, Set<String> documents) {
    }

    public Evaluator(SearchService service) throws IOException {
        this(service, Judgments.identifiers());
    }

    public Evaluator(SearchService service, Map<String, Judgments.IdentifierQuery> identifiers) throws IOException {
        this.service = service;
        this.identifiers = identifiers;
        this.everySection = service.allSections();
    }

    /** The same index and judgments, measured through another search (the tuner's weights). */
    public Evaluator with(SearchService other) {
        return new Evaluator(other, identifiers, everySection);
    }

    private Evaluator(SearchService service, Map<String, Judgments.IdentifierQuery> identifiers,
                      List<SearchService.RankedSection> everySection) {
        this.service = service;
        this.identifiers = identifiers;
        this.everySection = everySection;
    }

    /** The application's search on every judgment, flat and grouped. */
    public List<Outcome> current(List<Judgments.Judgment> judgments) throws IOException {
        return current(judgments, true);
    }

    /** The application's search on every judgment; without {@code flat} only grouped (the flat ranks are 0). */
    public List<Outcome> current(List<Judgments.Judgment> judgments, boolean withFlat) throws IOException {
        List<Outcome> out = new ArrayList<>();
        SearchService.Ranked none = new SearchService.Ranked(0, List.of(), List.of(), List.of());
        for (Judgments.Judgment j : judgments) {
            SearchService.Ranked flat = withFlat ? service.ranked(SearchRequest.flat(j.query())) : none;
            SearchService.Ranked grouped = service.ranked(SearchRequest.of(j.query()));
            List<SearchService.RankedSection> shown = new ArrayList<>();
            grouped.groups().forEach(g -> shown.addAll(g.sections()));
            List<String> docs = grouped.groups().stream().map(SearchService.RankedGroup::docId).toList();
            Boolean first = null;
            Judgments.IdentifierQuery id = identifiers.get(j.id());
            if (id != null) {
                boolean groupFirst = !grouped.groups().isEmpty() && id.isDocument(grouped.groups().get(0).title());
                Map<String, Object> answer = grouped.answers().isEmpty() ? Map.of() : grouped.answers().get(0);
                boolean answerFirst = "document".equals(answer.get("type"))
                        && id.isDocument((String) answer.get("title"))
                        && !grouped.groups().isEmpty() && grouped.groups().get(0).docId().equals(answer.get("docId"));
                first = groupFirst && answerFirst;
            }
            out.add(outcome(j, flat.hits(), shown, docs, grouped.total() == 0,
                    grouped.groups().stream().limit(3).map(g -> g.title() + " » "
                            + (g.sections().isEmpty() ? "" : String.join(" › ", g.sections().get(0).path()))).toList(),
                    first));
        }
        return out;
    }

    /** The naive baseline ({@link GazetteQueryBuilder#naive}) on every judgment. */
    public List<Outcome> baseline(List<Judgments.Judgment> judgments) throws IOException {
        List<Outcome> out = new ArrayList<>();
        for (Judgments.Judgment j : judgments) {
            Query q = GazetteQueryBuilder.naive(j.query());
            List<SearchService.RankedSection> ranked = q == null ? List.of() : service.rank(q, BASELINE_DEPTH);
            // its groups: documents in the order of their best section, each with its first three ranked sections
            Map<String, List<SearchService.RankedSection>> byDoc = new java.util.LinkedHashMap<>();
            for (SearchService.RankedSection s : ranked) {
                List<SearchService.RankedSection> g = byDoc.computeIfAbsent(s.docId(), k -> new ArrayList<>());
                if (g.size() < SECTIONS_PER_GROUP) {
                    g.add(s);
                }
            }
            List<SearchService.RankedSection> shown = new ArrayList<>();
            byDoc.values().stream().limit(DEPTH).forEach(shown::addAll);
            out.add(outcome(j, ranked.stream().limit(DEPTH).toList(), shown, List.copyOf(byDoc.keySet()),
                    ranked.isEmpty(), List.of(), null));
        }
        return out;
    }

    private Outcome outcome(Judgments.Judgment j, List<SearchService.RankedSection> flat,
                            List<SearchService.RankedSection> shown, List<String> docs, boolean empty,
                            List<String> top, Boolean documentFirst) {
        if (j.none()) {
            return new Outcome(j, 0, 0, 0, 0, 0, 0, empty, top, documentFirst);
        }
        Relevant r = relevant(j);
        List<SearchService.RankedSection> flatTop = flat.stream().limit(DEPTH).toList();
        List<SearchService.RankedSection> shownTop = shown.stream().limit(DEPTH).toList();
        List<String> docTop = docs.stream().limit(DEPTH).toList();
        return new Outcome(j, rank(flatTop, j::relevant), rank(shownTop, j::relevant),
                rank(docTop, r.documents()::contains),
                ndcg(flatTop, j::relevant, r.sections().size()), ndcg(shownTop, j::relevant, r.sections().size()),
                ndcg(docTop, r.documents()::contains, r.documents().size()), empty, top, documentFirst);
    }

    private Relevant relevant(Judgments.Judgment j) {
        return relevant.computeIfAbsent(j.id(), id -> {
            Set<String> sections = new LinkedHashSet<>();
            Set<String> documents = new LinkedHashSet<>();
            for (SearchService.RankedSection s : everySection) {
                if (j.relevant(s)) {
                    sections.add(s.id());
                    documents.add(s.docId());
                }
            }
            return new Relevant(sections, documents);
        });
    }

    private static <T> int rank(List<T> ranked, Predicate<T> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.test(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** nDCG with binary gains; a section shown twice (it cannot be) would count once. */
    private static <T> double ndcg(List<T> ranked, Predicate<T> relevant, int relevantInIndex) {
        if (relevantInIndex == 0) {
            return 0;
        }
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.test(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(DEPTH, relevantInIndex); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
