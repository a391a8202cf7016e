package com.gazettesearch.lookup;

import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.FixedBitSet;

/** A leaf collector that sets the bit of every document it is given: the matches of one segment as a bit set. */
public final class BitsCollector implements LeafCollector {
    private final FixedBitSet bits;

    /** Collects into {@code bits}, which must hold the segment's {@code maxDoc} bits. */
    public BitsCollector(FixedBitSet bits) {
        this.bits = bits;
    }

    @Override
    public void setScorer(Scorable scorer) {
    }

    @Override
    public void collect(int doc) {
        bits.set(doc);
    }
}
