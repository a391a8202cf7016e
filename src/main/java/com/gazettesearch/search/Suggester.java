package com.gazettesearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.schema.Schema;

/**
 * Completions from document titles and section headings, matched anywhere inside them (碳达 completes
 * 株洲市渌口区碳达峰实施方案). An {@link AnalyzingInfixSuggester} over CJK bigrams that the indexer writes with each
 * commit (a small Lucene index of its own, on disk, see {@code index.SuggesterWriter}); each index reader opens its
 * commit's suggester when it opens ({@link #LOOKUP}), so suggestions follow re-indexing, cost no memory or start-up
 * time per title, and neither wait for a rebuild nor take a lock; a reader's suggester is closed once the last
 * request on it is done.
 */
public final class Suggester {

    /** One completion: the title or heading, and the document or section it leads to. */
    public record Suggestion(String text, String docId, String sectionId) {
    }

    /** The suggester of one reader's commit, opened read-only; null for an index without one. */
    static final PerReader<OnDisk> LOOKUP = PerReader.of("suggestions", Suggester::open);

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
            OnDisk lookup = view.get(LOOKUP);
            return lookup == null ? List.<Lookup.LookupResult>of()
                    : lookup.suggester().lookup(q, (BooleanQuery) null, limit, true, false);
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

    /** A commit's suggester and the directory it reads; both are closed with the reader. */
    record OnDisk(Directory directory, AnalyzingInfixSuggester suggester) implements Closeable {
        @Override
        public void close() throws IOException {
            IOUtils.close(suggester, directory);
        }
    }

    /**
     * The suggester the indexer wrote with this reader's commit (named in its user data, a directory inside the index
     * directory); null when the commit has none.
     */
    private static OnDisk open(IndexSearcher searcher) throws IOException {
        if (!(searcher.getIndexReader() instanceof DirectoryReader reader)
                || !(reader.directory() instanceof FSDirectory indexDir)) {
            return null;
        }
        String name = reader.getIndexCommit().getUserData().get(Schema.SUGGESTER_DIR);
        Path dir = name == null ? null : indexDir.getDirectory().resolve(name);
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new OnDisk(directory, Schema.suggester(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }
}
