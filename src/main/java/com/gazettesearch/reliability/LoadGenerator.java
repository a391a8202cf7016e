package com.gazettesearch.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Steady traffic of requests that must succeed: searches a person would type (the judged queries, some sorted by
 * date and filtered), suggestions, documents, sections, fees, events, tables and health, each expecting 200, sent by
 * a few threads over kept-alive connections as a browser would. Every other answer is a failure, counted apart while
 * {@code reindexing} says an indexer is running, with the first few kept for the report.
 */
public final class LoadGenerator {
    static final int EXAMPLES = 20;

    private final String base;
    private final List<String> paths;
    private final BooleanSupplier reindexing;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong failedDuringReindex = new AtomicLong();
    private final AtomicLong slowestMillis = new AtomicLong();
    private final List<String> examples = new ArrayList<>();

    /**
     * @param base       {@code http://127.0.0.1:port}
     * @param ids        document and section ids that stay in the index for the whole run
     * @param queries    what users type
     * @param reindexing true while an indexer runs (failures then are counted apart too)
     */
    public LoadGenerator(String base, List<String> ids, List<String> queries, BooleanSupplier reindexing) {
        this.base = base;
        this.paths = paths(ids, queries);
        this.reindexing = reindexing;
    }

    private static List<String> paths(List<String> ids, List<String> queries) {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            out.add("/api/search?q=" + enc(q));
        }
        for (String q : queries.subList(0, Math.min(10, queries.size()))) {
            out.add("/api/search?sort=date&region=" + enc("株洲市渌口区") + "&q=" + enc(q));
            out.add("/api/suggest?q=" + enc(q.substring(0, Math.min(2, q.length()))));
        }
        for (String id : ids) {
            out.add((id.startsWith("d-") ? "/api/documents/" : "/api/sections/") + enc(id));
        }
        out.addAll(List.of("/api/health", "/api/documents", "/api/fees", "/api/events?from=2024-04-01",
                "/api/projects?sort=investment", "/api/indicators", "/api/departments", "/api/search?region="
                        + enc("怀化市鹤城区")));
        return List.copyOf(out);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One worker: requests until {@code stop}; run it on as many threads as the load should have. */
    public void run(long seed, BooleanSupplier stop) {
        Random random = new Random(seed);
        while (!stop.getAsBoolean()) {
            String path = paths.get(random.nextInt(paths.size()));
            boolean duringReindex = reindexing.getAsBoolean();
            long started = System.nanoTime();
            String problem;
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                problem = r.statusCode() == 200 ? null
                        : "HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
            } catch (IOException e) {
                problem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            slowestMillis.accumulateAndGet(millis, Math::max);
            sent.incrementAndGet();
            if (problem != null) {
                failed.incrementAndGet();
                if (duringReindex || reindexing.getAsBoolean()) {
                    failedDuringReindex.incrementAndGet();
                }
                synchronized (examples) {
                    if (examples.size() < EXAMPLES) {
                        examples.add("GET " + path + ": " + problem);
                    }
                }
            }
        }
    }

    public long sent() {
        return sent.get();
    }

    public long failed() {
        return failed.get();
    }

    public long failedDuringReindex() {
        return failedDuringReindex.get();
    }

    public long slowestMillis() {
        return slowestMillis.get();
    }

    public List<String> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }
}
