package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.gazettesearch.eval.Evaluator;
import com.gazettesearch.eval.Judgments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval}: success@1, success@5 and MRR@10 of the current ranking and of the naive baseline on
 * the judged query set, as a Markdown table.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure ranking quality on the judged query set (current ranking vs naive baseline).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    AppOptions options;

    @Mixin
    AppOptions.SynonymsOption synonyms;

    @Option(names = {"-v", "--verbose"}, description = "Also list every query the current ranking does not answer first.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Judgments.Judgment> judgments = Judgments.load();
        try (SearchSession session = SearchSession.open(options.toConfig(synonyms))) {
            Evaluator evaluator = new Evaluator(session.service());
            Evaluator.Metrics current = evaluator.current(judgments);
            Evaluator.Metrics baseline = evaluator.baseline(judgments);
            out.println(Evaluator.Metrics.header());
            out.println(current.row());
            out.println(baseline.row());
            if (verbose) {
                for (String need : List.of("staff", "clerk", "developer")) {
                    out.println(current.forNeed(need).row());
                    out.println(baseline.forNeed(need).row());
                }
                out.println();
                for (Evaluator.QueryResult r : current.results()) {
                    if (r.firstRelevantRank() != 1) {
                        out.printf("%s %-28s first relevant at %s; top: %s%n", r.judgment().id(), r.judgment().query(),
                                r.firstRelevantRank() == 0 ? "-" : r.firstRelevantRank(), r.topHeadings());
                    }
                }
            }
            out.flush();
        }
        return 0;
    }
}
