package com.gazettesearch.lookup;

import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * One point-in-time view of the committed index: a searcher over one reader and the {@link PerReader} state
 * built for that reader when it opened. A request acquires one view from {@link Searchers} and passes it down,
 * so everything it reads (hits, facets, answers, neighbours) comes from the same commit.
 */
public final class IndexView extends IndexSearcher {
    private final Map<PerReader<?>, Object> state;

    IndexView(IndexReader reader, Map<PerReader<?>, Object> state) {
        super(reader);
        this.state = state;
    }

    /**
     * The state {@code key} built for this reader (null when the builder returned null, e.g. no facet values).
     *
     * @throws IllegalStateException when the index was opened without {@code key}: a wiring mistake
     */
    @SuppressWarnings("unchecked")
    public <T> T get(PerReader<T> key) {
        if (!state.containsKey(key)) {
            throw new IllegalStateException("the index was opened without per-reader state '" + key + "'");
        }
        return (T) state.get(key);
    }
}
