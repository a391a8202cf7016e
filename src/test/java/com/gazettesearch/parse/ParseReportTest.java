package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.testkit.KnownGaps;
import com.gazettesearch.testkit.TestTextSets;

/**
 * The parse report: every test text with a facts file (every set of {@link TestTextSets}) parsed and compared with
 * its facts. The table is printed and written to {@code target/parse-report.md} (the README's "Parse report"
 * shows it); the test fails when any asserted fact does not hold, listing each one, unless it is a known gap
 * ({@link KnownGaps}, reported with its reason), and when a known gap has closed.
 */
class ParseReportTest {
    @Test
    void everyFactOfEveryTestTextHolds() throws IOException {
        List<ParseReport.Row> rows = new ArrayList<>();
        GazetteParser parser = new GazetteParser();
        for (String set : TestTextSets.ALL) {
            Path dir = TestTexts.dir(set);
            if (dir == null) {
                continue;
            }
            for (SourceText text : TestTexts.read(set)) {
                TextFacts facts = TextFacts.of(dir.resolve(text.fileName()));
                if (facts != null) {
                    rows.add(ParseReport.compare(set, text, facts, parser.parse(text)));
                }
            }
        }
        StringBuilder report = new StringBuilder(ParseReport.table(rows));
        List<String> failures = new ArrayList<>();
        Set<String> known = new java.util.LinkedHashSet<>();
        Set<KnownGaps.Gap> stillOpen = new HashSet<>();
        for (ParseReport.Row r : rows) {
            for (ParseReport.Failure f : r.failures()) {
                Optional<KnownGaps.Gap> gap = KnownGaps.of(r.set(), r.file(), f.fact());
                gap.ifPresent(stillOpen::add);
                (gap.isPresent() ? known : failures).add(r.file() + " — " + f + gap.map(g -> " (" + g.why() + ")")
                        .orElse(""));
            }
        }
        if (!failures.isEmpty()) {
            report.append("\nFacts that do not hold:\n");
            failures.forEach(f -> report.append("- ").append(f).append('\n'));
        }
        if (!known.isEmpty()) {
            report.append("\nKnown gaps (").append(KnownGaps.FILE).append("):\n");
            known.forEach(f -> report.append("- ").append(f).append('\n'));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/parse-report.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(rows).as("texts with facts").isNotEmpty();
        assertThat(failures).isEmpty();
        assertThat(KnownGaps.all().stream().filter(g -> !g.ofRecords() && TestTextSets.ALL.contains(g.set())))
                .as("known gaps that have closed: remove them from " + KnownGaps.FILE)
                .allMatch(stillOpen::contains);
    }
}
