package com.gazettesearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.eval.Judgments;

/**
 * Re-indexing by a separate indexer process while three threads keep searching and reading: not one request fails,
 * and each new commit is served within seconds.
 */
@Tag("reliability")
class ReindexUnderLoadTest {
    @TempDir
    Path tmp;

    @Test
    void noRequestFailsWhileTheIndexIsRebuiltAndTheNewCommitIsServed() throws Exception {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        IndexRounds rounds = IndexRounds.prepare(corpus, index, tmp, corpus.resolve("lukou-gazette-2024-01.txt"), 7);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        try (ServedIndex server = ServedIndex.start(corpus, index)) {
            rounds.serving(server.http(), Soak.SERVED_WITHIN);
            LoadGenerator generator = new LoadGenerator(server.baseUrl(), ServedIds.fetch(server.http(), 3),
                    Judgments.load().stream().map(Judgments.Judgment::query).toList(), rounds::indexerRunning);
            for (int i = 0; i < 3; i++) {
                long seed = i;
                load.add(Thread.ofPlatform().name("load-" + i).start(() -> generator.run(seed, stop::get)));
            }
            List<IndexCheck.Counts> commits = new ArrayList<>(List.of(rounds.committed()));
            for (int round = 0; round < 3; round++) {
                IndexRounds.Result result = rounds.reindex();
                assertThat(result.problem()).as("round " + round).isNull();
                commits.add(result.committed());
            }
            stop.set(true);
            for (Thread t : load) {
                t.join(30_000);
            }
            assertThat(generator.sent()).isGreaterThan(50);
            assertThat(generator.failed()).as(String.join("\n", generator.examples())).isZero();
            // Each round flipped the corpus (an extra gazette in a folder, or not): every commit was a new one.
            for (int i = 1; i < commits.size(); i++) {
                assertThat(commits.get(i)).isNotEqualTo(commits.get(i - 1));
            }
            assertThat(commits.get(2)).isEqualTo(commits.get(0));
        } finally {
            stop.set(true);
        }
    }
}
