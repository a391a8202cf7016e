package com.gazettesearch.search.query;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

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
                    return which == null ? scorer : new PreferenceScorer(scorer, which.get(scorer.iterator().cost()),
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

    /** The ranked scorer's matches and score, times the factor where the preferred query matches too. */
    private static final class PreferenceScorer extends Scorer {
        private final Scorer in;
        private final DocIdSetIterator which;
        private final TwoPhaseIterator whichTwoPhase;
        private final float factor;
        private final float maxFactor;
        private int checkedDoc = -1;
        private boolean checkedMatch;

        PreferenceScorer(Scorer in, Scorer preferred, float factor) {
            this.in = in;
            this.whichTwoPhase = preferred.twoPhaseIterator();
            this.which = whichTwoPhase == null ? preferred.iterator() : whichTwoPhase.approximation();
            this.factor = factor;
            this.maxFactor = Math.max(1f, factor);
        }

        private boolean preferred(int doc) throws IOException {
            if (doc != checkedDoc) {
                checkedDoc = doc;
                int at = which.docID();
                if (at < doc) {
                    at = which.advance(doc);
                }
                checkedMatch = at == doc && (whichTwoPhase == null || whichTwoPhase.matches());
            }
            return checkedMatch;
        }

        @Override
        public float score() throws IOException {
            float s = in.score();
            return preferred(in.docID()) ? (float) ((double) s * factor) : s;
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
            // rounded up: a bound a hair below a real score would let Lucene skip a section that belongs on the page
            return Math.nextUp((float) ((double) in.getMaxScore(upTo) * maxFactor));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // a section that is preferred needs only minScore / factor from the ranked query to compete
            in.setMinCompetitiveScore(Math.nextDown(minScore / maxFactor));
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
