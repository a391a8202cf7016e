package com.gazettesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import com.gazettesearch.lookup.BitsCollector;

/**
 * Every match of a search, as one bit set per segment, collected beside the hits in the same pass, so that the
 * totals and the facets need no pass of their own ({@link SectionFacets#collectInOnePass}). A bit per match costs
 * less than the {@code DocIdSetBuilder} of Lucene's {@link FacetsCollector}, and a bit set can be cut down to a
 * sample ({@link Matches#sampled}) word by word. The result reads as a {@link FacetsCollector}, so Lucene's facet
 * counts take it as they take their own.
 */
final class MatchBits implements CollectorManager<MatchBits.PerSlice, MatchBits.Matches> {
    /** The sample of one segment's records: a read-only bit set of the segment's size. */
    interface SampleOf {
        FixedBitSet sample(LeafReaderContext context);
    }

    /** One segment's matches. */
    private record Segment(LeafReaderContext context, FixedBitSet bits) {
    }

    /** The matches of every segment, in segment order. */
    static final class Matches extends FacetsCollector {
        private final List<Segment> segments;
        private final List<MatchingDocs> docs;
        private final long total;

        private Matches(List<Segment> segments) {
            this.segments = List.copyOf(segments);
            List<MatchingDocs> out = new ArrayList<>(segments.size());
            long sum = 0;
            for (Segment s : segments) {
                int count = s.bits().cardinality();
                out.add(new MatchingDocs(s.context(), new BitDocIdSet(s.bits(), count), count, null));
                sum += count;
            }
            this.docs = List.copyOf(out);
            this.total = sum;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }

        /** How many records matched, in every segment. */
        long total() {
            return total;
        }

        /** The matches that are also in the sample {@code sampleOf} gives of their segment. */
        Matches sampled(SampleOf sampleOf) {
            List<Segment> out = new ArrayList<>(segments.size());
            for (Segment s : segments) {
                FixedBitSet bits = s.bits().clone();
                bits.and(sampleOf.sample(s.context()));
                out.add(new Segment(s.context(), bits));
            }
            return new Matches(out);
        }

        /** What {@code manager} collects of these matches, without running a query again (it must need no scores). */
        <C extends Collector, T> T replay(CollectorManager<C, T> manager) throws IOException {
            C collector = manager.newCollector();
            for (Segment s : segments) {
                LeafCollector leaf = collector.getLeafCollector(s.context());
                BitSetIterator matches = new BitSetIterator(s.bits(), 0);
                for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                    leaf.collect(doc);
                }
                leaf.finish();
            }
            return manager.reduce(List.of(collector));
        }
    }

    @Override
    public PerSlice newCollector() {
        return new PerSlice();
    }

    @Override
    public Matches reduce(Collection<PerSlice> collectors) {
        // by segment: a segment searched in several partitions has one bit set per partition
        TreeMap<Integer, Segment> bySegment = new TreeMap<>();
        for (PerSlice c : collectors) {
            for (Segment s : c.segments) {
                bySegment.merge(s.context().ord, s, (a, b) -> {
                    a.bits().or(b.bits());
                    return a;
                });
            }
        }
        return new Matches(new ArrayList<>(bySegment.values()));
    }

    /** The matches of the segments one slice searched. */
    static final class PerSlice implements Collector {
        private final List<Segment> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FixedBitSet bits = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
            segments.add(new Segment(context, bits));
            return new BitsCollector(bits);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
