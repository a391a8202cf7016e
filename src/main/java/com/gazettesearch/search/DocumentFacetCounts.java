package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import com.gazettesearch.records.validity.ValidityStatus;

/**
 * How many documents, rather than sections, the matches of a grouped search have per facet value: a document counts
 * once for a value however many of its matching sections have it. Counted from the matching docs the facet counting
 * already collected (the drill-down's, or a dimension's own drill-sideways matches), so the multi-select semantics
 * are those of the section counts.
 */
final class DocumentFacetCounts {
    private DocumentFacetCounts() {
    }

    /** Value → document count for each of {@code dims}, from the matches {@code matches} collected. */
    static Map<String, Map<String, Long>> count(FacetsCollector matches, List<String> dims, DocumentTable table,
                                                SortedSetDocValuesReaderState state) throws IOException {
        Map<String, Map<String, Long>> out = new HashMap<>();
        boolean[] wanted = new boolean[state.getSize()];
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range != null) {
                Arrays.fill(wanted, range.start(), range.end() + 1, true);
            }
            out.put(dim, new HashMap<>());
        }
        SortedSetDocValues global = state.getDocValues();
        OrdinalMap ordinals = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[] lastGroup = new int[state.getSize()];
        Arrays.fill(lastGroup, -1);
        long[] pairs = new long[64];
        int n = 0;
        for (FacetsCollector.MatchingDocs md : matches.getMatchingDocs()) {
            DocIdSetIterator it = md.bits() == null ? null : md.bits().iterator();
            if (it == null) {
                continue;
            }
            SortedSetDocValues values = DocValues.getSortedSet(md.context().reader(), state.getField());
            LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(md.context().ord);
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int group = table.groupOf(md.context().docBase + doc);
                if (group < 0 || !values.advanceExact(doc)) {
                    continue;
                }
                for (int i = 0; i < values.docValueCount(); i++) {
                    int ord = (int) toGlobal.get(values.nextOrd());
                    // a document's sections are mostly consecutive: this drops most repeats before the sort
                    if (wanted[ord] && lastGroup[ord] != group) {
                        lastGroup[ord] = group;
                        if (n == pairs.length) {
                            pairs = Arrays.copyOf(pairs, n * 2);
                        }
                        pairs[n++] = ((long) ord << 32) | group;
                    }
                }
            }
        }
        Arrays.sort(pairs, 0, n);
        for (int i = 0; i < n; ) {
            int ord = (int) (pairs[i] >>> 32);
            long documents = 0;
            long previous = -1;
            for (; i < n && (int) (pairs[i] >>> 32) == ord; i++) {
                if (pairs[i] != previous) {
                    documents++;
                    previous = pairs[i];
                }
            }
            String[] path = FacetsConfig.stringToPath(global.lookupOrd(ord).utf8ToString());
            Map<String, Long> dim = out.get(path[0]);
            if (dim != null && path.length > 1) {
                dim.put(path[1], documents);
            }
        }
        return out;
    }

    /** The documents among {@code matches}. */
    static FixedBitSet groups(FacetsCollector matches, DocumentTable table) throws IOException {
        FixedBitSet groups = new FixedBitSet(Math.max(1, table.size()));
        for (FacetsCollector.MatchingDocs md : matches.getMatchingDocs()) {
            DocIdSetIterator it = md.bits() == null ? null : md.bits().iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int group = table.groupOf(md.context().docBase + doc);
                if (group >= 0) {
                    groups.set(group);
                }
            }
        }
        return groups;
    }

    /**
     * How many documents match, from {@code groups}, the documents seen in a sample of one document in about
     * {@code stride} ({@link SampleWindows} takes a document's sections whole): each seen document stands for
     * {@code stride}.
     */
    static long estimateDocuments(FixedBitSet groups, DocumentTable table, int stride) {
        return Math.min(table.size(), (long) groups.cardinality() * stride);
    }

    /** Status label → how many of {@code groups} have it today (a document's validity is the same for all its sections). */
    static Map<String, Long> statuses(FixedBitSet groups, DocumentTable table, LocalDate today) {
        Map<String, Long> out = new HashMap<>();
        for (int g = groups.nextSetBit(0); g != DocIdSetIterator.NO_MORE_DOCS;
             g = g + 1 < groups.length() ? groups.nextSetBit(g + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            DocumentTable.Entry e = table.entry(g);
            out.merge(ValidityStatus.of(e.validFrom(), e.validTo(), today).label(), 1L, Long::sum);
        }
        return out;
    }
}
