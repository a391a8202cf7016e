package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Weight;

/**
 * One point-in-time view of the committed index: a searcher over one reader and the {@link PerReader} state
 * built for that reader when it opened. A request acquires one view from {@link Searchers} and passes it down,
 * so everything it reads (hits, facets, answers, neighbours) comes from the same commit.
 */
public final class IndexView extends IndexSearcher {
    private final Map<PerReader<?>, Object> state;
    /** The view without a time limit this one was made from ({@link #until}), or this one. */
    private final IndexView unlimited;
    private final QueryTimeout timeUp;
    /** A segment was left unread because the time was up when its turn came. */
    private volatile boolean segmentsLeft;

    IndexView(IndexReader reader, Map<PerReader<?>, Object> state) {
        super(reader);
        this.state = state;
        this.unlimited = this;
        this.timeUp = null;
    }

    private IndexView(IndexView unlimited, QueryTimeout timeUp) {
        super(unlimited.getIndexReader());
        this.state = unlimited.state;
        this.unlimited = unlimited;
        this.timeUp = timeUp;
        // Lucene stops scoring a segment between windows of documents once the time is up
        setTimeout(timeUp);
    }

    /**
     * A segment whose turn comes after the time is up is not scored: Lucene would build the scorers of every clause
     * for it (a millisecond and more per segment for a long query) only to stop before the first document. Its
     * collector still sees it, empty, as when Lucene stops a segment: a facet count that saw one segment only would
     * read that segment's ordinals as the index's.
     */
    @Override
    protected void searchLeaf(LeafReaderContext ctx, int minDocId, int maxDocId, Weight weight, Collector collector)
            throws IOException {
        if (timeUp == null || !timeUp.shouldExit()) {
            super.searchLeaf(ctx, minDocId, maxDocId, weight, collector);
            return;
        }
        segmentsLeft = true;
        LeafCollector leaf;
        try {
            leaf = collector.getLeafCollector(ctx);
        } catch (CollectionTerminatedException e) {
            return; // the collector wants nothing of this segment anyway
        }
        leaf.finish();
    }

    /** Whether a search on this view stopped before it had read every match, because its time was up. */
    @Override
    public boolean timedOut() {
        return segmentsLeft || super.timedOut();
    }

    /**
     * This view for one request that may search until {@code deadlineNanos} ({@link System#nanoTime()}): each
     * segment's scoring stops once it has passed, what was found by then is kept, and {@link #timedOut()} says so.
     * A view of its own, since a searcher's time limit is a setting of the searcher, which requests share; it reads
     * the same reader and the same per-reader state.
     */
    public IndexView until(long deadlineNanos) {
        return until(() -> System.nanoTime() - deadlineNanos > 0);
    }

    /** This view for one request that may search while {@code timeUp} says no (see {@link #until(long)}). */
    public IndexView until(QueryTimeout timeUp) {
        return new IndexView(unlimited, timeUp);
    }

    /**
     * The same view without a time limit, for a search Lucene cannot stop midway (drill-sideways scores a segment
     * whole), or one whose result must be whole.
     */
    public IndexView unlimited() {
        return unlimited;
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
