package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work that another thread does for the same request (the counting pass beside the hits pass, a filter
 * one pass reads for both): its result, or its failure as the caller's own — an {@link IOException} or a runtime
 * exception as thrown, anything else wrapped in an {@link IOException}.
 */
public final class Await {
    private Await() {
    }

    /** The result of {@code work}; {@code doing} says, for an interruption, what was waited for. */
    public static <T> T result(Future<T> work, String doing) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }
}
