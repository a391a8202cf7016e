package com.gazettesearch.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways people name a region and an issuer, read from the administrative unit words of the names the index
 * holds (no place is known by name): 株洲市渌口区 is also 渌口区 and 渌口; 湖南湘江新区 is also 湘江新区 and 湘江;
 * 平潭综合实验区 is also 平潭; the district's 株洲市渌口区发展和改革局 is also 渌口区发展和改革局, 渌口发展和改革局 and
 * 区发展和改革局 (how its own documents name it), a province's 湖南省商务厅 also 省商务厅. Used to notice that a query
 * is about one region or issuer.
 */
public final class RegionNames {
    private RegionNames() {
    }

    /** Unit words, longest first so that 自治州 is read before 州 and 新区 before 区. */
    private static final Pattern UNIT = Pattern.compile("(?:综合实验区|经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区"
            + "|新区|自治区|自治州|自治县|特别行政区|地区|省|市|州|盟|县|旗|区)");
    /** One unit of a region's name: a name of one to eight characters and its unit word. */
    private static final Pattern ONE_UNIT = Pattern.compile("(\\p{IsHan}{1,8}?)(" + UNIT.pattern() + ")");
    /** A province-level name printed without 省 before the unit it heads (湖南湘江新区): two characters. */
    private static final int PROVINCE_PREFIX = 2;
    private static final int MIN_ALIAS = 2;
    /** An issuer's own words after its region shorter than this are no name of it (局, 办). */
    private static final int MIN_ISSUER_REST = 3;

    /** One unit: its name and unit word (渌口 + 区). */
    private record Unit(String name, String word) {
        String full() {
            return name + word;
        }
    }

    /** The full name and its shorter forms, longest first; none shorter than two characters. */
    public static List<String> aliases(String region) {
        Set<String> out = new LinkedHashSet<>();
        out.add(region);
        List<Unit> units = units(region);
        if (units.isEmpty()) {
            return List.copyOf(out);
        }
        Unit last = units.get(units.size() - 1);
        String lastFull = last.full();
        out.add(lastFull);
        if (units.size() == 1 && last.name().length() >= PROVINCE_PREFIX + MIN_ALIAS && !last.word().equals("省")
                && !last.word().equals("市") && !last.word().equals("县")) {
            // 湖南湘江新区: the province is named before the unit without 省
            out.add(last.name().substring(PROVINCE_PREFIX) + last.word());
            out.add(last.name().substring(PROVINCE_PREFIX));
        } else if (last.name().length() >= MIN_ALIAS) {
            out.add(last.name());
        }
        out.removeIf(a -> a.length() < MIN_ALIAS);
        return List.copyOf(out);
    }

    /**
     * The names of an issuer: its full name and, when it begins with its region, the same words after each shorter
     * name of the region, and after the region's unit word alone (区发展和改革局, 省商务厅) unless the words are the
     * government itself (人民政府…, which the region names well enough).
     */
    public static List<String> issuerAliases(String issuer, String region) {
        Set<String> out = new LinkedHashSet<>();
        out.add(issuer);
        if (region != null && issuer.startsWith(region) && issuer.length() - region.length() >= MIN_ISSUER_REST) {
            String rest = issuer.substring(region.length());
            for (String alias : aliases(region)) {
                out.add(alias + rest);
            }
            List<Unit> units = units(region);
            if (!units.isEmpty() && !rest.startsWith("人民政府")) {
                out.add(units.get(units.size() - 1).word() + rest);
            }
        }
        return List.copyOf(out);
    }

    private static List<Unit> units(String region) {
        List<Unit> units = new ArrayList<>();
        Matcher m = ONE_UNIT.matcher(region);
        int at = 0;
        while (at < region.length() && m.find(at) && m.start() == at) {
            units.add(new Unit(m.group(1), m.group(2)));
            at = m.end();
        }
        return at == region.length() ? units : List.of();
    }
}
