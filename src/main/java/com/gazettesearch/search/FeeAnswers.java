package com.gazettesearch.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.fee.FeeMatcher;

/**
 * The fee items of one reader arranged for answering searches: grouped by charge, use class and area (what
 * {@link FeeMatcher} looks at), each group's items by region in extraction order. A search scores each group once
 * and merges the best groups' items until it has enough, so its cost grows with the distinct charges, classes and
 * areas, not with the thousands of items a province's notices hold; the answers are exactly those of
 * {@link FeeMatcher#match} over the region's items.
 */
final class FeeAnswers {
    private record Group(FeeItem sample, List<Integer> all, Map<String, List<Integer>> byRegion) {
    }

    private final List<FeeItem> items;
    private final Map<String, List<Group>> groupsByCharge = new LinkedHashMap<>();

    FeeAnswers(List<FeeItem> items) {
        this.items = List.copyOf(items);
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < this.items.size(); i++) {
            FeeItem item = this.items.get(i);
            List<String> key = java.util.Arrays.asList(item.charge(), item.waterClass(), item.area());
            Group g = groups.computeIfAbsent(key, k -> {
                Group created = new Group(item, new ArrayList<>(), new LinkedHashMap<>());
                groupsByCharge.computeIfAbsent(item.charge(), c -> new ArrayList<>()).add(created);
                return created;
            });
            g.all().add(i);
            g.byRegion().computeIfAbsent(Objects.toString(item.region(), ""), r -> new ArrayList<>()).add(i);
        }
    }

    /**
     * The first {@code limit} items {@code query} asks about, best first, among the items of {@code regions} (all
     * items when empty): {@code FeeMatcher.match(query, those items)} cut to {@code limit}.
     */
    List<FeeItem> match(String query, Collection<String> regions, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.replaceAll("\\s+", "");
        record Candidate(int score, List<Integer> positions) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Group>> charge : groupsByCharge.entrySet()) {
            if (!FeeMatcher.namesCharge(q, charge.getKey())) {
                continue;
            }
            for (Group g : charge.getValue()) {
                int score = FeeMatcher.score(q, g.sample());
                if (regions.isEmpty()) {
                    candidates.add(new Candidate(score, g.all()));
                } else {
                    for (String region : regions) {
                        List<Integer> positions = g.byRegion().get(region);
                        if (positions != null) {
                            candidates.add(new Candidate(score, positions));
                        }
                    }
                }
            }
        }
        boolean anySpecific = candidates.stream().anyMatch(c -> c.score() > 0);
        // a k-way merge by (score descending, extraction order): each cursor is {candidate, position in its list}
        PriorityQueue<int[]> cursors = new PriorityQueue<>((a, b) -> {
            int byScore = Integer.compare(candidates.get(b[0]).score(), candidates.get(a[0]).score());
            return byScore != 0 ? byScore : Integer.compare(position(candidates.get(a[0]).positions(), a[1]),
                    position(candidates.get(b[0]).positions(), b[1]));
        });
        for (int c = 0; c < candidates.size(); c++) {
            if (!anySpecific || candidates.get(c).score() > 0) {
                cursors.add(new int[] {c, 0});
            }
        }
        List<FeeItem> out = new ArrayList<>();
        while (out.size() < limit && !cursors.isEmpty()) {
            int[] top = cursors.poll();
            List<Integer> positions = candidates.get(top[0]).positions();
            out.add(items.get(positions.get(top[1])));
            if (top[1] + 1 < positions.size()) {
                cursors.add(new int[] {top[0], top[1] + 1});
            }
        }
        return out;
    }

    private static int position(List<Integer> positions, int i) {
        return positions.get(i);
    }
}
