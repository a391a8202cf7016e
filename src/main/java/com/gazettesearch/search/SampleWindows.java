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
 * A systematic sample of the index: the records in one window of {@value #WINDOW} doc ids out of every
 * {@code stride}, across every segment. As a filter it lets a count visit about {@code 1/stride} of a query's matches
 * spread over the whole index (records are in corpus order, so every part of the corpus is in the sample), jumping
 * over the rest with the postings' skip data; counts scaled by {@code stride} estimate the full counts. Given the
 * reader's {@link DocumentTable}, it samples documents instead: the section records of about one document in
 * {@code stride}, each taken or left whole, by a hash of its id (the table keeps these samples); every document is in
 * the sample with the same chance, however many sections it has, so the count of
 * documents with a match scales by {@code stride} too (a window cutting through documents would see a long document
 * more often than a short one).
 */
final class SampleWindows extends Query {
    static final int WINDOW = 128;

    private final int stride;
    private final DocumentTable documents;

    SampleWindows(int stride) {
        this(stride, null);
    }

    /**
     * @param documents the reader's documents, to sample whole documents (their section records only; {@code stride}
     *                  then a power of two up to {@link DocumentTable#MAX_SAMPLE_STRIDE}); null samples windows of records
     */
    SampleWindows(int stride, DocumentTable documents) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride: must be at least 1, was " + stride);
        }
        this.stride = stride;
        this.documents = documents;
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
                DocIdSetIterator docs = new BitSetIterator(sample(context), Math.max(1, (long) maxDoc / stride));
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

    /** The records of one leaf in the sample (a shared bitset when sampling documents: never written to). */
    FixedBitSet sample(LeafReaderContext context) {
        int maxDoc = context.reader().maxDoc();
        if (stride == 1) {
            FixedBitSet all = new FixedBitSet(Math.max(1, maxDoc));
            all.set(0, maxDoc);
            return all;
        }
        if (documents != null) {
            return documents.sample(context.ord, stride);
        }
        // each segment starts its own windows at an offset, so small segments are sampled too
        int phase = Math.floorMod(context.docBase / WINDOW, stride);
        FixedBitSet sample = new FixedBitSet(Math.max(1, maxDoc));
        for (int start = phase * WINDOW; start < maxDoc; start += stride * WINDOW) {
            sample.set(start, Math.min(maxDoc, start + WINDOW));
        }
        return sample;
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
        return sameClassAs(o) && ((SampleWindows) o).stride == stride && ((SampleWindows) o).documents == documents;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + stride) + System.identityHashCode(documents);
    }
}
