package com.gazettesearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import com.gazettesearch.schema.Schema;

/**
 * Writes the suggester of a commit: an {@link AnalyzingInfixSuggester} index in a directory of its own inside the
 * index directory, built from every distinct document title and section heading (a title wins over a heading with
 * the same text; each leads to the first section that has it), read from the sections' sorted doc values
 * ({@link Schema#SUGGEST_TITLE}, {@link Schema#SUGGEST_HEADING}) rather than their stored text, so a million
 * sections cost a pass over doc values and the distinct values only. A new directory per commit, named in the
 * commit ({@link Schema#SUGGESTER_DIR}): readers of the previous commit keep theirs, and a run that fails before
 * its commit leaves only an orphan, deleted by the next run.
 */
final class SuggesterWriter {
    static final String PREFIX = "suggest-";
    private static final long TITLE_WEIGHT = 2;
    private static final long HEADING_WEIGHT = 1;

    private SuggesterWriter() {
    }

    /** Builds the suggester of {@code reader} in a new directory of {@code indexDir}; returns its name. */
    static String write(DirectoryReader reader, Path indexDir) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, Long> weights = new java.util.HashMap<>();
        collect(reader, Schema.SUGGEST_TITLE, true, entries, weights);
        collect(reader, Schema.SUGGEST_HEADING, false, entries, weights);
        String name = PREFIX + UUID.randomUUID();
        try (FSDirectory dir = FSDirectory.open(indexDir.resolve(name));
             AnalyzingInfixSuggester suggester = Schema.suggester(dir)) {
            suggester.build(new Entries(entries, weights));
            suggester.commit();
        }
        return name;
    }

    /** Every distinct value of {@code field} not yet in {@code entries}, with the payload of its first section. */
    private static void collect(DirectoryReader reader, String field, boolean title, Map<String, byte[]> entries,
                                Map<String, Long> weights) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            SortedDocValues values = DocValues.getSorted(r, field);
            if (values.getValueCount() == 0) {
                continue;
            }
            boolean[] seen = new boolean[values.getValueCount()];
            SortedSetDocValues ids = DocValues.getSortedSet(r, Schema.ID);
            SortedSetDocValues docIds = DocValues.getSortedSet(r, Schema.DOC_ID);
            Bits live = r.getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int ord = values.ordValue();
                if (seen[ord] || (live != null && !live.get(doc))) {
                    continue;
                }
                seen[ord] = true;
                String text = values.lookupOrd(ord).utf8ToString();
                if (entries.containsKey(text)) {
                    continue;
                }
                String docId = value(docIds, doc);
                String payload = title ? "d:" + docId : "s:" + value(ids, doc) + "\n" + docId;
                entries.put(text, payload.getBytes(StandardCharsets.UTF_8));
                weights.put(text, title ? TITLE_WEIGHT : HEADING_WEIGHT);
            }
        }
    }

    private static String value(SortedSetDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : "";
    }

    /** Deletes every suggester directory of {@code indexDir} but those in {@code keep}. */
    static void deleteOthers(Path indexDir, Set<String> keep) throws IOException {
        List<Path> gone = new ArrayList<>();
        try (Stream<Path> entries = Files.list(indexDir)) {
            entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(PREFIX)
                    && !keep.contains(p.getFileName().toString())).forEach(gone::add);
        }
        for (Path dir : gone) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    static Set<String> keep(String... names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static final class Entries implements InputIterator {
        private final java.util.Iterator<Map.Entry<String, byte[]>> it;
        private final Map<String, Long> weights;
        private Map.Entry<String, byte[]> current;

        Entries(Map<String, byte[]> entries, Map<String, Long> weights) {
            this.it = entries.entrySet().iterator();
            this.weights = weights;
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            current = it.next();
            return new BytesRef(current.getKey());
        }

        @Override
        public long weight() {
            return weights.get(current.getKey());
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.getValue());
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
