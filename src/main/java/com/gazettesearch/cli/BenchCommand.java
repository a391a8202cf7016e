package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.gazettesearch.bench.ScaleBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: a synthetic province of {@code --scale} copies of the corpus, indexed once and kept under
 * {@code --work}, and the benchmark's searches through the full request path, in SQLite FTS5 and over HTTP.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time full searches (ranking, facets, status, answers, snippets) over a synthetic corpus of "
                + "--scale copies of the corpus, side by side with SQLite FTS5, in-process and over HTTP (wrk).")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AppOptions options;

    @Mixin
    AppOptions.SynonymsOption synonyms;

    private int rounds;
    private int warmup;
    private int scale;
    private int httpSeconds;
    private int threads;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "where the synthetic corpora, their indexes and FTS5 databases are kept (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--reindex", description = "index the synthetic corpus again even when its index is up to date (times indexing)")
    boolean reindex;

    @Option(names = "--keep-index", description = "search an index written by another build as it is, instead of "
            + "indexing again (for timing a change to searching alone)")
    boolean keepIndex;

    @Option(names = "--no-fts5", negatable = true, defaultValue = "true",
            description = "also run the searches in SQLite FTS5 (default: on)")
    boolean fts5;

    @Option(names = "--passes", description = "also time the ranking queries through Lucene alone: top 10 and top 100, "
            + "without the preference layers, every match scored, every match counted (where a search's time goes)")
    boolean passes;

    @Option(names = "--no-http", negatable = true, defaultValue = "true",
            description = "also run them over HTTP with wrk, 4 and 200 connections (default: on)")
    boolean http;

    // Checked while the command line is parsed, so a bad count is a usage error before anything is indexed.
    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "copies of the corpus (default ${DEFAULT-VALUE}: the corpus itself; 211 ≈ 100,000 sections, 2110 ≈ 1,000,000)")
    void scale(int value) {
        scale = atLeast("--scale", value, 1);
    }

    @Option(names = "--rounds", defaultValue = "10", description = "Timed passes over the searches (default ${DEFAULT-VALUE}).")
    void rounds(int value) {
        rounds = atLeast("--rounds", value, 1);
    }

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed passes first (default ${DEFAULT-VALUE}).")
    void warmup(int value) {
        warmup = atLeast("--warmup", value, 0);
    }

    @Option(names = "--http-seconds", defaultValue = "20", paramLabel = "S",
            description = "length of each wrk run (default ${DEFAULT-VALUE})")
    void httpSeconds(int value) {
        httpSeconds = atLeast("--http-seconds", value, 1);
    }

    @Option(names = "--index-threads", defaultValue = "2", paramLabel = "N",
            description = "indexing threads (default ${DEFAULT-VALUE})")
    void threads(int value) {
        threads = atLeast("--index-threads", value, 1);
    }

    private int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + ": must be at least " + min + ", was " + value);
        }
        return value;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path synonymsFile = options.toConfig(synonyms).synonymsFile();
        new ScaleBench(new ScaleBench.Options(options.toConfig().corpusDir(), scale, work, warmup, rounds, reindex, keepIndex, fts5,
                http, httpSeconds, synonymsFile, threads, passes), out).run();
        return 0;
    }
}
