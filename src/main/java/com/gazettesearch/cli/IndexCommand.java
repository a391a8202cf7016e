package com.gazettesearch.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexProgress;
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

    @Option(names = "--progress", description = "report progress on stderr even when it is not a terminal: "
            + "a plain line every twentieth of the corpus (on a terminal: a progress bar)")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.toConfig();
        IndexProgress report = Terminal.interactive() ? IndexProgress.bar()
                : progress ? IndexProgress.lines(System.err) : IndexProgress.none();
        IndexSummary summary = runIndexer(config, report);
        System.out.println(summary.describe());
        // a running server looks for a new commit on a schedule: say so, or a search right after seems to miss the file
        System.out.println("a running `gazette serve` answers from this index within " + config.refreshSeconds()
                + " s (it looks for a new commit that often)");
        return 0;
    }

    static IndexSummary runIndexer(AppConfig config, IndexProgress progress) throws IOException {
        try (progress) {
            return Indexer.standard(false).index(config.corpusDir(), config.indexDir(), progress);
        }
    }
}
