package com.gazettesearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.lookup.RecordQueries;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.lookup.StoredRecords;
import com.gazettesearch.schema.Schema;

/**
 * Completions from document titles and section headings, matched anywhere inside them (碳达 completes
 * 株洲市渌口区碳达峰实施方案). An {@link AnalyzingInfixSuggester} over CJK bigrams, kept in memory, built for each
 * index reader when it opens ({@link #LOOKUP}), so it follows re-indexing and a suggestion neither waits for a
 * rebuild nor takes a lock; the reader's old lookup is closed once the last request on it is done.
 */
public final class Suggester {

    /** One completion: the title or heading, and the document or section it leads to. */
    public record Suggestion(String text, String docId, String sectionId) {
    }

    /** Titles rank above headings when both match. */
    private static final long TITLE_WEIGHT = 2;
    private static final long HEADING_WEIGHT = 1;

    /** The in-memory lookup of one reader; null for an index without sections. */
    static final PerReader<AnalyzingInfixSuggester> LOOKUP = PerReader.of("suggestions", Suggester::build);

    /** The per-reader state suggestions need: open the index with it ({@code Searchers.open(dir, …)}). */
    public static final List<PerReader<?>> READER_STATE = List.of(LOOKUP);

    private final Searchers searchers;

    /** @throws IllegalStateException when {@code searchers} do not build {@link #READER_STATE} */
    public Suggester(Searchers searchers) {
        this.searchers = searchers;
        searchers.require(READER_STATE);
    }

    /** Up to {@code limit} completions for {@code prefix}; empty when nothing matches. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        String q = prefix == null ? "" : prefix.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        // The view keeps its reader, and so its lookup, open until this request releases it.
        List<Lookup.LookupResult> results = searchers.withSearcher(view -> {
            AnalyzingInfixSuggester lookup = view.get(LOOKUP);
            return lookup == null ? List.<Lookup.LookupResult>of() : lookup.lookup(q, (BooleanQuery) null, limit, true, false);
        });
        List<Suggestion> out = new ArrayList<>();
        for (Lookup.LookupResult r : results) {
            String payload = r.payload == null ? "" : r.payload.utf8ToString();
            String docId = payload.startsWith("d:") ? payload.substring(2) : null;
            String sectionId = null;
            if (payload.startsWith("s:")) {
                int sep = payload.indexOf('\n');
                sectionId = payload.substring(2, sep);
                docId = payload.substring(sep + 1);
            }
            out.add(new Suggestion(r.key.toString(), docId, sectionId));
        }
        return out;
    }

    /** The lookup over one reader's titles and headings; null when it has no sections. */
    private static AnalyzingInfixSuggester build(IndexSearcher searcher) throws IOException {
        Map<String, Entry> entries = collect(searcher);
        if (entries.isEmpty()) {
            return null;
        }
        AnalyzingInfixSuggester lookup = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                Schema.bigramAnalyzer(), Schema.bigramAnalyzer(), 2, false, true, false);
        try {
            lookup.build(new EntryIterator(new ArrayList<>(entries.values())));
            return lookup;
        } catch (IOException | RuntimeException e) {
            lookup.close();
            throw e;
        }
    }

    private record Entry(String text, long weight, String payload) {
    }

    /** Distinct titles and headings of all sections; a title wins over a heading with the same text. */
    private static Map<String, Entry> collect(IndexSearcher searcher) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> fields = Set.of(Schema.ID, Schema.DOC_ID, Schema.DOC_TITLE, Schema.HEADING);
        for (Document d : StoredRecords.all(searcher, RecordQueries.ofType(Schema.TYPE_SECTION), null, fields)) {
            String title = d.get(Schema.DOC_TITLE);
            String docId = d.get(Schema.DOC_ID);
            if (title != null && !title.isBlank()) {
                entries.put(title, new Entry(title, TITLE_WEIGHT, "d:" + docId));
            }
            String heading = d.get(Schema.HEADING);
            if (heading != null && !heading.isBlank() && !entries.containsKey(heading)) {
                entries.put(heading, new Entry(heading, HEADING_WEIGHT, "s:" + d.get(Schema.ID) + "\n" + docId));
            }
        }
        return entries;
    }

    private static final class EntryIterator implements InputIterator {
        private final List<Entry> entries;
        private int next;
        private Entry current;

        EntryIterator(List<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public BytesRef next() {
            if (next >= entries.size()) {
                return null;
            }
            current = entries.get(next++);
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.payload().getBytes(StandardCharsets.UTF_8));
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
