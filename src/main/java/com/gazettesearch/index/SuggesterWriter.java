package com.gazettesearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.HashMap;
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
import org.apache.lucene.index.SortedNumericDocValues;
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
        Map<String, Entry> entries = new HashMap<>();
        collect(reader, Schema.SUGGEST_TITLE, true, entries);
        collect(reader, Schema.SUGGEST_HEADING, false, entries);
        // in corpus order (file, document, section), so that equal weights rank the same on every run
        List<Entry> ordered = new ArrayList<>(entries.values());
        ordered.sort(Comparator.comparing(Entry::file).thenComparingLong(Entry::document).thenComparingLong(Entry::section));
        String name = PREFIX + UUID.randomUUID();
        try (FSDirectory dir = FSDirectory.open(indexDir.resolve(name));
             AnalyzingInfixSuggester suggester = Schema.suggester(dir)) {
            suggester.build(new Entries(ordered));
            suggester.commit();
        }
        return name;
    }

    /** One completion, its weight and payload, and where its first section is in the corpus. */
    private record Entry(String text, long weight, byte[] payload, String file, long document, long section) {
        boolean before(Entry o) {
            return Comparator.comparing(Entry::file).thenComparingLong(Entry::document)
                    .thenComparingLong(Entry::section).compare(this, o) < 0;
        }
    }

    /**
     * Every distinct value of {@code field} that is not already a title, with the payload of its first section in
     * corpus order. A title wins over a heading with the same text.
     */
    private static void collect(DirectoryReader reader, String field, boolean title, Map<String, Entry> entries)
            throws IOException {
        Map<String, Entry> found = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            SortedDocValues values = DocValues.getSorted(r, field);
            if (values.getValueCount() == 0) {
                continue;
            }
            SortedSetDocValues ids = DocValues.getSortedSet(r, Schema.ID);
            SortedSetDocValues docIds = DocValues.getSortedSet(r, Schema.DOC_ID);
            SortedSetDocValues files = DocValues.getSortedSet(r, Schema.SOURCE_FILE);
            SortedNumericDocValues docOrder = DocValues.getSortedNumeric(r, Schema.ORDER_IN_SOURCE);
            SortedNumericDocValues sectionOrder = DocValues.getSortedNumeric(r, Schema.ORDER);
            Bits live = r.getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String text = values.lookupOrd(values.ordValue()).utf8ToString();
                if (!title && entries.containsKey(text)) {
                    continue;
                }
                String docId = value(docIds, doc);
                String payload = title ? "d:" + docId : "s:" + value(ids, doc) + "\n" + docId;
                Entry e = new Entry(text, title ? TITLE_WEIGHT : HEADING_WEIGHT, payload.getBytes(StandardCharsets.UTF_8),
                        value(files, doc), number(docOrder, doc), number(sectionOrder, doc));
                Entry seen = found.get(text);
                if (seen == null || e.before(seen)) {
                    found.put(text, e);
                }
            }
        }
        entries.putAll(found);
    }

    private static long number(SortedNumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.nextValue() : 0;
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
        private final java.util.Iterator<Entry> it;
        private Entry current;

        Entries(List<Entry> entries) {
            this.it = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            current = it.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.payload());
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
