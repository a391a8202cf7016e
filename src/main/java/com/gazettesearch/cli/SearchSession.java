package com.gazettesearch.cli;

import java.io.IOException;
import java.util.Optional;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexProgress;
import com.gazettesearch.index.IndexState;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.Synonyms;

/**
 * The index opened for the {@code search}, {@code eval} and {@code bench} commands, with the search
 * service over it. Like {@code serve}, it indexes the corpus first when the index is missing or was
 * built from another corpus, so the commands work on a fresh checkout.
 */
record SearchSession(Searchers searchers, SearchService service) implements AutoCloseable {

    static SearchSession open(AppConfig config) throws IOException {
        Optional<String> stale = IndexState.whyStale(config.corpusDir(), config.indexDir());
        if (stale.isPresent()) {
            System.err.println(stale.get());
            System.err.println(IndexCommand.runIndexer(config, IndexProgress.none()).describe());
        }
        Searchers searchers = Searchers.open(config.indexDir(), SearchService.READER_STATE);
        try {
            return new SearchSession(searchers, SearchService.standard(searchers, Synonyms.load(config.synonymsFile())));
        } catch (IOException | RuntimeException e) {
            searchers.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
