package com.gazettesearch.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A systematic sample of the index: the documents in one window of {@value #WINDOW} doc ids out of every
 * {@code stride}, across every segment. As a filter it lets a count visit about {@code 1/stride} of a query's matches
 * spread over the whole index (documents are in corpus order, so every part of the corpus is in the sample), jumping
 * over the rest with the postings' skip data; counts scaled by {@code stride} estimate the full counts.
 */
final class SampleWindows extends Query {
    static final int WINDOW = 128;

    private final int stride;

    SampleWindows(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride: must be at least 1, was " + stride);
        }
        this.stride = stride;
    }

    int stride() {
        return stride;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                // each segment starts its own windows at an offset, so small segments are sampled too
                int phase = Math.floorMod(context.docBase / WINDOW, stride);
                FixedBitSet sample = new FixedBitSet(Math.max(1, maxDoc));
                for (int start = phase * WINDOW; start < maxDoc; start += stride * WINDOW) {
                    sample.set(start, Math.min(maxDoc, start + WINDOW));
                }
                DocIdSetIterator docs = new BitSetIterator(sample, Math.max(1, (long) maxDoc / stride));
                long cost = Math.max(1, (long) maxDoc / stride);
                return new ScorerSupplier() {
                    @Override
                    public org.apache.lucene.search.Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score(), scoreMode, docs);
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "SampleWindows(1/" + stride + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ((SampleWindows) o).stride == stride;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + stride;
    }
}
