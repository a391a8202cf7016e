package com.gazettesearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.corpus.CorpusWalk;
import com.gazettesearch.index.IndexState;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.Synonyms;
import com.gazettesearch.web.GazetteServer;
import com.gazettesearch.web.SearchRoutes;

/**
 * {@code ./gazette bench --scale N}: a synthetic province of N copies of the corpus ({@link SyntheticCorpus}), indexed
 * once and kept under the work directory, then the benchmark's searches ({@link QueryMix}) through the full request
 * path in-process, the same query texts in SQLite FTS5 ({@link Fts5Peer}), and over HTTP with {@code wrk}
 * ({@link Wrk}) at 4 and at 200 connections. Indexing, when this run does it, is set against the analyzers' own
 * throughput measured right after ({@link AnalyzerThroughput}).
 */
public final class ScaleBench {
    /** Analysing this much text is enough to measure the analyzers' rate. */
    private static final long ANALYZER_SAMPLE_BYTES = 24_000_000;

    /** What to run. */
    public record Options(Path seedCorpus, int scale, Path workDir, int warmup, int rounds, boolean reindex,
                          boolean keepIndex, boolean fts5, boolean http, int httpSeconds, Path synonyms,
                          int indexThreads, boolean passes) {
    }

    private final Options o;
    private final PrintWriter out;

    public ScaleBench(Options options, PrintWriter out) {
        this.o = options;
        this.out = out;
    }

    /** Where the corpus, index and FTS5 database of scale {@code scale} live. */
    public static Path scaleDir(Path workDir, int scale) {
        return workDir.resolve("scale-" + scale);
    }

    /**
     * What one run measured: the rows of its table, the index it searched, and the ranking query's passes (empty
     * unless asked for).
     */
    public record Report(int files, long sections, List<Row> rows, List<RankingPasses.Pass> passes) {
    }

    /** One line of the table: a system, how many searches were timed, their latency and rate. */
    public record Row(String system, long searches, double p50, double p99, double max, double qps, String notes) {
    }

    public Report run() throws IOException, SQLException {
        Path dir = scaleDir(o.workDir(), o.scale());
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        out.printf("load average at start: %s%n", loadAverage());
        long t0 = System.nanoTime();
        int files = SyntheticCorpus.ensure(o.seedCorpus(), o.scale(), corpus);
        long bytes = corpusBytes(corpus);
        out.printf("corpus: %d copies of %s, %d files, %.1f MB (%s, %.1f s)%n", o.scale(), o.seedCorpus(), files,
                bytes / 1e6, corpus, (System.nanoTime() - t0) / 1e9);
        out.flush();

        Optional<String> stale = IndexState.whyStale(corpus, index);
        if (o.keepIndex() && stale.isPresent() && IndexState.lastCommit(index).isPresent()
                && stale.get().startsWith("index built by another build")) {
            out.println("searching the index built by another build as it is (--keep-index)");
            stale = Optional.empty();
        }
        if (stale.isPresent() || o.reindex()) {
            out.println(stale.orElse("re-indexing from scratch (--reindex)"));
            out.flush();
            if (o.reindex()) {
                deleteIndex(index); // otherwise the indexer keeps every unchanged file and there is nothing to time
            }
            IndexSummary summary = Indexer.standard(false).withThreads(o.indexThreads()).index(corpus, index);
            double indexMbs = bytes / 1e6 / (summary.millis() / 1e3);
            out.println(summary.describe().lines().findFirst().orElse(""));
            AnalyzerThroughput.Result analyzers = AnalyzerThroughput.measure(corpus, o.indexThreads(), ANALYZER_SAMPLE_BYTES);
            out.printf(Locale.ROOT, "indexing: %.2f MB/s on %d threads; the analyzers alone (bigrams + smartcn, %.0f MB): "
                            + "%.2f MB/s on %d threads; indexing reaches %.0f %% of them%n", indexMbs, o.indexThreads(),
                    analyzers.bytes() / 1e6, analyzers.mbPerSecond(), analyzers.threads(),
                    100 * indexMbs / analyzers.mbPerSecond());
        } else {
            out.println("index up to date (" + index + "); --reindex to time indexing again");
        }
        Map<String, String> commit = IndexState.lastCommit(index).orElseThrow();
        out.printf("index: %s documents, %s sections, %s records, %.0f MB on disk%n", commit.get(IndexState.DOCUMENTS),
                commit.get(IndexState.SECTIONS), commit.get(IndexState.RECORDS), directoryBytes(index) / 1e6);
        out.flush();

        List<QueryMix.Search> searches = QueryMix.standard();
        List<SearchRequest> requests = searches.stream().map(s -> SearchRoutes.searchRequest(s.params())).toList();
        List<Row> rows = new ArrayList<>();
        List<RankingPasses.Pass> passes = List.of();
        AppConfig config = AppConfig.defaults().withCorpusDir(corpus).withIndexDir(index).withPort(0)
                .withSynonymsFile(o.synonyms());
        long startOpen = System.nanoTime();
        try (Searchers searchers = Searchers.open(index, GazetteServer.READER_STATE)) {
            SearchService service = SearchService.standard(searchers, Synonyms.load(o.synonyms()));
            service.search(requests.get(0));
            out.printf(Locale.ROOT, "first search %.0f ms after opening the index%n", (System.nanoTime() - startOpen) / 1e6);
            Latency.Result lat = new Latency(service).run(requests, o.warmup(), o.rounds());
            rows.add(new Row("gazette, in-process, 1 thread (every facet, status, answers, snippets)", lat.searches(),
                    lat.p50Ms(), lat.p99Ms(), lat.maxMs(), lat.qps(), ""));
            out.printf("searches: %d (%d judged + %d of the mix) x %d rounds after %d warm-up rounds%n", requests.size(),
                    QueryMix.judged().size(), requests.size() - QueryMix.judged().size(), o.rounds(), o.warmup());
            printSlowest(lat.slowest(), o.rounds());
            out.flush();
            if (o.passes()) {
                passes = RankingPasses.measure(service, searchers, searches.stream().map(QueryMix.Search::q).toList(),
                        Math.max(2, o.rounds()));
                printPasses(passes);
            }
            if (o.http()) {
                rows.addAll(http(config, searchers, searches, dir));
            }
        }
        if (o.fts5()) {
            rows.add(fts5(dir.resolve("fts5.db"), corpus, searches));
        }
        out.println();
        out.println("| system | searches | p50 | p99 | max | searches/s | notes |");
        out.println("|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %d | %.2f ms | %.2f ms | %.1f ms | %.1f | %s |%n", r.system, r.searches, r.p50,
                    r.p99, r.max, r.qps, r.notes);
        }
        out.printf("%nmachine: %d cores, %s %s, Java %s, max heap %d MB; load average at end: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        out.flush();
        return new Report(files, Long.parseLong(commit.get(IndexState.SECTIONS)), List.copyOf(rows), passes);
    }

    private void printSlowest(List<Latency.Slow> slowest, int rounds) {
        out.printf("slowest searches in-process (the fastest of its %d rounds each):%n", rounds);
        for (Latency.Slow s : slowest) {
            out.printf(Locale.ROOT, "  %8.1f ms  %s%n", s.fastestMs(), describe(s.search()));
        }
    }

    /** A search as a reader of the bench output needs it: the query and whatever else is not the default. */
    static String describe(SearchRequest s) {
        StringBuilder b = new StringBuilder(s.q().isEmpty() ? "(browse)" : s.q());
        new java.util.TreeMap<>(s.filters()).forEach((key, values) -> b.append(' ').append(key).append('=')
                .append(String.join(",", values)));
        if (s.from() != null || s.to() != null) {
            b.append(" dates=").append(s.from() == null ? "" : s.from()).append("..").append(s.to() == null ? "" : s.to());
        }
        if (s.sort() != SearchRequest.Sort.RELEVANCE) {
            b.append(" sort=").append(s.sort().apiName());
        }
        if (s.size() != SearchRequest.DEFAULT_SIZE) {
            b.append(" size=").append(s.size());
        }
        if (s.page() != 1) {
            b.append(" page=").append(s.page());
        }
        if (s.group() != SearchRequest.Group.DOCUMENT) {
            b.append(" group=").append(s.group().apiName());
        }
        return b.toString();
    }

    private void printPasses(List<RankingPasses.Pass> passes) {
        out.println();
        out.println("| ranking query, Lucene alone (fastest round) | queries | total | per query |");
        out.println("|---|---|---|---|");
        for (RankingPasses.Pass p : passes) {
            out.printf(Locale.ROOT, "| %s | %d | %.0f ms | %.2f ms |%n", p.name(), p.queries(), p.millis(),
                    p.perQueryMillis());
        }
        out.flush();
    }

    private List<Row> http(AppConfig config, Searchers searchers, List<QueryMix.Search> searches, Path dir)
            throws IOException {
        if (!Wrk.available()) {
            out.println("wrk is not installed (apt-get install wrk): no HTTP figures");
            return List.of();
        }
        Path script = Wrk.script(searches.stream().map(QueryMix.Search::path).toList(), dir.resolve("wrk.lua"));
        GazetteServer server = GazetteServer.standard(config, searchers);
        int port = server.start();
        try {
            String base = "http://127.0.0.1:" + port;
            Wrk.run(script, base, 4, Math.max(3, o.httpSeconds() / 4)); // warm-up
            List<Row> rows = new ArrayList<>();
            for (int connections : new int[] {4, 200}) {
                Wrk.Result r = Wrk.run(script, base, connections, o.httpSeconds());
                rows.add(new Row("gazette, HTTP, " + connections + " connections (wrk, 2 threads)", r.requests(),
                        r.p50Ms(), r.p99Ms(), r.maxMs(), r.perSecond(),
                        "non-2xx " + r.non2xx() + ", socket errors " + r.socketErrors() + ", timeouts " + r.timeouts()));
                out.printf(Locale.ROOT, "wrk -c%d: %.1f searches/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", connections,
                        r.perSecond(), r.p50Ms(), r.p99Ms(), r.maxMs());
                out.flush();
            }
            out.printf("wrk script: %s (by hand: wrk -t2 -c4 -d30s --latency -s %s http://127.0.0.1:PORT)%n", script, script);
            if (IndexState.whyStale(config.corpusDir(), config.indexDir()).isEmpty()) {
                rows.add(whileReindexing(config, script, base));
            } else {
                out.println("no incremental re-indexing run: the index was written by another build, so every file "
                        + "would be indexed again (run without --keep-index)");
            }
            return rows;
        } finally {
            server.stop();
        }
    }

    /**
     * Adds one file to the corpus and re-indexes while 4 clients search, waits until the server serves the new commit,
     * then takes the file out and re-indexes again: how long an incremental run takes on this index, and what the
     * clients saw meanwhile (the server refreshes to the new commit without stopping).
     */
    private Row whileReindexing(AppConfig config, Path script, String base) throws IOException {
        Path added = config.corpusDir().resolve("zz-bench-added.txt");
        Path source = CorpusWalk.of(o.seedCorpus()).files().get(0).path();
        java.util.concurrent.ExecutorService load = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            int seconds = Math.max(10, o.httpSeconds());
            java.util.concurrent.Future<Wrk.Result> clients = load.submit(() -> Wrk.run(script, base, 4, seconds));
            Thread.sleep(1500);
            Files.writeString(added, Files.readString(source) + "\n\n（基准测试追加的文件）\n");
            IndexSummary add = Indexer.standard(false).withThreads(o.indexThreads()).index(config.corpusDir(), config.indexDir());
            Thread.sleep((config.refreshSeconds() + 1) * 1000L);
            Files.delete(added);
            IndexSummary remove = Indexer.standard(false).withThreads(o.indexThreads()).index(config.corpusDir(), config.indexDir());
            Wrk.Result r = clients.get();
            out.printf(Locale.ROOT, "re-indexing after adding one file: %.1f s; after removing it: %.1f s (%d sections "
                    + "in the index), while 4 clients searched: %.1f searches/s, max %.0f ms%n", add.millis() / 1e3,
                    remove.millis() / 1e3, add.sections(), r.perSecond(), r.maxMs());
            return new Row("gazette, HTTP, 4 connections, while one file is added and removed (two incremental runs)",
                    r.requests(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.perSecond(), String.format(Locale.ROOT,
                    "re-index +1 file %.1f s, -1 file %.1f s; non-2xx %d", add.millis() / 1e3, remove.millis() / 1e3,
                    r.non2xx()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("wrk failed", e.getCause());
        } finally {
            Files.deleteIfExists(added);
            load.shutdownNow();
        }
    }

    private Row fts5(Path dbFile, Path corpus, List<QueryMix.Search> searches) throws IOException, SQLException {
        long t0 = System.nanoTime();
        try (Fts5Peer fts = Fts5Peer.open(dbFile, corpus)) {
            out.printf(Locale.ROOT, "SQLite FTS5 database ready in %.1f s (%s, %.0f MB)%n", (System.nanoTime() - t0) / 1e9,
                    dbFile, Files.size(dbFile) / 1e6);
            List<String[]> runnable = new ArrayList<>();
            for (QueryMix.Search s : searches) {
                String match = Fts5Peer.matchExpression(s.q());
                if (match != null) {
                    SearchRequest r = SearchRoutes.searchRequest(s.params());
                    runnable.add(new String[] {match, Integer.toString(r.offset()), Integer.toString(r.size())});
                }
            }
            for (int r = 0; r < o.warmup(); r++) {
                for (String[] q : runnable) {
                    fts.search(q[0], Integer.parseInt(q[1]), Integer.parseInt(q[2]));
                }
            }
            long[] nanos = new long[runnable.size() * o.rounds()];
            int k = 0;
            long started = System.nanoTime();
            for (int r = 0; r < o.rounds(); r++) {
                for (String[] q : runnable) {
                    long s0 = System.nanoTime();
                    fts.search(q[0], Integer.parseInt(q[1]), Integer.parseInt(q[2]));
                    nanos[k++] = System.nanoTime() - s0;
                }
            }
            Latency.Result lat = Latency.summary(nanos, System.nanoTime() - started);
            return new Row("SQLite FTS5 trigram, in-process, 1 thread (bm25 + snippet; no facets, status, answers, filters)",
                    lat.searches(), lat.p50Ms(), lat.p99Ms(), lat.maxMs(), lat.qps(),
                    runnable.size() + " of the " + searches.size() + " searches have text trigrams can match");
        }
    }

    private static long corpusBytes(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            long total = 0;
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static void deleteIndex(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return;
        }
        try (Stream<Path> files = Files.walk(index)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
