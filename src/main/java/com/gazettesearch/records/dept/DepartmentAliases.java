package com.gazettesearch.records.dept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Canonical department names within a region, from a tab-separated file of {@code region, alias, canonical}
 * lines ({@code #} starts a comment). Region {@code *} applies in every region; a rule for the region itself
 * wins. Names not listed pass through unchanged, so an unknown department is still found, under its printed name.
 */
public final class DepartmentAliases {
    /** Where the shipped aliases live on the class path. */
    public static final String RESOURCE = "/departments/aliases.tsv";
    private static final String ANY_REGION = "*";

    private final Map<String, Map<String, String>> byRegion;

    private DepartmentAliases(Map<String, Map<String, String>> byRegion) {
        this.byRegion = byRegion;
    }

    /** The aliases shipped in {@link #RESOURCE}. */
    public static DepartmentAliases load() {
        try (InputStream in = DepartmentAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses alias lines from {@code in}.
     *
     * @throws IllegalArgumentException naming the line when a line does not have three fields, or an alias
     *                                  is given two different canonical names in one region
     */
    public static DepartmentAliases parse(InputStream in, String sourceName) throws IOException {
        Map<String, Map<String, String>> byRegion = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo
                        + ": expected 3 tab-separated fields (region, alias, canonical), got: " + line);
            }
            Map<String, String> aliases = byRegion.computeIfAbsent(f[0].strip(), r -> new HashMap<>());
            String previous = aliases.putIfAbsent(f[1].strip(), f[2].strip());
            if (previous != null && !previous.equals(f[2].strip())) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo + ": alias '" + f[1].strip()
                        + "' already maps to '" + previous + "' in " + f[0].strip());
            }
        }
        return new DepartmentAliases(byRegion);
    }

    /** The canonical name of {@code name} in {@code region}; {@code name} itself when no rule applies. */
    public String canonical(String region, String name) {
        Objects.requireNonNull(name, "name");
        String own = region == null ? null : byRegion.getOrDefault(region, Map.of()).get(name);
        if (own != null) {
            return own;
        }
        return byRegion.getOrDefault(ANY_REGION, Map.of()).getOrDefault(name, name);
    }
}
