package com.gazettesearch.search.query;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The matches of {@code ranked}, scored as it scores them, times {@code factor} for those that also match
 * {@code preferred} (a region, a year, a word of the query the section has …). The same scores as
 * {@code FunctionScoreQuery.boostByQuery}, with one difference that matters at scale: this query tells a top-k
 * collection how high its scores can be (the ranked query's block maximum times the factor, when it is above one),
 * so Lucene still skips the blocks of postings that cannot reach the page (block-max WAND). The function query's
 * maximum is infinite, which makes every match of every query be scored.
 */
public final class PreferenceQuery extends Query {
    private final Query ranked;
    private final Query preferred;
    private final float factor;

    public PreferenceQuery(Query ranked, Query preferred, float factor) {
        if (!(factor > 0) || Float.isInfinite(factor)) {
            throw new IllegalArgumentException("factor: must be positive and finite, was " + factor);
        }
        this.ranked = Objects.requireNonNull(ranked, "ranked");
        this.preferred = Objects.requireNonNull(preferred, "preferred");
        this.factor = factor;
    }

    /** {@code query} without its preferences: the query its innermost preference ranks by. */
    public static Query withoutPreferences(Query query) {
        Query q = query;
        while (q instanceof PreferenceQuery p) {
            q = p.ranked;
        }
        return q;
    }

    /**
     * {@code target} (a query that matches like {@link #withoutPreferences} of {@code query}, with filters around it)
     * with the preferences of {@code query} around it, in the same order. A preference scores the matches it is given,
     * so the two rank alike; at the top of the query a preference lets Lucene collect with the bulk scorer of the
     * query under it, while as a clause of a filtered query it would be scored document by document.
     */
    public static Query withPreferencesOf(Query query, Query target) {
        if (!(query instanceof PreferenceQuery p)) {
            return target;
        }
        return new PreferenceQuery(withPreferencesOf(p.ranked, target), p.preferred, p.factor);
    }

    public Query ranked() {
        return ranked;
    }

    public Query preferred() {
        return preferred;
    }

    public float factor() {
        return factor;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = ranked.rewrite(searcher);
        Query p = preferred.rewrite(searcher);
        return r == ranked && p == preferred ? this : new PreferenceQuery(r, p, factor);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight rankedWeight = ranked.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return rankedWeight;
        }
        Weight preferredWeight = searcher.createWeight(searcher.rewrite(preferred), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new PreferenceWeight(this, rankedWeight, preferredWeight, factor);
    }

    private static final class PreferenceWeight extends Weight {
        private final Weight ranked;
        private final Weight preferred;
        private final float factor;

        PreferenceWeight(Query query, Weight ranked, Weight preferred, float factor) {
            super(query);
            this.ranked = ranked;
            this.preferred = preferred;
            this.factor = factor;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            ScorerSupplier inner = ranked.scorerSupplier(context);
            if (inner == null) {
                return null;
            }
            ScorerSupplier which = preferred.scorerSupplier(context);
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    Scorer scorer = inner.get(leadCost);
                    return which == null ? scorer : new PreferenceScorer(scorer,
                            new PreferredDocs(preferred, context, which, scorer.iterator().cost()), factor);
                }

                @Override
                public BulkScorer bulkScorer() throws IOException {
                    // The ranked query's own bulk scorer (a boolean query's block-max conjunction or max-score
                    // disjunction), its scores multiplied as they are collected: a Scorer-by-Scorer wrapper would
                    // leave Lucene only its default, doc-at-a-time loop (the full query took 1.6× as long for it).
                    BulkScorer bulk = inner.bulkScorer();
                    return which == null ? bulk
                            : new PreferenceBulkScorer(bulk, new PreferredDocs(preferred, context, which, bulk.cost()),
                                    factor);
                }

                @Override
                public long cost() {
                    return inner.cost();
                }

                @Override
                public void setTopLevelScoringClause() throws IOException {
                    inner.setTopLevelScoringClause();
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Explanation inner = ranked.explain(context, doc);
            if (!inner.isMatch()) {
                return inner;
            }
            boolean preferredMatch = preferred.explain(context, doc).isMatch();
            float f = preferredMatch ? factor : 1f;
            return Explanation.match((float) ((double) inner.getValue().floatValue() * f),
                    preferredMatch ? "preferred, times " + factor : "not preferred", inner);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return ranked.matches(context, doc);
        }

        @Override
        public int count(LeafReaderContext context) throws IOException {
            return ranked.count(context);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return ranked.isCacheable(ctx) && preferred.isCacheable(ctx);
        }
    }

    /**
     * Whether a document matches the preferred query, for documents asked in increasing order (as scorers and bulk
     * scorers collect them); its iterator is made when the first document is asked (a collector that never asks
     * for a score costs nothing), and a document before the last one asked starts a new iterator, so any order is
     * answered.
     */
    private static final class PreferredDocs {
        private final Weight weight;
        private final LeafReaderContext context;
        private final long leadCost;
        private ScorerSupplier first;
        private DocIdSetIterator which;
        private TwoPhaseIterator whichTwoPhase;
        private int checkedDoc = -1;
        private boolean checkedMatch;

        /** @param first the preferred query's scorers in {@code context}, from {@code weight}; not null */
        PreferredDocs(Weight weight, LeafReaderContext context, ScorerSupplier first, long leadCost) {
            this.weight = weight;
            this.context = context;
            this.first = first;
            this.leadCost = leadCost;
        }

        private void use(Scorer preferred) {
            whichTwoPhase = preferred == null ? null : preferred.twoPhaseIterator();
            which = preferred == null ? DocIdSetIterator.empty()
                    : whichTwoPhase == null ? preferred.iterator() : whichTwoPhase.approximation();
        }

        boolean matches(int doc) throws IOException {
            if (doc == checkedDoc) {
                return checkedMatch;
            }
            if (which == null) {
                use(first.get(leadCost));
                first = null;
            } else if (doc < checkedDoc) {
                use(weight.scorer(context));
            }
            checkedDoc = doc;
            int at = which.docID();
            if (at < doc) {
                at = which.advance(doc);
            }
            checkedMatch = at == doc && (whichTwoPhase == null || whichTwoPhase.matches());
            return checkedMatch;
        }
    }

    /** The ranked bulk scorer's collection, each score times the factor where the preferred query matches too. */
    private static final class PreferenceBulkScorer extends BulkScorer {
        private final BulkScorer in;
        private final PreferredDocs preferred;
        private final Factor factor;

        PreferenceBulkScorer(BulkScorer in, PreferredDocs preferred, float factor) {
            this.in = in;
            this.preferred = preferred;
            this.factor = new Factor(factor);
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            return in.score(new LeafCollector() {
                private Scorable scorable;
                private int doc = -1;

                @Override
                public void setScorer(Scorable inner) throws IOException {
                    scorable = inner;
                    collector.setScorer(new Scorable() {
                        @Override
                        public float score() throws IOException {
                            return factor.apply(scorable.score(), preferred.matches(doc));
                        }

                        @Override
                        public void setMinCompetitiveScore(float minScore) throws IOException {
                            scorable.setMinCompetitiveScore(factor.rankedMinimum(minScore));
                        }
                    });
                }

                @Override
                public void collect(int doc) throws IOException {
                    this.doc = doc;
                    collector.collect(doc);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return collector.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    collector.finish();
                }
            }, acceptDocs, min, max);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    /** The ranked scorer's matches and score, times the factor where the preferred query matches too. */
    private static final class PreferenceScorer extends Scorer {
        private final Scorer in;
        private final PreferredDocs preferred;
        private final Factor factor;

        PreferenceScorer(Scorer in, PreferredDocs preferred, float factor) {
            this.in = in;
            this.preferred = preferred;
            this.factor = new Factor(factor);
        }

        @Override
        public float score() throws IOException {
            return factor.apply(in.score(), preferred.matches(in.docID()));
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return factor.bound(in.getMaxScore(upTo));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(factor.rankedMinimum(minScore));
        }
    }

    /** A preference's factor, and what it does to scores, bounds and thresholds (one formula for both scorers). */
    private record Factor(float factor) {
        float apply(float score, boolean preferred) {
            return preferred ? (float) ((double) score * factor) : score;
        }

        /** The most a score bounded by {@code rankedMax} can become. */
        float bound(float rankedMax) {
            // rounded up: a bound a hair below a real score would let Lucene skip a section that belongs on the page
            return Math.nextUp((float) ((double) rankedMax * Math.max(1f, factor)));
        }

        /** The least ranked score that can still reach {@code minScore}: a preferred one needs only minScore / factor. */
        float rankedMinimum(float minScore) {
            return Math.nextDown(minScore / Math.max(1f, factor));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        ranked.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "prefer(" + ranked.toString(field) + ", " + preferred.toString(field) + " ×" + factor + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ranked.equals(((PreferenceQuery) o).ranked)
                && preferred.equals(((PreferenceQuery) o).preferred) && factor == ((PreferenceQuery) o).factor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), ranked, preferred, factor);
    }
}
