package com.gazettesearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.TestCorpus;

/**
 * {@code gazette soak} in bounded form ({@code reliability.soak.seconds}, 30 by default): the fuzzer, steady load,
 * re-indexing and kill -9 at the same time, as the long run does for minutes.
 */
@Tag("reliability")
class SoakTest {
    @TempDir
    Path tmp;

    @Test
    void fuzzLoadReindexAndKillTogetherFindNothing() throws Exception {
        Duration duration = Duration.ofSeconds(Long.getLong("reliability.soak.seconds", 30));
        Soak.Report report = Soak.run(TestCorpus.CORPUS, new Soak.Settings(duration, FuzzTest.SEED, 2, tmp));
        System.out.print(report.describe());
        assertThat(report.passed()).as(report.describe()).isTrue();
        assertThat(report.reindexes()).isPositive();
        assertThat(report.fuzzSent()).isPositive();
        assertThat(report.loadSent()).isPositive();
    }
}
