package com.gazettesearch.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.query.GazetteQueryBuilder;

/**
 * Tunes the ranking's weights on one half of the judged set only ({@link EvalSplit}): a coordinate search over every
 * weight of {@link GazetteQueryBuilder.Weights} and {@link SearchService.GroupShape}, trying a few values of one
 * weight at a time and keeping a change only when it raises the objective on that half by more than
 * {@value #MIN_GAIN} (about one query's worth, so ties and fractions keep the current value), for at most
 * {@value #ROUNDS} rounds. The objective is what the
 * targets measure, the first group's best section: the mean over the half of (success@1 + 1/rank) / 2 for queries
 * with an answer, and 1 for a {@code none} query that returns nothing. The other half is never looked at.
 */
public final class Tuner {
    static final int ROUNDS = 3;
    /**
     * Least gain a change must bring on the half: about one query going from second to first (0.75 / 2 on a half
     * of some 130 queries), so no weight moves to win a tie-break or a fraction of one query.
     */
    static final double MIN_GAIN = 0.0028;
    /** Factors tried on a boost; shares (min-should-match, ratios) and the slop have their own candidates. */
    private static final double[] FACTORS = {0, 0.5, 0.75, 1.5, 2};
    private static final double[] SHARES = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0};
    private static final double[] SLOPS = {2, 4, 8, 16, 32};
    private static final double[] BONUSES = {0, 0.05, 0.1, 0.2, 0.4};
    /** Values tried on a preference factor (1 = no preference). */
    private static final double[] PREFERENCES = {0.5, 0.8, 1, 1.1, 1.25, 1.5, 2, 3, 5};
    private static final java.util.Set<String> PREFERENCE_NAMES = java.util.Set.of("hint", "region", "issuer", "year", "date",
            "definition", "preamble", "coverage", "weakDefinition", "answerKind");

    /** A point of the search: the query weights and the group shape. */
    public record Point(GazetteQueryBuilder.Weights weights, SearchService.GroupShape shape) {
        public String describe() {
            return weights + " " + shape;
        }
    }

    /** The tuned point and the objective it reached on the half it was tuned on. */
    public record Result(Point point, double objective) {
    }

    private final Evaluator evaluator;
    private final SearchService search;

    public Tuner(Evaluator evaluator, SearchService search) {
        this.evaluator = evaluator;
        this.search = search;
    }

    /** The objective of {@code point} on {@code half}. */
    public double objective(Point point, List<Judgments.Judgment> half) throws IOException {
        List<Evaluator.Outcome> outcomes = evaluator.with(search.with(point.weights(), point.shape())).current(half, false);
        double sum = 0;
        for (Evaluator.Outcome o : outcomes) {
            if (o.judgment().none()) {
                sum += o.empty() ? 1 : 0;
            } else {
                int rank = o.groupRank();
                sum += ((rank == 1 ? 1 : 0) + (rank >= 1 ? 1.0 / rank : 0)) / 2;
            }
        }
        return sum / Math.max(1, outcomes.size());
    }

    /**
     * Coordinate search from {@code start} on {@code half}, each accepted step logged to {@code log}. The half is cut
     * again in two folds ({@link EvalSplit} of the half): a change is kept only when it raises the objective on the
     * half by {@value #MIN_GAIN} and lowers it on neither fold, so a weight that only suits some of the queries does
     * not move.
     */
    public Result tune(Point start, List<Judgments.Judgment> half, PrintWriter log) throws IOException {
        EvalSplit.Halves folds = EvalSplit.of(half);
        Point best = start;
        double[] bestScores = {objective(best, folds.tuning()), objective(best, folds.heldOut())};
        double bestScore = mean(bestScores, folds);
        log.printf(Locale.ROOT, "start: %.4f (folds %.4f, %.4f)%n", bestScore, bestScores[0], bestScores[1]);
        log.flush();
        for (int round = 1; round <= ROUNDS; round++) {
            boolean changed = false;
            for (Coordinate c : coordinates()) {
                for (double candidate : c.candidates(best)) {
                    Point p = c.with(best, candidate);
                    double[] scores = {objective(p, folds.tuning()), objective(p, folds.heldOut())};
                    double score = mean(scores, folds);
                    if (score > bestScore + MIN_GAIN && scores[0] >= bestScores[0] && scores[1] >= bestScores[1]) {
                        log.printf(Locale.ROOT, "round %d: %s %s → %s: %.4f → %.4f (folds %.4f, %.4f)%n", round, c.name(),
                                format(c.value(best)), format(candidate), bestScore, score, scores[0], scores[1]);
                        log.flush();
                        best = p;
                        bestScore = score;
                        bestScores = scores;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return new Result(best, bestScore);
    }

    /** The objective on the whole half, from its two folds' (weighted by their sizes). */
    private static double mean(double[] scores, EvalSplit.Halves folds) {
        int a = folds.tuning().size();
        int b = folds.heldOut().size();
        return (scores[0] * a + scores[1] * b) / Math.max(1, a + b);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** One weight: where it lives (a component of the weights, or of the group shape) and what values to try. */
    private record Coordinate(String name, boolean shape, int index, double[] values, boolean relative) {
        double value(Point p) {
            Object record = shape ? p.shape() : p.weights();
            try {
                return ((Number) record.getClass().getRecordComponents()[index].getAccessor().invoke(record)).doubleValue();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        double[] candidates(Point p) {
            double current = value(p);
            if (!relative) {
                return Arrays.stream(values).filter(v -> v != current).toArray();
            }
            return Arrays.stream(values).map(f -> round(current == 0 ? f : current * f)).filter(v -> v != current)
                    .distinct().toArray();
        }

        Point with(Point p, double v) {
            return shape ? new Point(p.weights(), replace(p.shape(), index, v))
                    : new Point(replace(p.weights(), index, v), p.shape());
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<Coordinate> coordinates() {
        List<Coordinate> out = new ArrayList<>();
        RecordComponent[] weights = GazetteQueryBuilder.Weights.class.getRecordComponents();
        for (int i = 0; i < weights.length; i++) {
            String name = weights[i].getName();
            if (weights[i].getType() == int.class) {
                out.add(new Coordinate(name, false, i, SLOPS, false));
            } else if (PREFERENCE_NAMES.contains(name)) {
                out.add(new Coordinate(name, false, i, PREFERENCES, false));
            } else if (name.toLowerCase(Locale.ROOT).contains("minshouldmatch")) {
                out.add(new Coordinate(name, false, i, SHARES, false));
            } else {
                out.add(new Coordinate(name, false, i, FACTORS, true));
            }
        }
        out.add(new Coordinate("sectionRatio", true, 0, SHARES, false));
        out.add(new Coordinate("matchBonus", true, 1, BONUSES, false));
        return out;
    }

    /** A copy of {@code record} with its {@code index}-th component (a number) set to {@code value}. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R replace(R record, int index, double value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getAccessor().invoke(record);
            }
            args[index] = types[index] == int.class ? (Object) (int) Math.round(value) : (Object) (float) value;
            Constructor<R> canonical = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException | InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + record, e);
        }
    }
}
