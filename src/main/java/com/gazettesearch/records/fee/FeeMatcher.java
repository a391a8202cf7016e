package com.gazettesearch.records.fee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which fee items a free-text query asks about, for direct answers ahead of search hits.
 *
 * <p>A query asks about a fee when it names the charge, in full (污水处理费) or in the short form people type
 * (污水费: the first two characters and 费, for names of four characters before 费). Among that charge's items,
 * those whose use class and area the query also names rank first: a full class name (工业用水) counts more than its
 * stem (工业), and a class counts more than an area. When the query names a class or area no item has, all the
 * charge's items are returned in printed order rather than none.
 */
public final class FeeMatcher {
    private FeeMatcher() {
    }

    private static final java.util.regex.Pattern OTHER_WATER_FEES = java.util.regex.Pattern.compile("污水(?:处理)?费|排水费");

    /** The items {@code query} asks about, best first; empty when it names no charge. */
    public static List<FeeItem> match(String query, List<FeeItem> items) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.replaceAll("\\s+", "");
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeeItem item = items.get(i);
            if (namesCharge(q, item.charge())) {
                scored.add(new Scored(item, score(q, item), i));
            }
        }
        boolean anySpecific = scored.stream().anyMatch(s -> s.score > 0);
        return scored.stream()
                .filter(s -> !anySpecific || s.score > 0)
                .sorted(Comparator.comparingInt((Scored s) -> -s.score).thenComparingInt(s -> s.order))
                .map(s -> s.item)
                .toList();
    }

    /** The names a query may use for {@code charge}: 污水处理费 and 污水费; 水价, 供水价格, 自来水价格 and 水费. */
    public static Set<String> chargeNames(String charge) {
        Set<String> names = new LinkedHashSet<>();
        names.add(charge);
        if (charge.equals(ChargeNames.WATER_PRICE)) {
            names.addAll(List.of("供水价格", "自来水价格", "自来水费", "水费"));
            return names;
        }
        // two two-character words before 费 (污水|处理费, 垃圾|处理费) shorten to the first word; 水资源费 does not
        if (charge.length() >= 5 && charge.endsWith("费")) {
            names.add(charge.substring(0, 2) + "费");
        }
        return names;
    }

    /** True when {@code q} (whitespace removed) names {@code charge} in full or short. */
    public static boolean namesCharge(String q, String charge) {
        // 污水费 and 排水费 end in 水费 but are not the water price
        String query = charge.equals(ChargeNames.WATER_PRICE) ? OTHER_WATER_FEES.matcher(q).replaceAll("") : q;
        return chargeNames(charge).stream().anyMatch(query::contains);
    }

    /**
     * How specifically {@code q} (whitespace removed) asks for {@code item}: its use class in full (4) or by stem (3),
     * plus its area (2). Depends only on the item's class and area.
     */
    public static int score(String q, FeeItem item) {
        int score = 0;
        String cls = item.waterClass() == null ? "" : item.waterClass();
        String stem = cls.endsWith("用水") ? cls.substring(0, cls.length() - 2) : cls;
        // "非居民用水" contains "居民用水": a class only counts when the query does not name the 非 form of it
        String withoutNon = cls.startsWith("非") ? q : q.replace("非" + cls, "").replace("非" + stem, "");
        if (!cls.isEmpty() && withoutNon.contains(cls)) {
            score += 4;
        } else if (stem.length() >= 2 && withoutNon.contains(stem)) {
            score += 3;
        }
        if (item.area() != null && q.contains(item.area())) {
            score += 2;
        }
        return score;
    }

    private record Scored(FeeItem item, int score, int order) {
    }
}
