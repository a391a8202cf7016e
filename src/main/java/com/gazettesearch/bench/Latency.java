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

    /** Timing summary of one run; {@code slowest} is empty when the searches were not told apart. */
    public record Result(int searches, double p50Ms, double p99Ms, double maxMs, double qps, List<Slow> slowest) {
        public Result {
            slowest = List.copyOf(slowest);
        }
    }

    /** One search and its fastest time over the rounds: what it costs at least, whatever else the machine did. */
    public record Slow(SearchRequest search, double fastestMs) {
    }

    /** How many of the slowest searches a run reports (by their fastest round: what each costs at least). */
    static final int SLOWEST = 8;

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
        long[] fastest = new long[searches.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        int k = 0;
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < searches.size(); i++) {
                long t0 = System.nanoTime();
                service.search(searches.get(i));
                long took = System.nanoTime() - t0;
                nanos[k++] = took;
                fastest[i] = Math.min(fastest[i], took);
            }
        }
        long total = System.nanoTime() - started;
        Result timing = summary(nanos, total);
        return new Result(timing.searches(), timing.p50Ms(), timing.p99Ms(), timing.maxMs(), timing.qps(),
                slowest(searches, fastest));
    }

    /** The {@value #SLOWEST} searches whose fastest time is longest, slowest first. */
    static List<Slow> slowest(List<SearchRequest> searches, long[] fastestNanos) {
        return java.util.stream.IntStream.range(0, searches.size()).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer i) -> fastestNanos[i]).reversed())
                .limit(SLOWEST)
                .map(i -> new Slow(searches.get(i), fastestNanos[i] / 1e6))
                .toList();
    }

    /** p50, p99 and max of {@code nanos} (sorted here), and the rate over {@code totalNanos}. */
    static Result summary(long[] nanos, long totalNanos) {
        Arrays.sort(nanos);
        return new Result(nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, nanos.length / (totalNanos / 1e9), List.of());
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
