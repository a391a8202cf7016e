package com.gazettesearch.search.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways people name a region: 株洲市渌口区 is also 渌口区 and 渌口; 湖南湘江新区 is also 湘江新区
 * and 湘江. Used to notice that a query is about one region.
 */
public final class RegionNames {
    private RegionNames() {
    }

    /** The full name and its shorter forms, longest first; none shorter than two characters. */
    public static List<String> aliases(String region) {
        Set<String> out = new LinkedHashSet<>();
        out.add(region);
        String name = region;
        int city = Math.max(name.lastIndexOf('市'), name.lastIndexOf('省'));
        if (city >= 0 && city < name.length() - 2) {
            name = name.substring(city + 1);
        } else if (city < 0 && name.length() >= 5) {
            // No 省/市 marker: the first two characters are the province (湖南湘江新区 → 湘江新区).
            name = name.substring(2);
        }
        out.add(name);
        for (String suffix : List.of("新区", "区", "县")) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                out.add(name.substring(0, name.length() - suffix.length()));
                break;
            }
        }
        return List.copyOf(out);
    }
}
