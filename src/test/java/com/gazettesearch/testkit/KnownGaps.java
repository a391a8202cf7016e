package com.gazettesearch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Facts of the test texts that the parser or extractors are known not to reach yet, each with the reason, from
 * {@code src/test/resources/texts/known-gaps.tsv}. A known gap is reported, not failed; the tests fail when it
 * closes (the fact holds), so the list only ever says what is true. Anything not listed must hold.
 */
public final class KnownGaps {
    /**
     * One gap.
     *
     * @param text "set/file name without extension"
     * @param fact the fact's name (a metadata field such as {@code date}) or a record kind ({@code fees})
     * @param why  why it is not reached
     */
    public record Gap(String text, String fact, String why) {
        /** True for a gap in the records (checked by the record facts), false for a parse fact. */
        public boolean ofRecords() {
            return RECORD_KINDS.contains(fact);
        }

        /** The set the text is in. */
        public String set() {
            return text.substring(0, text.indexOf('/'));
        }
    }

    /** The record kinds a gap may name; any other fact is a field of the parse report. */
    public static final Set<String> RECORD_KINDS = Set.of("fees", "events", "departments",
            "validity");

    public static final Path FILE = TestTextSets.ROOT.resolve("known-gaps.tsv");

    private KnownGaps() {
    }

    /** Every listed gap (the file is read once: the tests ask for each fact of each text). */
    public static List<Gap> all() {
        return ALL;
    }

    private static final List<Gap> ALL = read();

    private static List<Gap> read() {
        List<Gap> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                if (p.length != 3) {
                    throw new IllegalStateException(FILE + ": expected text, fact and why separated by tabs: " + line);
                }
                out.add(new Gap(p[0].strip(), p[1].strip(), p[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** The gap listed for {@code fact} of {@code set}/{@code fileName} (any extension), if any. */
    public static Optional<Gap> of(String set, String fileName, String fact) {
        String text = set + "/" + stem(fileName);
        return all().stream().filter(g -> g.text().equals(text) && g.fact().equals(fact)).findFirst();
    }

    /** {@code name} without its extension. */
    public static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
