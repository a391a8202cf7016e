package com.gazettesearch.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexProgress;
import com.gazettesearch.index.IndexState;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.web.GazetteServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code gazette serve}: indexes first when the index is missing or was built from another corpus, then
 * serves the API and pages until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the API and browser pages (indexes first when the index is missing or stale).")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    AppOptions options;

    @Mixin
    AppOptions.SynonymsOption synonyms;

    @Mixin
    AppOptions.PortOption port;

    @Mixin
    AppOptions.HostOption host;

    @Mixin
    AppOptions.SearchMillisOption searchMillis;

    /** A started server and the searchers it reads from; closing stops the server and closes the index. */
    record Running(GazetteServer server, Searchers searchers, int port) implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            server.stop();
            searchers.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.toConfig(synonyms, port, host, searchMillis);
        Running running = start(config);
        String shown = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        LOG.info("serving http://{}:{}/", shown, running.port());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (java.io.IOException e) {
                LOG.warn("closing the index failed", e);
            }
            stopped.countDown();
        }, "shutdown"));
        // Returning would let picocli's System.exit end the server; wait for Ctrl-C / SIGTERM instead.
        stopped.await();
        return 0;
    }

    /** Indexes when the index is missing or stale, then starts the server on the configured port. */
    static Running start(AppConfig config) throws java.io.IOException {
        Optional<String> stale = IndexState.whyStale(config.corpusDir(), config.indexDir());
        if (stale.isPresent()) {
            LOG.info(stale.get());
            IndexSummary summary = IndexCommand.runIndexer(config, IndexProgress.none());
            LOG.info(summary.describe());
        }
        Searchers searchers = Searchers.open(config.indexDir(), GazetteServer.READER_STATE);
        try {
            GazetteServer server = GazetteServer.standard(config, searchers);
            return new Running(server, searchers, server.start());
        } catch (RuntimeException e) {
            searchers.close();
            throw e;
        }
    }
}
