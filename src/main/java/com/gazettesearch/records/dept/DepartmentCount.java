package com.gazettesearch.records.dept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many tasks a department leads and takes part in, within its region.
 *
 * @param name          canonical name
 * @param region        region of the department
 * @param lead          tasks it leads (牵头)
 * @param participating tasks it takes part in without leading
 */
public record DepartmentCount(String name, String region, int lead, int participating) {

    public int total() {
        return lead + participating;
    }

    /** Counts per (region, name) over {@code assignments}, sorted by total desc, then lead desc, region, name. */
    public static List<DepartmentCount> of(List<DepartmentAssignment> assignments) {
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> String.valueOf(k.get(0)))
                .thenComparing(k -> k.get(1)));
        for (DepartmentAssignment a : assignments) {
            String region = a.region();
            a.lead().forEach(n -> counts.computeIfAbsent(key(region, n), k -> new int[2])[0]++);
            a.participating().forEach(n -> counts.computeIfAbsent(key(region, n), k -> new int[2])[1]++);
        }
        List<DepartmentCount> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new DepartmentCount(k.get(1), k.get(0), c[0], c[1])));
        out.sort(Comparator.comparingInt(DepartmentCount::total).reversed()
                .thenComparing(Comparator.comparingInt(DepartmentCount::lead).reversed())
                .thenComparing(c -> String.valueOf(c.region()))
                .thenComparing(DepartmentCount::name));
        return out;
    }

    private static List<String> key(String region, String name) {
        return java.util.Arrays.asList(region, name);
    }
}
