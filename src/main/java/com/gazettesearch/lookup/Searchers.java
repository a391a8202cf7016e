package com.gazettesearch.lookup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Read access to the committed index for the server: a {@link SearcherManager} that every request
 * borrows a searcher from and returns it to. It only ever sees commits, so a reader never observes a
 * half-written index, and {@link #refresh()} picks up a re-index without blocking searches.
 */
public final class Searchers implements Closeable {
    /** Work done with a borrowed searcher. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Directory directory;
    private final SearcherManager manager;

    private Searchers(Directory directory) throws IOException {
        this.directory = directory;
        this.manager = new SearcherManager(directory, null);
    }

    /** Opens the index in {@code indexDir}; fails if there is no committed index there. */
    public static Searchers open(Path indexDir) throws IOException {
        Directory dir = FSDirectory.open(indexDir);
        try {
            return new Searchers(dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Runs {@code work} with a searcher that is released afterwards, whatever happens. */
    public <T> T withSearcher(SearcherFunction<T> work) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return work.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** Picks up a newer commit if there is one; searches keep running on the old view meanwhile. */
    public void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}
