package com.gazettesearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusScan;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;

/**
 * A province of gazettes made from the seed corpus, for the benchmark: {@code copies} copies of every seed file, copy
 * 0 unchanged (so the judged queries still find what they were written for) and each further copy moved to made-up
 * places, its 文号, 登记号 and years changed, so the region, issuer and year facets and the filters vary as they do in
 * a real province. What is replaced is read from the seed's own parsed metadata (its regions, 文号 and 登记号), never
 * from a list of names: the generator works for any seed corpus.
 *
 * <p>Copy {@code c} moves the {@code r}-th seed region to place {@code (c × regions + r) mod }{@link #PLACES}: 14
 * made-up cities of 9 counties each, about the size of a province, so at a million sections each county publishes
 * some hundred documents over a dozen years. A copy's years are shifted back by {@code c mod 12}.
 */
public final class SyntheticCorpus {
    /** Made-up cities, and counties per city. */
    static final int CITIES = 14;
    static final int COUNTIES_PER_CITY = 9;
    static final int PLACES = CITIES * COUNTIES_PER_CITY;
    private static final int YEAR_SHIFTS = 12;
    /**
     * Written last beside a finished corpus ({@code corpus.synthetic} next to {@code corpus/}, not inside it, where the
     * indexer would list it as a skipped entry); a corpus without it (or for other copies or seeds) is made again.
     */
    static final String MARKER_SUFFIX = ".synthetic";
    private static final int VERSION = 1;

    private static final String CITY_FIRST = "青云丹玉金白紫碧翠苍墨枫桐柏";
    private static final String CITY_SECOND = "川溪岭湾洲原塘岩林坪";
    private static final String COUNTY_FIRST = "安宁和泰康乐丰兴德福永嘉庆昌盛顺祥瑞惠敦";
    private static final String COUNTY_SECOND = "江山河湖源阳城桥陵屿";

    private static final Pattern CITY_COUNTY = Pattern.compile("^(\\p{IsHan}{2,3}市)(\\p{IsHan}{1,6}?(?:新区|区|县))$");
    private static final Pattern COUNTY = Pattern.compile("^(\\p{IsHan}{2,6}?)(新区|区|县)$");
    private static final Pattern DOC_NUMBER = Pattern.compile("^(\\p{IsHan}+)〔(\\d{4})〕(\\d+)号$");
    private static final Pattern REG_NUMBER = Pattern.compile("\\b([A-Z]{4,8})-(\\d{4})-(\\d{5})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-3]\\d)(?!\\d)");
    private static final Pattern LEAP_DAY = Pattern.compile("(\\d{4})(\\s*年\\s*)2(\\s*月\\s*)29(\\s*日)");

    /** One made-up county of a made-up city. */
    public record Place(String city, String county) {
        public String region() {
            return city + county;
        }
    }

    private SyntheticCorpus() {
    }

    /** The {@code i}-th made-up place (0 ≤ i < {@link #PLACES}); the same for every run. */
    public static Place place(int i) {
        int city = i / COUNTIES_PER_CITY;
        String cityName = "" + CITY_FIRST.charAt(city) + CITY_SECOND.charAt((city * 3) % CITY_SECOND.length()) + "市";
        int county = i % (COUNTY_FIRST.length() * COUNTY_SECOND.length());
        String first = String.valueOf(COUNTY_FIRST.charAt((county * 7) % COUNTY_FIRST.length()));
        String second = String.valueOf(COUNTY_SECOND.charAt(county % COUNTY_SECOND.length()));
        return new Place(cityName, first + second + (i % 3 == 2 ? "县" : "区"));
    }

    /**
     * The corpus of {@code copies} copies of the gazette files in {@code seedDir}, written to {@code outDir} unless a
     * finished one for the same seed and count is already there.
     *
     * @return the number of files in the corpus
     */
    public static int ensure(Path seedDir, int copies, Path outDir) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies: must be at least 1, was " + copies);
        }
        CorpusScan seed = new CorpusReader().read(seedDir);
        String identity = "version=" + VERSION + " copies=" + copies + " seed=" + seedIdentity(seed) + "\n";
        Path marker = outDir.resolveSibling(outDir.getFileName() + MARKER_SUFFIX);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(identity)) {
            return copies * seed.files().size();
        }
        Files.deleteIfExists(marker);
        deleteCorpus(outDir);
        Files.createDirectories(outDir);
        List<Seed> seeds = seed.files().stream().map(Seed::of).toList();
        List<String> regions = seeds.stream().flatMap(s -> s.regions.stream()).distinct().toList();
        for (int c = 0; c < copies; c++) {
            for (Seed s : seeds) {
                String name = c == 0 ? s.source.fileName() : String.format("c%04d-%s", c, s.source.fileName());
                String text = c == 0 ? s.source.text() : s.copy(c, regions);
                Files.writeString(outDir.resolve(name), text, StandardCharsets.UTF_8);
            }
        }
        Files.writeString(marker, identity);
        return copies * seeds.size();
    }

    private static String seedIdentity(CorpusScan seed) {
        StringBuilder sb = new StringBuilder();
        seed.files().forEach(f -> sb.append(f.fileName()).append(':').append(f.sha256(), 0, 12).append(','));
        return sb.toString();
    }

    private static void deleteCorpus(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".md") || name.equals(MARKER_SUFFIX)) {
                    Files.delete(f);
                }
            }
        }
    }

    /** One seed file and the names in it that a copy replaces. */
    private record Seed(SourceText source, List<String> regions, List<String> docNumbers) {
        static Seed of(SourceText source) {
            Set<String> regions = new LinkedHashSet<>();
            Set<String> docNumbers = new LinkedHashSet<>();
            for (GazetteDocument d : new GazetteParser().parse(source)) {
                if (d.region() != null) {
                    regions.add(d.region());
                }
                if (d.docNumber() != null) {
                    docNumbers.add(d.docNumber());
                }
            }
            return new Seed(source, List.copyOf(regions), List.copyOf(docNumbers));
        }

        /** The text of copy {@code copy}: places, 文号, 登记号 and years replaced. */
        String copy(int copy, List<String> allRegions) {
            int shift = copy % YEAR_SHIFTS;
            List<String> held = new ArrayList<>();
            String text = source.text();
            // 文号 and 登记号 first, held out of the year shift below by private-use placeholders
            for (String number : docNumbers) {
                Matcher m = DOC_NUMBER.matcher(number);
                if (m.matches()) {
                    String prefix = m.group(1);
                    Place place = placeOf(copy, allRegions, regions.isEmpty() ? null : regions.get(0));
                    String replacement = place.county().charAt(0) + prefix.substring(1) + "〔"
                            + (Integer.parseInt(m.group(2)) - shift) + "〕" + (Integer.parseInt(m.group(3)) + copy) + "号";
                    text = text.replace(number, hold(held, replacement));
                }
            }
            Matcher reg = REG_NUMBER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (reg.find()) {
                String letters = letters(copy, reg.group(1).length());
                reg.appendReplacement(out, Matcher.quoteReplacement(hold(held,
                        letters + "-" + (Integer.parseInt(reg.group(2)) - shift) + "-" + reg.group(3))));
            }
            reg.appendTail(out);
            text = shiftYears(out.toString(), shift);
            text = replaceAll(text, placeNames(copy, allRegions));
            for (int i = 0; i < held.size(); i++) {
                text = text.replace(placeholder(i), held.get(i));
            }
            return text;
        }

        /** Seed place name → made-up name, for every region of this file and its city, county and short forms. */
        private Map<String, String> placeNames(int copy, List<String> allRegions) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String region : regions) {
                Place to = placeOf(copy, allRegions, region);
                Matcher cc = CITY_COUNTY.matcher(region);
                names.put(region, to.region());
                if (cc.matches()) {
                    names.put(cc.group(1), to.city());
                    names.put(cc.group(1).substring(0, cc.group(1).length() - 1), to.city().substring(0, 2));
                    county(names, cc.group(2), to.county());
                } else {
                    county(names, region, to.county());
                }
            }
            return names;
        }

        private static void county(Map<String, String> names, String from, String to) {
            names.put(from, to);
            Matcher m = COUNTY.matcher(from);
            if (m.matches() && m.group(1).length() >= 2) {
                String toShort = to.substring(0, 2);
                names.putIfAbsent(m.group(1), toShort);
                if (m.group(1).length() >= 4) {
                    // a county named with its province first (湖南湘江新区) is mostly written without it (湘江新区)
                    String tail = m.group(1).substring(m.group(1).length() - 2);
                    names.putIfAbsent(tail + m.group(2), toShort + m.group(2));
                    names.putIfAbsent(tail, toShort);
                }
            }
        }
    }

    private static Place placeOf(int copy, List<String> allRegions, String region) {
        int r = region == null ? 0 : Math.max(0, allRegions.indexOf(region));
        return place(Math.floorMod(copy * Math.max(1, allRegions.size()) + r, PLACES));
    }

    /** Upper-case letters standing for copy {@code copy}, {@code n} of them. */
    private static String letters(int copy, int n) {
        char[] out = new char[n];
        int v = copy;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = (char) ('A' + v % 26);
            v /= 26;
        }
        return new String(out);
    }

    private static String hold(List<String> held, String value) {
        held.add(value);
        return placeholder(held.size() - 1);
    }

    private static String placeholder(int i) {
        return "\uE000" + i + "\uE001";
    }

    static String shiftYears(String text, int shift) {
        if (shift == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) - shift));
        }
        m.appendTail(out);
        // 29 February of a year that is no longer a leap year becomes the 28th
        Matcher leap = LEAP_DAY.matcher(out);
        StringBuilder fixed = new StringBuilder();
        while (leap.find()) {
            String day = Year.isLeap(Integer.parseInt(leap.group(1))) ? "29" : "28";
            leap.appendReplacement(fixed, Matcher.quoteReplacement(
                    leap.group(1) + leap.group(2) + "2" + leap.group(3) + day + leap.group(4)));
        }
        leap.appendTail(fixed);
        return fixed.toString();
    }

    /** Every key of {@code names} replaced by its value in one pass, longest key first. */
    static String replaceAll(String text, Map<String, String> names) {
        if (names.isEmpty()) {
            return text;
        }
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        Pattern any = Pattern.compile(String.join("|", keys.stream().map(Pattern::quote).toList()));
        Matcher m = any.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
