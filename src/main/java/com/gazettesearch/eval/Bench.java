package com.gazettesearch.eval;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchService;

/**
 * Latency of full searches (ranking, drill-sideways facets, highlighted snippets) over the judged
 * queries, run in-process: a warm-up pass, then {@code rounds} timed passes, one query at a time.
 */
public final class Bench {

    /** Timing summary. */
    public record Result(int queries, int rounds, double p50Ms, double p99Ms, double maxMs, double qps) {
        public String report() {
            return String.format(Locale.ROOT,
                    "searches: %d (%d queries x %d rounds, after warm-up)%np50: %.2f ms%np99: %.2f ms%nmax: %.2f ms%nthroughput: %.1f queries/s (1 thread)",
                    queries * rounds, queries, rounds, p50Ms, p99Ms, maxMs, qps);
        }
    }

    private final SearchService service;

    public Bench(SearchService service) {
        this.service = service;
    }

    public Result run(List<String> queries, int warmupRounds, int rounds) throws IOException {
        for (int r = 0; r < warmupRounds; r++) {
            for (String q : queries) {
                service.search(SearchRequest.of(q));
            }
        }
        long[] nanos = new long[queries.size() * rounds];
        int k = 0;
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                long t0 = System.nanoTime();
                service.search(SearchRequest.of(q));
                nanos[k++] = System.nanoTime() - t0;
            }
        }
        long total = System.nanoTime() - started;
        Arrays.sort(nanos);
        return new Result(queries.size(), rounds, percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, nanos.length / (total / 1e9));
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
