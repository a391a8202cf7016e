package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.eval.EvalCorpus;
import com.gazettesearch.eval.EvalReport;
import com.gazettesearch.eval.EvalSplit;
import com.gazettesearch.eval.Tuner;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.eval.Evaluator;
import com.gazettesearch.eval.Judgments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval}: the judged query set against an index of the corpus it was judged on (the seeds and every test
 * text, staged by {@link EvalCorpus} and indexed when it changed): success@1, success@5, MRR@10 and nDCG@10, flat
 * and grouped, on both halves of the split, per need and origin, against the naive baseline, with the identifier
 * check and the no-noise rate, as Markdown tables.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure ranking quality on the judged query set (the seeds and the test texts; search vs naive baseline).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    AppOptions.SynonymsOption synonyms;

    @Option(names = "--source", paramLabel = "DIR",
            description = "directories of the judged corpus (repeat; default: corpus and src/test/resources/texts/{real,found,madeup,holdout1,holdout2})")
    List<Path> sources;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/eval",
            description = "where the corpus is staged and indexed (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = {"-v", "--verbose"},
            description = "Also list the queries of the tuning half whose first shown section is not relevant.")
    boolean verbose;

    @Option(names = "--all-misses", description = "List the misses of both halves (the held-out half is for reporting, not tuning).")
    boolean allMisses;

    @Option(names = "--tune", paramLabel = "HALF",
            description = "Tune the weights on one half (tuning, or held-out to cross-validate) by coordinate search, "
                    + "print each step and the tuned weights, then report with them.")
    String tune;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Judgments.Judgment> judgments = Judgments.load();
        Path corpus;
        try {
            corpus = EvalCorpus.stage(sources == null ? EvalCorpus.DEFAULT_SOURCES : sources, work.resolve("corpus"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        AppConfig config = synonyms.apply(AppConfig.defaults().withCorpusDir(corpus).withIndexDir(work.resolve("index")));
        if (tune != null && !tune.equals("tuning") && !tune.equals("held-out")) {
            throw new ParameterException(spec.commandLine(), "--tune: must be tuning or held-out, was " + tune);
        }
        try (SearchSession session = SearchSession.open(config.validate())) {
            SearchService search = session.service();
            Evaluator evaluator = new Evaluator(search);
            if (tune != null) {
                EvalSplit.Halves halves = EvalSplit.of(judgments);
                List<Judgments.Judgment> half = tune.equals("tuning") ? halves.tuning() : halves.heldOut();
                Tuner.Result tuned = new Tuner(evaluator, search).tune(
                        new Tuner.Point(GazetteQueryBuilder.Weights.defaults(), SearchService.GroupShape.defaults()), half, out);
                out.printf("tuned on the %s half (objective %.4f): %s%n%n", tune, tuned.objective(), tuned.point().describe());
                search = search.with(tuned.point().weights(), tuned.point().shape());
                evaluator = evaluator.with(search);
            }
            EvalReport report = EvalReport.of(evaluator, judgments, Judgments.loadFresh());
            out.print(report.format(allMisses ? EvalReport.Misses.ALL
                    : verbose ? EvalReport.Misses.TUNING : EvalReport.Misses.NONE));
            out.flush();
        }
        return 0;
    }
}
