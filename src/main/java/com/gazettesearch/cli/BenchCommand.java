package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.gazettesearch.eval.Bench;
import com.gazettesearch.eval.Judgments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: p50/p99 latency and throughput of full searches over the judged queries. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time full searches (ranking, facets, snippets) over the judged queries, in-process.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AppOptions options;

    @Mixin
    AppOptions.SynonymsOption synonyms;

    private int rounds;
    private int warmup;

    // Checked while the command line is parsed, so a bad count is a usage error before anything is indexed.
    @Option(names = "--rounds", defaultValue = "20", description = "Timed passes over the queries (default ${DEFAULT-VALUE}).")
    void rounds(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds: must be at least 1, was " + value);
        }
        rounds = value;
    }

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed passes first (default ${DEFAULT-VALUE}).")
    void warmup(int value) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup: must not be negative, was " + value);
        }
        warmup = value;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> queries = Judgments.load().stream().map(Judgments.Judgment::query).toList();
        try (SearchSession session = SearchSession.open(options.toConfig(synonyms))) {
            Bench.Result r = new Bench(session.service()).run(queries, warmup, rounds);
            out.println(r.report());
            out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
            out.flush();
        }
        return 0;
    }
}
