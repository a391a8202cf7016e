package com.gazettesearch.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regions and issuers of one index reader with the ways a query may name them ({@link RegionNames}), so the query
 * builder can prefer the documents of a region or issuer a query names. Built once per reader from the index's own
 * values.
 */
public record IndexNames(List<Named> regions, List<Named> issuers) {
    public static final IndexNames NONE = new IndexNames(List.of(), List.of());

    /** A value of the index and its names, longest first. */
    public record Named(String value, List<String> names) {
    }

    /**
     * @param regions        every region value
     * @param issuerRegions  every issuer value with the region of its documents (null when unknown)
     */
    public static IndexNames of(List<String> regions, Map<String, String> issuerRegions) {
        List<Named> r = new ArrayList<>();
        for (String region : regions) {
            r.add(new Named(region, RegionNames.aliases(region)));
        }
        List<Named> i = new ArrayList<>();
        issuerRegions.forEach((issuer, region) -> i.add(new Named(issuer, RegionNames.issuerAliases(issuer, region))));
        return new IndexNames(List.copyOf(r), List.copyOf(i));
    }

    /** The regions {@code compactQuery} (the query without spaces) names. */
    public List<String> regionsIn(String compactQuery) {
        return named(regions, compactQuery);
    }

    /** The issuers {@code compactQuery} names. */
    public List<String> issuersIn(String compactQuery) {
        return named(issuers, compactQuery);
    }

    private static List<String> named(List<Named> values, String compactQuery) {
        List<String> out = new ArrayList<>();
        for (Named n : values) {
            if (n.names().stream().anyMatch(compactQuery::contains)) {
                out.add(n.value());
            }
        }
        return out;
    }
}
