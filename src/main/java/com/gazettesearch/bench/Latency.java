package com.gazettesearch.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchService;

/**
 * Latency of full searches (ranking, drill-sideways facets, status, answers, highlighted snippets) run in-process,
 * one at a time: warm-up passes over the searches, then timed passes.
 */
public final class Latency {

    /** Timing summary of one run. */
    public record Result(int searches, double p50Ms, double p99Ms, double maxMs, double qps) {
    }

    private final SearchService service;

    public Latency(SearchService service) {
        this.service = service;
    }

    public Result run(List<SearchRequest> searches, int warmupRounds, int rounds) throws IOException {
        for (int r = 0; r < warmupRounds; r++) {
            for (SearchRequest s : searches) {
                service.search(s);
            }
        }
        long[] nanos = new long[searches.size() * rounds];
        int k = 0;
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (SearchRequest s : searches) {
                long t0 = System.nanoTime();
                service.search(s);
                nanos[k++] = System.nanoTime() - t0;
            }
        }
        long total = System.nanoTime() - started;
        return summary(nanos, total);
    }

    /** p50, p99 and max of {@code nanos} (sorted here), and the rate over {@code totalNanos}. */
    static Result summary(long[] nanos, long totalNanos) {
        Arrays.sort(nanos);
        return new Result(nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, nanos.length / (totalNanos / 1e9));
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
