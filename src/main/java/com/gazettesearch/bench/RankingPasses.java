package com.gazettesearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.PreferenceQuery;

/**
 * Where the ranking query's time goes ({@code bench --passes}): the ranking queries of the bench's searches run through
 * Lucene alone, without facets, answers or snippets, in the ways the search runs them or could: scored top 10 and top
 * 100 (the hits pass of a grouped page reads the top 100 sections), the same without the preference layers, every
 * match scored (what block-max skipping saves), and every match counted without scores (what finding the matches
 * costs, the counting pass's floor). Each figure is the total of the fastest round.
 */
public final class RankingPasses {
    /** One way of running the queries and what it cost in all. */
    public record Pass(String name, int queries, double millis) {
        public double perQueryMillis() {
            return queries == 0 ? 0 : millis / queries;
        }
    }

    private interface Run {
        void on(IndexSearcher searcher, Query ranking) throws IOException;
    }

    private RankingPasses() {
    }

    /** Times every pass over the ranking queries of {@code texts} (those with nothing searchable are left out). */
    public static List<Pass> measure(SearchService service, Searchers searchers, List<String> texts, int rounds)
            throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds: must be at least 1, was " + rounds);
        }
        Map<String, Run> runs = new LinkedHashMap<>();
        runs.put("top 10, scored as ranked", (s, q) -> s.search(q, new TopScoreDocCollectorManager(10, 10)));
        runs.put("top 100, scored as ranked", (s, q) -> s.search(q, new TopScoreDocCollectorManager(100, 100)));
        runs.put("top 10, without the preference layers",
                (s, q) -> s.search(PreferenceQuery.withoutPreferences(q), new TopScoreDocCollectorManager(10, 10)));
        runs.put("every match scored (no skipping), without the preference layers",
                (s, q) -> s.search(PreferenceQuery.withoutPreferences(q),
                        new TopScoreDocCollectorManager(10, Integer.MAX_VALUE)));
        runs.put("every match counted, no scores", (s, q) -> s.count(PreferenceQuery.withoutPreferences(q)));
        return searchers.withSearcher(searcher -> {
            List<Pass> out = new ArrayList<>();
            for (Map.Entry<String, Run> run : runs.entrySet()) {
                double best = Double.MAX_VALUE;
                int count = 0;
                for (int round = 0; round < rounds; round++) {
                    // built again for every round: a query keeps what it has read of its filters
                    // (search.query.MaterializedFilter), and a search is one new query
                    List<Query> queries = rankingQueries(service, texts);
                    count = queries.size();
                    long started = System.nanoTime();
                    for (Query q : queries) {
                        run.getValue().on(searcher, q);
                    }
                    best = Math.min(best, (System.nanoTime() - started) / 1e6);
                }
                out.add(new Pass(run.getKey(), count, best));
            }
            return out;
        });
    }

    private static List<Query> rankingQueries(SearchService service, List<String> texts) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String text : texts) {
            Query ranking = text.isBlank() ? null : service.rankingQuery(text);
            if (ranking != null) {
                queries.add(ranking);
            }
        }
        return queries;
    }
}
