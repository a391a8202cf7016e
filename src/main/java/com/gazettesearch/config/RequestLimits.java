package com.gazettesearch.config;

/**
 * How much work the server takes on at once. At most {@code inFlight} API requests run; up to {@code queued} more
 * wait for a turn, each at most {@code queueMillis}; beyond that a request is refused at once with
 * {@code 503} and {@code Retry-After}. Searches are CPU-bound, so running more of them than the cores can serve only
 * makes every one of them slower: an overload then shows as fast refusals, not as minutes of waiting and a
 * thread per connection.
 *
 * @param inFlight    API requests handled at the same time
 * @param queued      API requests waiting for a turn
 * @param queueMillis longest wait for a turn before the request is refused
 * @param searchMillis how long a search's matching passes may run, less the time the request waited for its turn
 *                    (never less than a quarter of it); a search that needs longer answers with what it read by then,
 *                    marked partial (0: no limit). Checked between windows of documents and before each segment, so a
 *                    search may overrun it by part of one segment's work
 */
public record RequestLimits(int inFlight, int queued, int queueMillis, int searchMillis) {
    /**
     * A search's matching passes stop after about this long, less its wait for a turn. Measured at 1,000,140
     * sections on 2 cores (README, "Seventh round", "Eighth round"): with 4 clients no answer took a second, with 200
     * the slowest admitted one 1.6 s (it may wait a second for its turn first).
     */
    public static final int DEFAULT_SEARCH_MILLIS = 700;

    /**
     * Four times the cores in flight, four waiting per slot, 1 s at most. Measured with wrk (200 connections, 9,480
     * sections, 2 cores): two per core and sixteen waiting served a third fewer searches and kept them queued longer;
     * four per core served about as many as no limit at all, with p99 under 0.3 s instead of 2.6 s (README,
     * "Reliability").
     */
    public static RequestLimits forCores(int cores) {
        int inFlight = 4 * Math.max(1, cores);
        return new RequestLimits(inFlight, 4 * inFlight, 1000, DEFAULT_SEARCH_MILLIS);
    }

    /** Server threads: the requests in flight, the connector's acceptor and selectors, and room for static files. */
    public int maxThreads() {
        return Math.max(16, 2 * inFlight + 8);
    }

    /** Checks every value; the message names the key. */
    public RequestLimits validate() {
        if (inFlight < 1) {
            throw new IllegalArgumentException("limits.inFlight: must be at least 1, was " + inFlight);
        }
        if (queued < 0) {
            throw new IllegalArgumentException("limits.queued: must be 0 or more, was " + queued);
        }
        if (queueMillis < 1) {
            throw new IllegalArgumentException("limits.queueMillis: must be at least 1, was " + queueMillis);
        }
        if (searchMillis < 0) {
            throw new IllegalArgumentException(
                    "limits.searchMillis: must be 0 (no limit) or more, was " + searchMillis);
        }
        return this;
    }
}
