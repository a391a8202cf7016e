package com.gazettesearch.eval;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The eval's figures: the application's search and the naive baseline on the whole judged set, on the tuning and
 * the held-out half ({@link EvalSplit}), per need and per origin, in each {@link Evaluator.View}; the identifier
 * check and the no-noise rate; the fresh set ({@link Judgments#FRESH}) apart; with {@code verbose}, every query
 * whose first shown section is not relevant.
 *
 * @param current  the search's outcomes, of the judged set and then of the fresh set
 * @param baseline the naive baseline's, in the same order
 * @param fresh    the ids of the fresh set's queries, which no figure of the judged set includes
 */
public record EvalReport(List<Evaluator.Outcome> current, List<Evaluator.Outcome> baseline, EvalSplit.Halves halves,
                         Set<String> fresh) {

    public static EvalReport of(Evaluator evaluator, List<Judgments.Judgment> judgments) throws IOException {
        return of(evaluator, judgments, List.of());
    }

    /**
     * @throws IllegalArgumentException when a fresh query has the id of a judged one
     */
    public static EvalReport of(Evaluator evaluator, List<Judgments.Judgment> judgments,
                                List<Judgments.Judgment> freshSet) throws IOException {
        Set<String> judged = judgments.stream().map(Judgments.Judgment::id).collect(Collectors.toSet());
        freshSet.stream().filter(j -> judged.contains(j.id())).findFirst().ifPresent(j -> {
            throw new IllegalArgumentException("fresh query " + j.id() + " has the id of a judged query");
        });
        List<Judgments.Judgment> all = new java.util.ArrayList<>(judgments);
        all.addAll(freshSet);
        return new EvalReport(evaluator.current(all), evaluator.baseline(all), EvalSplit.of(judgments),
                freshSet.stream().map(Judgments.Judgment::id).collect(Collectors.toUnmodifiableSet()));
    }

    /** Queries of the judged set (not the fresh set). */
    private Predicate<Judgments.Judgment> judged() {
        return j -> !fresh.contains(j.id());
    }

    /** Queries of the fresh set. */
    private Predicate<Judgments.Judgment> ofFreshSet() {
        return j -> fresh.contains(j.id());
    }

    /** The metrics of the fresh set in {@code view}, of the search or of the baseline. */
    public Evaluator.Metrics fresh(Evaluator.View view, boolean ofBaseline) {
        return metrics(ofBaseline ? "fresh, baseline" : "fresh", view, ofBaseline, ofFreshSet());
    }

    /** The metrics of {@code view} over the outcomes whose judgment {@code which} accepts. */
    public Evaluator.Metrics metrics(String name, Evaluator.View view, boolean ofBaseline,
                                     Predicate<Judgments.Judgment> which) {
        return Evaluator.Metrics.of(name, (ofBaseline ? baseline : current).stream()
                .filter(o -> which.test(o.judgment())).toList(), view);
    }

    public Evaluator.Metrics whole(Evaluator.View view) {
        return metrics("whole", view, false, judged());
    }

    public Evaluator.Metrics tuning(Evaluator.View view) {
        return metrics("tuning half", view, false, in(halves.tuning()));
    }

    public Evaluator.Metrics heldOut(Evaluator.View view) {
        return metrics("held-out half", view, false, in(halves.heldOut()));
    }

    public Evaluator.IdentifierCheck identifiers() {
        return Evaluator.IdentifierCheck.of(judgedOnly(current));
    }

    public Evaluator.NoNoise noNoise() {
        return Evaluator.NoNoise.of(judgedOnly(current));
    }

    public Evaluator.NoNoise baselineNoNoise() {
        return Evaluator.NoNoise.of(judgedOnly(baseline));
    }

    private List<Evaluator.Outcome> judgedOnly(List<Evaluator.Outcome> outcomes) {
        return outcomes.stream().filter(o -> judged().test(o.judgment())).toList();
    }

    static Predicate<Judgments.Judgment> in(List<Judgments.Judgment> half) {
        Set<String> ids = half.stream().map(Judgments.Judgment::id).collect(Collectors.toSet());
        return j -> ids.contains(j.id());
    }

    /** Which misses the report lists: none, those of the tuning half (what tuning may look at), or all. */
    public enum Misses { NONE, TUNING, ALL }

    /** The report as printed by {@code ./gazette eval}: Markdown tables. */
    public String format(boolean verbose) {
        return format(verbose ? Misses.ALL : Misses.NONE);
    }

    /** The report, listing the misses {@code misses} asks for. */
    public String format(Misses misses) {
        StringBuilder out = new StringBuilder();
        List<Evaluator.Outcome> judgedOutcomes = judgedOnly(current);
        out.append("Whole judged set (").append(judgedOutcomes.size()).append(" queries; ")
                .append(judgedOutcomes.stream().filter(o -> o.judgment().none()).count())
                .append(" judged none are scored apart)\n\n");
        appendSearchAndBaseline(out, "", judged());
        out.append("\nTuning half and held-out half (split by a hash of the id within each need)\n\n");
        out.append(Evaluator.Metrics.header()).append('\n');
        for (Evaluator.View view : Evaluator.View.values()) {
            out.append(metrics("tuning, " + view.label, view, false, in(halves.tuning())).row()).append('\n');
            out.append(metrics("held-out, " + view.label, view, false, in(halves.heldOut())).row()).append('\n');
        }
        out.append("\nPer need and per origin (grouped: best sections; in brackets the baseline)\n\n");
        out.append(Evaluator.Metrics.header()).append('\n');
        for (String need : List.of("staff", "clerk", "developer")) {
            appendGroup(out, need, judged().and(j -> j.need().equals(need)));
        }
        for (String origin : List.of("read", "blind")) {
            appendGroup(out, origin, judged().and(j -> j.origin().equals(origin)));
        }
        if (!fresh.isEmpty()) {
            long freshNone = current.stream().filter(o -> ofFreshSet().test(o.judgment()) && o.judgment().none()).count();
            out.append("\nFresh set (").append(fresh.size()).append(" queries, ").append(freshNone)
                    .append(" judged none; written after the ranking was tuned, never tuned on)\n\n");
            appendSearchAndBaseline(out, "fresh, ", ofFreshSet());
            for (String origin : List.of("read", "blind")) {
                appendGroup(out, "fresh, " + origin, ofFreshSet().and(j -> j.origin().equals(origin)));
            }
        }
        Evaluator.IdentifierCheck ids = identifiers();
        Evaluator.NoNoise none = noNoise();
        out.append(String.format(Locale.ROOT, "%nidentifier queries with their document first (document answer and first "
                + "group): %d of %d%n", ids.first(), ids.queries()));
        out.append(String.format(Locale.ROOT, "no-noise rate (queries judged none that return nothing): %d of %d = %.3f "
                + "(baseline %d of %d)%n", none.empty(), none.queries(), none.rate(), baselineNoNoise().empty(),
                baselineNoNoise().queries()));
        if (misses != Misses.NONE) {
            // the fresh set's misses are never listed: read while changing the ranking, it would be fresh no more
            Predicate<Judgments.Judgment> listed = misses == Misses.ALL ? judged() : in(halves.tuning());
            out.append("\nQueries").append(misses == Misses.ALL ? "" : " of the tuning half")
                    .append(" whose first shown section is not relevant (rank of the first relevant one):\n");
            for (Evaluator.Outcome o : current.stream().filter(o -> listed.test(o.judgment())).toList()) {
                if (!o.judgment().none() && o.groupRank() != 1) {
                    out.append(String.format(Locale.ROOT, "%s %-6s %-9s %s → %s (flat %s, document %s); top: %s%n",
                            o.judgment().id(), o.judgment().origin(), o.judgment().need(), o.judgment().query(),
                            rank(o.groupRank()), rank(o.flatRank()), rank(o.documentRank()), o.top()));
                }
                if (o.documentFirst() != null && !o.documentFirst()) {
                    out.append(String.format(Locale.ROOT, "%s identifier %s: its document is not first; top: %s%n",
                            o.judgment().id(), o.judgment().query(), o.top()));
                }
                if (o.judgment().none() && !o.empty()) {
                    out.append(String.format(Locale.ROOT, "%s none %s: returns results; top: %s%n", o.judgment().id(),
                            o.judgment().query(), o.top()));
                }
            }
        }
        return out.toString();
    }

    /** A table of the search's and the baseline's metrics in every view over the queries {@code which} accepts. */
    private void appendSearchAndBaseline(StringBuilder out, String prefix, Predicate<Judgments.Judgment> which) {
        out.append(Evaluator.Metrics.header()).append('\n');
        for (boolean ofBaseline : new boolean[]{false, true}) {
            for (Evaluator.View view : Evaluator.View.values()) {
                String name = prefix + (ofBaseline ? "baseline, " : "search, ") + view.label;
                out.append(metrics(name, view, ofBaseline, which).row()).append('\n');
            }
        }
    }

    private void appendGroup(StringBuilder out, String name, Predicate<Judgments.Judgment> which) {
        Evaluator.Metrics m = metrics(name, Evaluator.View.GROUPED, false, which);
        Evaluator.Metrics b = metrics(name, Evaluator.View.GROUPED, true, which);
        out.append(String.format(Locale.ROOT, "| %-36s | %7d | %9s | %9s | %7s | %8s |%n", name, m.queries(),
                pair(m.successAt1(), b.successAt1()), pair(m.successAt5(), b.successAt5()), pair(m.mrrAt10(), b.mrrAt10()),
                pair(m.ndcgAt10(), b.ndcgAt10())));
    }

    private static String pair(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f (%.2f)", value, baseline);
    }

    private static String rank(int rank) {
        return rank == 0 ? "-" : Integer.toString(rank);
    }
}
