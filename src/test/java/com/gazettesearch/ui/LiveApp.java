package com.gazettesearch.ui;

import java.io.IOException;
import java.nio.file.Path;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.search.Searchers;
import com.gazettesearch.web.GazetteServer;

/**
 * The application as {@code ./gazette serve} runs it, for the browser: the standard indexer over
 * the project's {@code corpus/} into a fresh index directory, and the standard server (every route
 * group the application serves) on a free port.
 */
final class LiveApp implements AutoCloseable {
    /** The project's corpus; tests run from the project root. */
    static final Path CORPUS = Path.of("corpus");

    private final Searchers searchers;
    private final GazetteServer server;
    private final String baseUrl;

    private LiveApp(Searchers searchers, GazetteServer server, int port) {
        this.searchers = searchers;
        this.server = server;
        this.baseUrl = "http://localhost:" + port;
    }

    static LiveApp start(Path indexDir) throws IOException {
        Indexer.standard(false).index(CORPUS, indexDir);
        Searchers searchers = Searchers.open(indexDir);
        AppConfig config = AppConfig.defaults().withCorpusDir(CORPUS).withIndexDir(indexDir).withPort(0);
        GazetteServer server = GazetteServer.standard(config, searchers);
        try {
            return new LiveApp(searchers, server, server.start());
        } catch (RuntimeException e) {
            searchers.close();
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws IOException {
        server.stop();
        searchers.close();
    }
}
