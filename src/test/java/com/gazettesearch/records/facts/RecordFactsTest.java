package com.gazettesearch.records.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.gazettesearch.testkit.KnownGaps;

/**
 * End to end on the test texts: each text is decoded and parsed as the indexer does, its records are extracted,
 * and every fee, event, department list and validity fact its reader wrote must hold (see {@link RecordFactChecks}),
 * except a known gap ({@link KnownGaps}), which must still be one.
 * The table of what held per text is written to {@code target/records-facts-report.md}.
 */
class RecordFactsTest {
    private static final List<Function<TestText, FactCheck>> KINDS = List.of(
            RecordFactChecks::fees, RecordFactChecks::events, RecordFactChecks::departments, RecordFactChecks::validity);

    @TestFactory
    Stream<DynamicTest> everyRecordFactOfEveryText() {
        return TestText.all().stream().flatMap(t -> KINDS.stream().map(k -> k.apply(t)).filter(c -> c.total() > 0)
                .map(c -> DynamicTest.dynamicTest(c.text + " " + c.kind, () -> {
                    Optional<KnownGaps.Gap> gap = KnownGaps.all().stream()
                            .filter(g -> g.text().equals(KnownGaps.stem(c.text)) && g.fact().equals(c.kind)).findFirst();
                    if (gap.isPresent()) {
                        // a known gap: reported with its reason; when it closes, its line must go
                        assertThat(c.failed).as("known gap of %s %s has closed: remove it from %s", c.text, c.kind,
                                KnownGaps.FILE).isNotEmpty();
                    } else {
                        assertThat(c.failed).as("%s facts of %s that do not hold", c.kind, c.text).isEmpty();
                    }
                })));
    }

    @Test
    void reportOfWhatHeld() throws IOException {
        StringBuilder b = new StringBuilder("| text | fees | events | departments | validity |\n|---|---|---|---|---|\n");
        int held = 0;
        int total = 0;
        for (TestText t : TestText.all()) {
            List<FactCheck> checks = KINDS.stream().map(k -> k.apply(t)).toList();
            if (checks.stream().allMatch(c -> c.total() == 0)) {
                continue;
            }
            b.append("| ").append(t.name());
            for (FactCheck c : checks) {
                b.append(" | ").append(c.cell());
                held += c.held;
                total += c.total();
            }
            b.append(" |\n");
        }
        b.append("| **all** | | | | ").append(held).append("/").append(total).append(" |\n");
        Path out = Path.of("target", "records-facts-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString());
        assertThat(total).as("record facts in the test texts").isGreaterThan(0);
    }
}
