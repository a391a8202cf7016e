package com.gazettesearch.lookup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Read access to the committed index for the server: a {@link SearcherManager} that every request
 * borrows one {@link IndexView} from and returns it to. It only ever sees commits, so a reader never observes a
 * half-written index, and {@link #refresh()} picks up a re-index without blocking searches. Its
 * {@link SearcherFactory} builds the {@link PerReader} state the application asked for when a reader opens, so
 * no request builds, rebuilds or waits for it.
 */
public final class Searchers implements Closeable {
    /** Work done with a borrowed view. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexView view) throws IOException;
    }

    private final Directory directory;
    private final Set<PerReader<?>> state;
    private final SearcherManager manager;

    private Searchers(Directory directory, Set<PerReader<?>> state) throws IOException {
        this.directory = directory;
        this.state = state;
        this.manager = new SearcherManager(directory, new StateFactory(state));
    }

    /** Opens the index in {@code indexDir} without per-reader state; fails if there is no committed index there. */
    public static Searchers open(Path indexDir) throws IOException {
        return open(indexDir, List.of());
    }

    /**
     * Opens the index in {@code indexDir}, building {@code state} for every reader it opens (this one now, each
     * newer commit at {@link #refresh()}); fails if there is no committed index there.
     */
    public static Searchers open(Path indexDir, Collection<? extends PerReader<?>> state) throws IOException {
        Directory dir = FSDirectory.open(indexDir);
        try {
            return new Searchers(dir, Collections.unmodifiableSet(new LinkedHashSet<>(state)));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Fails at start-up rather than on a request when a component needs state these searchers do not build.
     *
     * @throws IllegalStateException naming the missing state
     */
    public void require(Collection<? extends PerReader<?>> needed) {
        List<String> missing = needed.stream().filter(k -> !state.contains(k)).map(PerReader::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the index was opened without per-reader state " + missing);
        }
    }

    /** Runs {@code work} with a view that is released afterwards, whatever happens. */
    public <T> T withSearcher(SearcherFunction<T> work) throws IOException {
        IndexView view = (IndexView) manager.acquire();
        try {
            return work.apply(view);
        } finally {
            manager.release(view);
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

    /** Lucene's hook for per-reader state: runs once per reader, before any request can see it. */
    private static final class StateFactory extends SearcherFactory {
        private final Set<PerReader<?>> state;

        StateFactory(Set<PerReader<?>> state) {
            this.state = state;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            IndexSearcher building = new IndexSearcher(reader);
            Map<PerReader<?>, Object> built = new HashMap<>();
            List<Closeable> closeables = new ArrayList<>();
            try {
                for (PerReader<?> key : state) {
                    Object value = key.build(building);
                    built.put(key, value);
                    if (value instanceof Closeable c) {
                        closeables.add(c);
                    }
                }
                if (!closeables.isEmpty()) {
                    // after the last request on this reader has released it
                    reader.getReaderCacheHelper().addClosedListener(key -> IOUtils.close(closeables));
                }
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(closeables);
                throw e;
            }
            return new IndexView(reader, Collections.unmodifiableMap(built));
        }
    }
}
