package com.gazettesearch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import com.gazettesearch.text.Digests;

/**
 * The judged set cut in two halves for honest tuning: within each need (staff, clerk, developer) the queries are
 * ordered by the SHA-256 of their id and dealt alternately to the tuning half and the held-out half. The cut depends
 * only on the ids, so it is the same on every machine and does not move when queries are added elsewhere in the file.
 */
public final class EvalSplit {
    private EvalSplit() {
    }

    /** The two halves: weights are tuned on {@code tuning} only; {@code heldOut} reports how they generalise. */
    public record Halves(List<Judgments.Judgment> tuning, List<Judgments.Judgment> heldOut) {
        /** The halves swapped, for cross-validation. */
        public Halves swapped() {
            return new Halves(heldOut, tuning);
        }
    }

    public static Halves of(List<Judgments.Judgment> judgments) {
        TreeMap<String, List<Judgments.Judgment>> byNeed = new TreeMap<>();
        judgments.forEach(j -> byNeed.computeIfAbsent(j.need(), k -> new ArrayList<>()).add(j));
        List<Judgments.Judgment> tuning = new ArrayList<>();
        List<Judgments.Judgment> heldOut = new ArrayList<>();
        for (List<Judgments.Judgment> need : byNeed.values()) {
            List<Judgments.Judgment> ordered = need.stream().sorted(Comparator.comparing(j -> hash(j.id()))).toList();
            for (int i = 0; i < ordered.size(); i++) {
                (i % 2 == 0 ? tuning : heldOut).add(ordered.get(i));
            }
        }
        return new Halves(List.copyOf(tuning), List.copyOf(heldOut));
    }

    private static String hash(String id) {
        return Digests.sha256(id);
    }
}
