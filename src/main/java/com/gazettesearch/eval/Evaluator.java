package com.gazettesearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.search.Query;

import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.GazetteQueryBuilder;

/**
 * Measures a ranking on the judged set: success@1 (the first hit is relevant), success@5 and MRR@10
 * (mean of 1/rank of the first relevant hit in the top 10, 0 when none). Runs the tuned ranking and
 * the naive baseline (smartcn words OR-ed over text.zh) side by side.
 */
public final class Evaluator {
    static final int DEPTH = 10;

    /** Per-query outcome: rank of the first relevant hit (1-based), 0 when not in the top 10. */
    public record QueryResult(Judgments.Judgment judgment, int firstRelevantRank, List<String> topHeadings) {
    }

    /** Aggregates over the judged set. */
    public record Metrics(String name, int queries, double successAt1, double successAt5, double mrrAt10,
                          List<QueryResult> results) {
        public String row() {
            return String.format(Locale.ROOT, "| %-18s | %7d | %10.3f | %10.3f | %7.3f |", name, queries, successAt1,
                    successAt5, mrrAt10);
        }

        /** The same measures over the queries of one need (staff, clerk, developer). */
        public Metrics forNeed(String need) {
            List<QueryResult> subset = results.stream().filter(r -> r.judgment().need().equals(need)).toList();
            return summarize(name + "/" + need, subset);
        }

        public static String header() {
            return "| ranking            | queries | success@1  | success@5  | MRR@10  |\n"
                    + "|--------------------|---------|------------|------------|---------|";
        }
    }

    private final SearchService service;

    public Evaluator(SearchService service) {
        this.service = service;
    }

    /** The tuned ranking: {@link GazetteQueryBuilder} with synonyms. */
    public Metrics current(List<Judgments.Judgment> judgments) throws IOException {
        return run("current", judgments, service::rankingQuery);
    }

    /** The naive baseline: {@link GazetteQueryBuilder#naive}. */
    public Metrics baseline(List<Judgments.Judgment> judgments) throws IOException {
        return run("baseline", judgments, GazetteQueryBuilder::naive);
    }

    /** Builds a ranking query from a raw query. */
    @FunctionalInterface
    public interface Ranking {
        Query apply(String q) throws IOException;
    }

    public Metrics run(String name, List<Judgments.Judgment> judgments, Ranking ranking)
            throws IOException {
        List<QueryResult> results = new ArrayList<>();
        for (Judgments.Judgment j : judgments) {
            Query q = ranking.apply(j.query());
            List<SearchService.RankedSection> top = q == null ? List.of() : service.rank(q, DEPTH);
            int rank = 0;
            for (int i = 0; i < top.size(); i++) {
                if (j.relevant(top.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            results.add(new QueryResult(j, rank, top.stream()
                    .map(s -> s.docTitle() + " » " + String.join(" › ", s.path()))
                    .limit(3).toList()));
        }
        return summarize(name, results);
    }

    static Metrics summarize(String name, List<QueryResult> results) {
        double s1 = 0;
        double s5 = 0;
        double rr = 0;
        for (QueryResult r : results) {
            int rank = r.firstRelevantRank();
            if (rank == 1) {
                s1++;
            }
            if (rank >= 1 && rank <= 5) {
                s5++;
            }
            if (rank >= 1) {
                rr += 1.0 / rank;
            }
        }
        int n = Math.max(1, results.size());
        return new Metrics(name, results.size(), s1 / n, s5 / n, rr / n, List.copyOf(results));
    }
}
