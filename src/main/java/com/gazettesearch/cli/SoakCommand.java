package com.gazettesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.gazettesearch.reliability.Soak;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code soak}: the reliability run for as long as asked: the fuzzer, steady load, re-indexing by a separate process
 * and kill -9 of it, against a server over a copy of the corpus in a temporary directory. Prints the figures; exit 1
 * when anything failed (the work directory is then kept for its indexer log).
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Fuzz, load, re-index and kill -9 the indexer for N minutes against a copy of the corpus; print the figures.")
public final class SoakCommand implements Callable<Integer> {
    @Option(names = "--minutes", paramLabel = "N", defaultValue = "20", description = "How long to run (default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the fuzzer, the load and the kill times "
            + "(default: the clock; printed, so a run can be repeated).")
    Long seed;

    @Option(names = "--load-threads", paramLabel = "N", defaultValue = "3", description = "Threads of steady load (default ${DEFAULT-VALUE}).")
    int loadThreads;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus to copy (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (minutes < 1) {
            throw new ParameterException(spec.commandLine(), "--minutes: must be at least 1, was " + minutes);
        }
        if (loadThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--load-threads: must be at least 1, was " + loadThreads);
        }
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus: not a directory: " + corpus.toAbsolutePath());
        }
        long s = seed != null ? seed : System.currentTimeMillis();
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("gazette-soak");
        out.printf("soak: %d minutes, seed %d, %d load threads, work directory %s%n", minutes, s, loadThreads, work);
        out.flush();
        Soak.Report report = Soak.run(corpus, new Soak.Settings(Duration.ofMinutes(minutes), s, loadThreads, work));
        out.print(report.describe());
        out.flush();
        if (report.passed()) {
            delete(work);
            return 0;
        }
        out.println("work directory kept: " + work);
        out.flush();
        return 1;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
