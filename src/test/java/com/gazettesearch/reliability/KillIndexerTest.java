package com.gazettesearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.TestCorpus;

/**
 * kill -9 of a separate indexer process at seeded random points of its run, while the server serves the index: after
 * each kill the index opens at a complete commit (the previous one, or the new one when the kill came after it) with
 * exactly the counts that commit states, CheckIndex is clean, and the server serves that commit.
 */
@Tag("reliability")
class KillIndexerTest {
    static final int KILLS = Integer.getInteger("reliability.kills", 4);

    @TempDir
    Path tmp;

    @Test
    void theIndexSurvivesKill9AtAnyPoint() throws Exception {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        IndexRounds rounds = IndexRounds.prepare(corpus, index, tmp, corpus.resolve("hecheng-gazette-2024-02.txt"),
                FuzzTest.SEED);
        try (ServedIndex server = ServedIndex.start(corpus, index)) {
            rounds.serving(server.http(), Soak.SERVED_WITHIN);
            // One whole run first: it times the runs the kills land in and records the other state's counts.
            assertThat(rounds.reindex().problem()).isNull();
            int inFlight = 0;
            for (int i = 0; i < KILLS; i++) {
                IndexCheck.Counts before = rounds.committed();
                IndexRounds.Result kill = rounds.kill();
                System.out.printf("kill -9 after %d ms (%s): index at %s%n", kill.millis(),
                        kill.killedInFlight() ? "indexer running" : "indexer had finished",
                        kill.committed().equals(before) ? "the previous commit" : "the new commit");
                assertThat(kill.problem()).as("kill " + i + " after " + kill.millis() + " ms").isNull();
                inFlight += kill.killedInFlight() ? 1 : 0;
            }
            assertThat(inFlight).as("kills that hit a running indexer").isPositive();
            // And the index takes the next run as if nothing had happened.
            assertThat(rounds.reindex().problem()).isNull();
        }
    }
}
