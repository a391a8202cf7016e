package com.gazettesearch.reliability;

import java.io.IOException;
import java.nio.file.Path;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.web.GazetteServer;

/**
 * The application's server over an index that is being rebuilt: port 0, looking for a new commit every second (so
 * a round can check within seconds that its commit is served). Closing stops the server and closes the index.
 */
public final class ServedIndex implements AutoCloseable {
    private final Searchers searchers;
    private final GazetteServer server;
    private final int port;

    private ServedIndex(Searchers searchers, GazetteServer server, int port) {
        this.searchers = searchers;
        this.server = server;
        this.port = port;
    }

    /** Serves the committed index in {@code index} (built from {@code corpus}). */
    public static ServedIndex start(Path corpus, Path index) throws IOException {
        AppConfig config = AppConfig.defaults().withCorpusDir(corpus).withIndexDir(index).withPort(0).withRefreshSeconds(1);
        Searchers searchers = Searchers.open(index, GazetteServer.READER_STATE);
        try {
            GazetteServer server = GazetteServer.standard(config, searchers);
            return new ServedIndex(searchers, server, server.start());
        } catch (IOException | RuntimeException e) {
            searchers.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:port}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public RawHttp http() {
        return new RawHttp("127.0.0.1", port);
    }

    @Override
    public void close() throws IOException {
        server.stop();
        searchers.close();
    }
}
