package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.search.IndexSearcher;

/**
 * State derived from one index reader (the region names, facet ordinals, the suggester's in-memory lookup, the
 * fee items answers are drawn from): built by {@link Searchers}' SearcherFactory when a reader opens, read by
 * every request on that reader through {@link IndexView#get} without a lock, and dropped with the reader. A
 * value that is {@link java.io.Closeable} is closed when the reader closes, that is after the last request on
 * it has released it. Each instance is a key: declare it once, as a constant of the class that uses it.
 *
 * @param <T> the state's type
 */
public final class PerReader<T> {
    /** Builds the state from a searcher over the new reader. */
    @FunctionalInterface
    public interface Builder<T> {
        T build(IndexSearcher searcher) throws IOException;
    }

    private final String name;
    private final Builder<T> builder;

    private PerReader(String name, Builder<T> builder) {
        this.name = Objects.requireNonNull(name, "name");
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** @param name what the state is, for error messages */
    public static <T> PerReader<T> of(String name, Builder<T> builder) {
        return new PerReader<>(name, builder);
    }

    T build(IndexSearcher searcher) throws IOException {
        return builder.build(searcher);
    }

    @Override
    public String toString() {
        return name;
    }
}
