package com.gazettesearch.cli;

import java.io.Console;
import java.util.concurrent.Callable;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.index.Indexer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette index}: (re)builds the index from the corpus and prints the run's summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index the corpus (changed and removed files are reflected; one atomic commit).")
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    AppOptions options;

    @Option(names = "--progress", description = "show a progress bar on stderr even when it is not a terminal")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.toConfig();
        IndexSummary summary = runIndexer(config, progress);
        System.out.println(summary.describe());
        return 0;
    }

    static IndexSummary runIndexer(AppConfig config, boolean forceProgress) throws java.io.IOException {
        return Indexer.standard(forceProgress || interactive()).index(config.corpusDir(), config.indexDir());
    }

    /**
     * Whether a person is probably watching: a console is attached (JDK 22+ also asks whether it is really a
     * terminal) and this is not a CI run. Java cannot ask about stderr alone; this is the usual proxy.
     */
    static boolean interactive() {
        if (System.getenv("CI") != null) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: System.console() is non-null only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
