package com.gazettesearch.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.gazettesearch.corpus.CorpusWalk;
import com.gazettesearch.eval.Judgments;

/**
 * The reliability run: the real server over a copy of a corpus, and at the same time the seeded {@link HttpFuzzer},
 * a steady {@link LoadGenerator} and, in turns, a re-index by a separate indexer process that must finish and be
 * served, and one that is killed with SIGKILL at a random point, after which the index must open at a complete
 * commit (the previous one, or the new one if the kill came after it) with exactly the counts that commit states and
 * a clean {@link org.apache.lucene.index.CheckIndex}. Each re-index flips the corpus between two states (an extra
 * gazette in a folder, or not), so every commit is told apart by its counts.
 *
 * <p>The tests run it for a minute ({@code SoakTest}); {@code gazette soak --minutes N} for as long as asked.
 */
public final class Soak {
    private static final Duration SLOW = Duration.ofSeconds(2);
    private static final Duration NO_ANSWER = Duration.ofSeconds(10);
    /** A commit is served after at most one refresh interval (1 s) and a loaded machine's slack. */
    static final Duration SERVED_WITHIN = Duration.ofSeconds(15);

    /**
     * @param duration    how long to keep the traffic and the rounds going
     * @param seed        fuzzer, load and kill timing
     * @param loadThreads threads of steady traffic
     * @param workDir     an empty directory for the corpus copy, the index and the indexer logs
     */
    public record Settings(Duration duration, long seed, int loadThreads, Path workDir) {
    }

    /** What the run found. {@link #passed()} when nothing failed. */
    public record Report(Duration ran, long fuzzSent, String fuzzStatuses, long fuzzServerErrors, long fuzzSlow,
                         long fuzzNoAnswer,
                         long loadSent, long loadFailed, long loadFailedDuringReindex, long loadSlowestMillis,
                         int reindexes, int reindexesServed, int kills, int killsSurvived, int finishedBeforeKill,
                         List<String> problems, String machine) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return fuzzServerErrors == 0 && fuzzSlow == 0 && fuzzNoAnswer == 0 && loadFailed == 0
                    && reindexesServed == reindexes && killsSurvived == kills && problems.isEmpty();
        }

        /** The figures, one per line, then every problem. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("soak: %d s%n", ran.toSeconds()));
            sb.append(String.format("requests sent: %d (fuzzer %d, steady load %d)%n", fuzzSent + loadSent, fuzzSent, loadSent));
            sb.append(String.format("fuzzer answers: %s%n", fuzzStatuses));
            sb.append(String.format("5xx: %d%n", fuzzServerErrors));
            sb.append(String.format("timeouts: %d over %d s, %d without an answer%n", fuzzSlow, SLOW.toSeconds(), fuzzNoAnswer));
            sb.append(String.format("failed requests: %d (%d during re-index); slowest %d ms%n", loadFailed,
                    loadFailedDuringReindex, loadSlowestMillis));
            sb.append(String.format("re-index rounds: %d, new commit served: %d%n", reindexes, reindexesServed));
            sb.append(String.format("kill -9 rounds: %d, survived: %d (clean previous commit, exact counts)"
                    + "; indexer done before the kill: %d%n", kills, killsSurvived, finishedBeforeKill));
            sb.append("machine: ").append(machine).append(System.lineSeparator());
            sb.append(passed() ? "result: passed" : "result: FAILED").append(System.lineSeparator());
            for (String p : problems) {
                sb.append("  ").append(p).append(System.lineSeparator());
            }
            return sb.toString();
        }
    }

    private final Path sourceCorpus;
    private final Settings settings;
    private final List<String> problems = new ArrayList<>();

    private Soak(Path sourceCorpus, Settings settings) {
        this.sourceCorpus = sourceCorpus;
        this.settings = settings;
    }

    /** Runs the whole thing over a copy of {@code corpus} in {@code settings.workDir()}. */
    public static Report run(Path corpus, Settings settings) throws IOException, InterruptedException {
        return new Soak(corpus, settings).run();
    }

    private Report run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        Path corpus = copyCorpus(settings.workDir().resolve("corpus"));
        Path index = settings.workDir().resolve("index");
        IndexRounds rounds = IndexRounds.prepare(corpus, index, settings.workDir(),
                CorpusWalk.of(corpus).files().get(0).path(), settings.seed());

        HttpFuzzer.Tally fuzz = new HttpFuzzer.Tally();
        LoadGenerator load = null;
        int reindexes = 0;
        int served = 0;
        int kills = 0;
        int survived = 0;
        int finishedBeforeKill = 0;
        try (ServedIndex server = ServedIndex.start(corpus, index)) {
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            try {
                RawHttp http = server.http();
                rounds.serving(http, SERVED_WITHIN);
                List<String> ids = ServedIds.fetch(http, 3);
                List<String> words = Judgments.load().stream().map(Judgments.Judgment::query).toList();
                HttpFuzzer fuzzer = new HttpFuzzer(http, ApiRoutes.load(), ids, words, ServedIds.facetValues(http),
                        settings.seed(), SLOW, NO_ANSWER);
                LoadGenerator steady = new LoadGenerator(server.baseUrl(), ids, words, rounds::indexerRunning);
                load = steady;
                threads.add(Thread.ofPlatform().name("soak-fuzzer").start(() -> fuzzer.run(stop::get, fuzz)));
                for (int i = 0; i < settings.loadThreads(); i++) {
                    long seed = settings.seed() + 1 + i;
                    threads.add(Thread.ofPlatform().name("soak-load-" + i).start(() -> steady.run(seed, stop::get)));
                }
                long deadline = started + settings.duration().toNanos();
                for (int round = 0; System.nanoTime() < deadline; round++) {
                    if (round % 2 == 0) {
                        reindexes++;
                        IndexRounds.Result r = rounds.reindex();
                        if (r.ok()) {
                            served++;
                        } else {
                            problem("re-index round " + round + ": " + r.problem());
                        }
                    } else {
                        IndexRounds.Result r = rounds.kill();
                        if (r.killedInFlight()) {
                            kills++;
                            survived += r.ok() ? 1 : 0;
                        } else {
                            finishedBeforeKill++;
                        }
                        if (!r.ok()) {
                            problem("kill round " + round + ": " + r.problem());
                        }
                    }
                }
            } finally {
                stop.set(true);
                for (Thread t : threads) {
                    t.join(30_000);
                }
            }
        }
        fuzz.examples().forEach(e -> problem("fuzzer: " + e));
        if (load != null) {
            load.examples().forEach(e -> problem("load: " + e));
        }
        Duration ran = Duration.ofNanos(System.nanoTime() - started);
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", load average "
                + loadBefore + " at the start, " + loadAverage() + " at the end";
        return new Report(ran, fuzz.sent(), fuzz.statuses(), fuzz.serverErrors(), fuzz.slow(), fuzz.noAnswer(),
                load == null ? 0 : load.sent(), load == null ? 0 : load.failed(),
                load == null ? 0 : load.failedDuringReindex(), load == null ? 0 : load.slowestMillis(),
                reindexes, served, kills, survived, finishedBeforeKill, problems, machine);
    }

    private void problem(String text) {
        problems.add(text);
    }

    private Path copyCorpus(Path target) throws IOException {
        for (CorpusWalk.Entry e : CorpusWalk.of(sourceCorpus).files()) {
            Path to = target.resolve(e.name());
            Files.createDirectories(to.getParent());
            Files.copy(e.path(), to);
        }
        return target;
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.2f", load);
    }
}
