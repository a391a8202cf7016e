package com.gazettesearch.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.index.Indexer;

/**
 * Re-indexing a served index with a separate {@link IndexerProcess}, round after round. Each round moves the corpus
 * to the other of two states (an extra gazette in a folder, or not), so every commit is told apart from the one
 * before by its counts. A <em>re-index</em> round lets the indexer finish: its commit must be consistent, give the same
 * counts as the last time the corpus was in that state, and be served within a few seconds. A <em>kill</em> round
 * sends SIGKILL at a random point of the run: the index must then open at a complete commit (the previous one, or
 * the new one if the kill came after the commit) whose counts are exactly the records it holds, with a clean
 * CheckIndex, and the server must still serve it.
 */
public final class IndexRounds {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How one round ended; {@code problem} is null when everything held. */
    public record Result(boolean killed, boolean killedInFlight, long millis, IndexCheck.Counts committed, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final Path corpus;
    private final Path index;
    private final Path extra;
    private final Path extraInCorpus;
    private final Path log;
    private RawHttp server;
    private Duration servedWithin = Duration.ZERO;
    private final Random random;
    private final AtomicBoolean indexerRunning = new AtomicBoolean();
    private final Map<Boolean, IndexCheck.Counts> countsByState = new HashMap<>();
    private IndexCheck.Counts committed;
    private boolean committedWithExtra;
    private long lastRunMillis = 4000;

    private IndexRounds(Path corpus, Path index, Path workDir, long seed, IndexCheck.Counts first) {
        this.corpus = corpus;
        this.index = index;
        this.extra = workDir.resolve("extra.txt");
        this.extraInCorpus = corpus.resolve("extra/another-copy.txt");
        this.log = workDir.resolve("indexer.log");
        this.random = new Random(seed);
        this.committed = first;
        countsByState.put(false, first);
    }

    /**
     * Indexes {@code corpus} into {@code index} in-process (the commit rounds start from) and prepares the extra
     * gazette, a copy of {@code extraSource}, in {@code workDir}. Nothing is checked to be served until
     * {@link #serving} names the server.
     */
    public static IndexRounds prepare(Path corpus, Path index, Path workDir, Path extraSource, long seed)
            throws IOException {
        Indexer.standard(false).index(corpus, index);
        IndexCheck first = IndexCheck.of(index);
        if (!first.consistent()) {
            throw new IllegalStateException("the first index is not consistent: " + first);
        }
        Files.copy(extraSource, workDir.resolve("extra.txt"));
        return new IndexRounds(corpus, index, workDir, seed, first.committed());
    }

    /** From now on, each round checks that {@code server} serves its commit within {@code within}. */
    public IndexRounds serving(RawHttp server, Duration within) {
        this.server = server;
        this.servedWithin = within;
        return this;
    }

    /** True while an indexer process runs (for counting the failures of traffic that overlaps it). */
    public boolean indexerRunning() {
        return indexerRunning.get();
    }

    /** The commit the index is at now. */
    public IndexCheck.Counts committed() {
        return committed;
    }

    /** A round whose indexer runs to the end. */
    public Result reindex() throws IOException, InterruptedException {
        boolean target = toOtherState();
        indexerRunning.set(true);
        IndexerProcess indexer = IndexerProcess.start(corpus, index, log);
        int exit;
        try {
            exit = indexer.waitFor(600);
        } finally {
            indexerRunning.set(false);
        }
        lastRunMillis = indexer.millis();
        if (exit != 0) {
            return new Result(false, false, lastRunMillis, committed, "the indexer exited with " + exit + " (see " + log + ")");
        }
        IndexCheck check = IndexCheck.of(index);
        IndexCheck.Counts known = countsByState.putIfAbsent(target, check.committed());
        if (!check.consistent()) {
            return new Result(false, false, lastRunMillis, committed, describe(check));
        }
        if (known != null && !known.equals(check.committed())) {
            return new Result(false, false, lastRunMillis, committed,
                    "the same corpus gave " + check.committed() + ", the time before " + known);
        }
        committed = check.committed();
        committedWithExtra = target;
        String unserved = served();
        return new Result(false, false, lastRunMillis, committed, unserved);
    }

    /** A round whose indexer gets SIGKILL after a random part of the time a whole run took last. */
    public Result kill() throws IOException, InterruptedException {
        boolean target = toOtherState();
        // Runs that only index what changed take a second or two, mostly the JVM starting, and vary by as much under
        // load: kills spread over 90 % of the last run's time still land after the commit in some rounds.
        long delay = (long) (random.nextDouble() * lastRunMillis * 0.9);
        indexerRunning.set(true);
        boolean inFlight;
        try {
            IndexerProcess indexer = IndexerProcess.start(corpus, index, log);
            Thread.sleep(delay);
            inFlight = indexer.alive();
            indexer.killNow();
        } finally {
            indexerRunning.set(false);
        }
        IndexCheck check = IndexCheck.of(index);
        IndexCheck.Counts next = countsByState.get(target);
        boolean previous = check.committed().equals(committed);
        if (!check.consistent() || !(previous || check.committed().equals(next))) {
            return new Result(true, inFlight, delay, committed, "after " + delay + " ms: " + describe(check)
                    + "; expected " + committed + (next == null ? "" : " or " + next));
        }
        if (!previous) {
            committed = check.committed();
            committedWithExtra = target;
        }
        String unserved = served();
        return new Result(true, inFlight, delay, committed, unserved == null ? null : "after " + delay + " ms: " + unserved);
    }

    /** Puts the corpus in the state the index is not in, so the next commit differs from the current one. */
    private boolean toOtherState() throws IOException {
        boolean withExtra = !committedWithExtra;
        if (withExtra && !Files.exists(extraInCorpus)) {
            Files.createDirectories(extraInCorpus.getParent());
            Files.copy(extra, extraInCorpus);
        } else if (!withExtra) {
            Files.deleteIfExists(extraInCorpus);
        }
        return withExtra;
    }

    private static String describe(IndexCheck check) {
        return "commit says " + check.committed() + ", index holds " + check.actual()
                + (check.clean() ? "" : ", CheckIndex: " + check.problem());
    }

    /** Null when the server's /api/health shows the current commit within the wait, else what it showed. */
    private String served() throws InterruptedException {
        if (server == null) {
            return null;
        }
        long until = System.nanoTime() + servedWithin.toNanos();
        String seen = "nothing";
        while (System.nanoTime() < until) {
            try {
                RawHttp.Response r = server.send("GET", "/api/health", Duration.ofSeconds(10));
                if (r.status() == 200) {
                    JsonNode health = JSON.readTree(r.body());
                    if (health.get("documents").asLong() == committed.documents()
                            && health.get("sections").asLong() == committed.sections()) {
                        return null;
                    }
                }
                seen = r.status() + " " + r.bodyText();
            } catch (IOException e) {
                seen = e.toString();
            }
            Thread.sleep(200);
        }
        return "the server did not serve " + committed + " within " + servedWithin.toSeconds() + " s (it answered " + seen + ")";
    }
}
