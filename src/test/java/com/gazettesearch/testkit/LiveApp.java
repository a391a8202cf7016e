package com.gazettesearch.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.config.RequestLimits;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.reliability.RawHttp;
import com.gazettesearch.web.GazetteServer;

/**
 * The application as {@code ./gazette serve} runs it, for the browser: the standard indexer over
 * the project's {@code corpus/} into a fresh index directory, and the standard server (every route
 * group the application serves) on a free port. Shared by the HTTP and browser tests so they all test
 * what a user runs.
 */
public final class LiveApp implements AutoCloseable {
    /** The project's corpus; tests run from the project root. */
    public static final Path CORPUS = Path.of("corpus");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final IndexSummary summary;
    private final AppConfig config;
    private final Searchers searchers;
    private final GazetteServer server;
    private final String baseUrl;

    private LiveApp(IndexSummary summary, AppConfig config, Searchers searchers, GazetteServer server, int port) {
        this.summary = summary;
        this.config = config;
        this.searchers = searchers;
        this.server = server;
        this.baseUrl = "http://localhost:" + port;
    }

    /** Indexes the corpus into {@code indexDir} and starts the server over it. */
    public static LiveApp start(Path indexDir) throws IOException {
        return start(CORPUS, indexDir);
    }

    /** Indexes the texts of {@code corpus} into {@code indexDir} and starts the server over it. */
    public static LiveApp start(Path corpus, Path indexDir) throws IOException {
        IndexSummary summary = Indexer.standard(false).index(corpus, indexDir);
        Searchers searchers = Searchers.open(indexDir, GazetteServer.READER_STATE);
        AppConfig defaults = AppConfig.defaults();
        // what the API answers must not depend on how busy the test machine is: no time limit on a search here (a
        // cold first search on a loaded machine could otherwise come back partial); TimeLimitTest tests the limit
        RequestLimits limits = defaults.limits();
        AppConfig config = defaults.withCorpusDir(corpus).withIndexDir(indexDir).withPort(0)
                .withLimits(new RequestLimits(limits.inFlight(), limits.queued(), limits.queueMillis(), 0));
        GazetteServer server = GazetteServer.standard(config, searchers);
        try {
            return new LiveApp(summary, config, searchers, server, server.start());
        } catch (RuntimeException e) {
            searchers.close();
            throw e;
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A client that sends requests to this server byte for byte (what java.net.URI refuses to build). */
    public RawHttp raw() {
        return new RawHttp("127.0.0.1", Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)));
    }

    public IndexSummary summary() {
        return summary;
    }

    public AppConfig config() {
        return config;
    }

    public Searchers searchers() {
        return searchers;
    }

    public GazetteServer server() {
        return server;
    }

    /** GET {@code pathAndQuery} (starting with /) from the running server. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A query-string value, percent-encoded. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.stop();
        searchers.close();
    }
}
