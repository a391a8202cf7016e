package com.gazettesearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import com.gazettesearch.schema.Schema;

/**
 * The collapse of a section search onto documents (run over the matches of one page's documents, or over every match
 * when a document's rank depends on how many of its sections match): for every document with a matching
 * section, how many of its sections match and its {@value #BEST} best (by score, then reading order, so the
 * sections of an identifier's document, which score alike, come in the order they are printed). The documents are
 * the dense groups of a {@link DocumentTable}; one collector per slice, merged at the end.
 */
final class SectionGroups implements CollectorManager<SectionGroups.PerSlice, SectionGroups.Result> {
    /** Most sections kept per document. */
    static final int BEST = 3;

    private final DocumentTable table;
    private final boolean scored;

    /** @param scored false when browsing: every match scores alike and sections come in reading order */
    SectionGroups(DocumentTable table, boolean scored) {
        this.table = table;
        this.scored = scored;
    }

    @Override
    public PerSlice newCollector() {
        return new PerSlice(table, scored);
    }

    @Override
    public Result reduce(Collection<PerSlice> slices) {
        Result total = new Result(table.size());
        for (PerSlice s : slices) {
            total.merge(s.result);
        }
        return total;
    }

    /** Per document (group): matched sections and the best ones, as global doc ids with their scores. */
    static final class Result {
        final int[] matched;
        final int[] kept;
        final int[] docs;
        final float[] scores;
        final int[] orders;

        Result(int groups) {
            matched = new int[groups];
            kept = new int[groups];
            docs = new int[groups * BEST];
            scores = new float[groups * BEST];
            orders = new int[groups * BEST];
        }

        /** The best score of a group; only meaningful when it matched. */
        float best(int group) {
            return scores[group * BEST];
        }

        int documents() {
            int n = 0;
            for (int m : matched) {
                if (m > 0) {
                    n++;
                }
            }
            return n;
        }

        /** Whether a section of {@code group} with {@code score} may be among its best (ties go by reading order). */
        boolean mayKeep(int group, float score) {
            return kept[group] < BEST || score >= scores[group * BEST + BEST - 1];
        }

        void offer(int group, int doc, float score, int order) {
            matched[group]++;
            int base = group * BEST;
            int n = kept[group];
            int at = n;
            while (at > 0 && better(score, order, scores[base + at - 1], orders[base + at - 1])) {
                at--;
            }
            if (at >= BEST) {
                return;
            }
            int last = Math.min(n, BEST - 1);
            for (int i = last; i > at; i--) {
                docs[base + i] = docs[base + i - 1];
                scores[base + i] = scores[base + i - 1];
                orders[base + i] = orders[base + i - 1];
            }
            docs[base + at] = doc;
            scores[base + at] = score;
            orders[base + at] = order;
            kept[group] = Math.min(n + 1, BEST);
        }

        private static boolean better(float score, int order, float otherScore, int otherOrder) {
            return score > otherScore || score == otherScore && order < otherOrder;
        }

        void merge(Result other) {
            for (int g = 0; g < matched.length; g++) {
                int before = matched[g];
                for (int i = 0; i < other.kept[g]; i++) {
                    int k = g * BEST + i;
                    offer(g, other.docs[k], other.scores[k], other.orders[k]);
                }
                matched[g] = before + other.matched[g];
            }
        }

        /** The global doc ids of a group's best sections, best first. */
        int[] best(int group, int n) {
            return Arrays.copyOfRange(docs, group * BEST, group * BEST + Math.min(n, kept[group]));
        }
    }

    static final class PerSlice extends SimpleCollector {
        final Result result;
        private final DocumentTable table;
        private final boolean scored;
        private Scorable scorer;
        private SortedNumericDocValues order;
        private int docBase;

        PerSlice(DocumentTable table, boolean scored) {
            this.table = table;
            this.scored = scored;
            this.result = new Result(table.size());
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            order = DocValues.getSortedNumeric(context.reader(), Schema.ORDER);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            int global = docBase + doc;
            int group = table.groupOf(global);
            if (group < 0) {
                return;
            }
            float score = scored ? scorer.score() : 0f;
            if (!result.mayKeep(group, score)) {
                // counted, not kept: most matches of a grouped pass over every match end here, unread
                result.matched[group]++;
                return;
            }
            int position = order.advanceExact(doc) ? (int) order.nextValue() : Integer.MAX_VALUE;
            result.offer(group, global, score, position);
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
