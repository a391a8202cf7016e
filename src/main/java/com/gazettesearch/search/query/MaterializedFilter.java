package com.gazettesearch.search.query;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import com.gazettesearch.lookup.Await;
import com.gazettesearch.lookup.BitsCollector;

/**
 * A filter that a search reads into a bit set per segment before advancing through it, when the search's lead clause
 * would make it visit most of the filter's matches anyway. The ranking's anchor filter (the query's words in three
 * fields, its three-character pieces as phrases in three more) is a disjunction of some forty clauses: advancing it
 * to each candidate section costs as much as advancing all forty, and a short query of common words makes every
 * other section a candidate (at a million sections the anchors of 石峰区生态示范区建设指标 made 190 of the 440 ms it
 * took to score every match). Read in one pass by Lucene's window-at-a-time disjunction scorer, the same filter costs
 * about what counting its matches costs, and advancing a bit set costs next to nothing. When the lead is much
 * cheaper than the filter (a rare word), the filter is advanced lazily as before. Matches are the filter's; scores
 * are constant ({@code boost}), as for any filter.
 */
public final class MaterializedFilter extends Query {
    /** The lead must cost at least this share of the filter for reading the whole filter to pay (1/8). */
    static final int LAZY_WHEN_LEAD_CHEAPER_BY = 8;

    private final Query filter;
    /**
     * The bit sets read so far, per segment of one top-level reader (a {@link LeafReaderContext} is one segment
     * within one searcher's reader: a filter's rewrite may depend on the other segments, such as the terms an edge
     * wildcard expands to): a search's hits pass and counting pass run the same query on the same searcher at once,
     * and read the filter once between them, the second waiting for the first's read rather than reading again.
     * Lives as long as the query, one request, and never in Lucene's query cache (not cacheable, so no cache holds
     * the query and its bit sets).
     */
    private final Map<LeafReaderContext, FutureTask<FixedBitSet>> read;

    public MaterializedFilter(Query filter) {
        this(filter, new ConcurrentHashMap<>());
    }

    /** The rewritten filter matches the same documents, so it shares what the original has read. */
    private MaterializedFilter(Query filter, Map<LeafReaderContext, FutureTask<FixedBitSet>> read) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.read = read;
    }

    public Query filter() {
        return filter;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = filter.rewrite(searcher);
        if (rewritten instanceof MatchNoDocsQuery) {
            return rewritten;
        }
        return rewritten == filter ? this : new MaterializedFilter(rewritten, read);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = filter.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier in = inner.scorerSupplier(context);
                if (in == null) {
                    return null;
                }
                float constant = score();
                int maxDoc = context.reader().maxDoc();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        if (leadCost < in.cost() / LAZY_WHEN_LEAD_CHEAPER_BY) {
                            Scorer lazy = in.get(leadCost);
                            return lazy.twoPhaseIterator() != null
                                    ? new ConstantScoreScorer(constant, scoreMode, lazy.twoPhaseIterator())
                                    : new ConstantScoreScorer(constant, scoreMode, lazy.iterator());
                        }
                        FixedBitSet bits = bitsOf(context, () -> readWhole(in, maxDoc));
                        return new ConstantScoreScorer(constant, scoreMode, new BitSetIterator(bits, bits.cardinality()));
                    }

                    @Override
                    public long cost() {
                        return in.cost();
                    }
                };
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                return inner.count(context);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /**
     * The bit set of {@code context}, read by {@code reading} unless this query (or its original) has read it or is
     * reading it: the read runs outside the map's lock, and a second caller waits for the first's.
     */
    private FixedBitSet bitsOf(LeafReaderContext context, Callable<FixedBitSet> reading) throws IOException {
        FutureTask<FixedBitSet> task = read.computeIfAbsent(context, c -> new FutureTask<>(reading));
        task.run(); // a no-op when it has run or is running
        return Await.result(task, "another pass read the filter");
    }

    /** Every document {@code in} matches, deleted ones too: the search that uses the filter leaves those out itself. */
    private static FixedBitSet readWhole(ScorerSupplier in, int maxDoc) throws IOException {
        FixedBitSet bits = new FixedBitSet(maxDoc);
        in.bulkScorer().score(new BitsCollector(bits), null, 0, DocIdSetIterator.NO_MORE_DOCS);
        return bits;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        filter.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "materialized(" + filter.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && filter.equals(((MaterializedFilter) other).filter);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + filter.hashCode();
    }
}
