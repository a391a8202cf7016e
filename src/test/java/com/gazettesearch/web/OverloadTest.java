package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.config.RequestLimits;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.LiveApp;

/**
 * Under overload the server refuses fast instead of queueing without bound: with every slot busy and the queue full,
 * an API request is a 503 with Retry-After at once; a queued request that waits too long is a 503 too; a thread is
 * not held per waiting connection; and once the load is gone, requests are served again. (200 connections on a
 * 9k-section index used to take requests past 5 s and the server from 30 to 228 threads.)
 */
class OverloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;

    private Searchers searchers;
    private GazetteServer server;
    private String base;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger entered = new AtomicInteger();

    @BeforeAll
    static void index() throws IOException {
        Indexer.standard(false).index(LiveApp.CORPUS, tmp.resolve("index"));
    }

    @BeforeEach
    void start() throws IOException {
        Path index = tmp.resolve("index");
        searchers = Searchers.open(index, GazetteServer.READER_STATE);
        AppConfig config = AppConfig.defaults().withCorpusDir(LiveApp.CORPUS).withIndexDir(index).withPort(0)
                .withLimits(new RequestLimits(2, 2, 300, 0));
        List<RouteGroup> groups = new ArrayList<>(GazetteServer.standardGroups(config, searchers));
        // A request that holds its slot until the test lets it go: the overload, made deterministic.
        groups.add(routes -> routes.get("/api/test/hold", ctx -> {
            entered.incrementAndGet();
            release.await(30, TimeUnit.SECONDS);
            ctx.result("released");
        }));
        // How long a request waited for its turn, as a search's time limit reads it.
        groups.add(routes -> routes.get("/api/test/waited",
                ctx -> ctx.result(Long.toString(SearchRoutes.waitedForTurn(ctx).toMillis()))));
        server = new GazetteServer(config, searchers, groups);
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        server.stop();
        searchers.close();
    }

    private CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Two requests that hold both slots until {@link #release} opens. */
    private List<CompletableFuture<HttpResponse<String>>> takeBothSlots() throws InterruptedException {
        List<CompletableFuture<HttpResponse<String>>> holding = List.of(getAsync("/api/test/hold"), getAsync("/api/test/hold"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (entered.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(entered.get()).as("both slots taken").isEqualTo(2);
        return holding;
    }

    private static void assertRefused(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).as("Retry-After").hasValueSatisfying(v ->
                assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("overloaded");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void aFullQueueIsRefusedAtOnceAndTheServerRecovers() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> holding = takeBothSlots();

        // Two wait in the queue; they give up after 300 ms with a 503 of their own.
        List<CompletableFuture<HttpResponse<String>>> queued = List.of(getAsync("/api/health"), getAsync("/api/health"));
        Thread.sleep(100);
        // The queue is full: refused at once, long before the queue wait.
        long started = System.nanoTime();
        HttpResponse<String> refused = getAsync("/api/search?q=%E7%A2%B3").get(10, TimeUnit.SECONDS);
        long refusedMillis = (System.nanoTime() - started) / 1_000_000;
        assertRefused(refused);
        assertThat(refusedMillis).isLessThan(250);
        for (CompletableFuture<HttpResponse<String>> q : queued) {
            assertRefused(q.get(10, TimeUnit.SECONDS));
        }
        // A burst does not grow the server's threads past its bound: refused requests hold none.
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            burst.add(getAsync("/api/documents"));
        }
        for (CompletableFuture<HttpResponse<String>> b : burst) {
            assertRefused(b.get(10, TimeUnit.SECONDS));
        }
        long serverThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(GazetteServer.THREAD_NAME)).count();
        assertThat(serverThreads).isBetween(1L, (long) new RequestLimits(2, 2, 300, 0).maxThreads());
        // Pages and static files do not wait for the API's slots.
        assertThat(getAsync("/js/common.js").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> h : holding) {
            assertThat(h.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(getAsync("/api/health").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void aQueuedRequestKnowsHowLongItWaitedForItsTurn() throws Exception {
        assertThat(Long.parseLong(getAsync("/api/test/waited").get(10, TimeUnit.SECONDS).body()))
                .as("no wait without load").isLessThan(100);
        List<CompletableFuture<HttpResponse<String>>> holding = takeBothSlots();
        CompletableFuture<HttpResponse<String>> queued = getAsync("/api/test/waited");
        Thread.sleep(150);
        release.countDown();
        HttpResponse<String> waited = queued.get(10, TimeUnit.SECONDS);
        assertThat(waited.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(waited.body())).as("waited behind both slots").isBetween(100L, 300L);
        for (CompletableFuture<HttpResponse<String>> h : holding) {
            assertThat(h.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // an idle keep-alive connection is not a wait: the time is the request's own
        Thread.sleep(400);
        assertThat(Long.parseLong(getAsync("/api/test/waited").get(10, TimeUnit.SECONDS).body()))
                .as("after an idle connection").isLessThan(100);
    }

    @Test
    void aQueuedRequestIsServedWhenASlotFreesInTime() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> holding = takeBothSlots();
        CompletableFuture<HttpResponse<String>> queued = getAsync("/api/health");
        Thread.sleep(50);
        release.countDown();
        assertThat(queued.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        for (CompletableFuture<HttpResponse<String>> h : holding) {
            assertThat(h.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }
}
