package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.Indexer;
import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.lookup.Searchers;

/**
 * Suggestions are served lock-free while the index is refreshed underneath them: each new commit gets its own
 * lookup, built when its reader opens, and a request keeps the lookup of the view it acquired until it is done.
 */
class SuggesterConcurrencyTest {
    private static final int THREADS = 8;
    private static final int REFRESHES = 4;
    private static final String PLAN_TITLE = "石峰区碳达峰实施方案";
    private static final String EXTRA_TITLE = "关于公布区级行政许可事项清单的通知";

    @TempDir
    Path tmp;

    @Test
    void eightThreadsOfSuggestionsStayCorrectAcrossRepeatedRefreshes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestCorpus.CORPUS.resolve("shifeng-carbon-peak-plan-2024-1.txt"),
                corpus.resolve("shifeng-carbon-peak-plan-2024-1.txt"));
        Path extra = corpus.resolve("zz-extra-notice.txt");
        Path index = tmp.resolve("index");
        new Indexer().index(corpus, index);

        try (Searchers searchers = Searchers.open(index, Suggester.READER_STATE)) {
            Suggester suggester = new Suggester(searchers);
            assertThat(texts(suggester, "碳达")).anyMatch(t -> t.contains(PLAN_TITLE));

            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger served = new AtomicInteger();
            Queue<String> wrong = new ConcurrentLinkedQueue<>();
            CountDownLatch started = new CountDownLatch(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new java.util.ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(pool.submit(() -> {
                        started.countDown();
                        while (!done.get()) {
                            // in every commit: the plan's title; in some: the extra notice's, never anything else
                            List<String> plan = texts(suggester, "碳达");
                            if (plan.isEmpty() || !plan.stream().allMatch(s -> s.contains("碳达"))
                                    || plan.stream().noneMatch(s -> s.contains(PLAN_TITLE))) {
                                wrong.add("碳达 → " + plan);
                            }
                            List<String> notice = texts(suggester, "行政许可事项");
                            if (!notice.isEmpty() && !notice.equals(List.of(EXTRA_TITLE))) {
                                wrong.add("行政许可事项 → " + notice);
                            }
                            served.incrementAndGet();
                        }
                        return null;
                    }));
                }
                assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
                for (int i = 0; i < REFRESHES; i++) {
                    if (i % 2 == 0) {
                        Files.writeString(extra, EXTRA_TITLE + "\n\n各镇人民政府，区直各单位：\n\n现将区级行政许可事项清单予以公布，请遵照执行。\n",
                                StandardCharsets.UTF_8);
                    } else {
                        Files.delete(extra);
                    }
                    new Indexer().index(corpus, index);
                    searchers.refresh();
                    List<String> now = texts(suggester, "行政许可事项");
                    assertThat(now).as("after refresh %d", i).isEqualTo(i % 2 == 0 ? List.of(EXTRA_TITLE) : List.of());
                }
                done.set(true);
                for (Future<?> w : workers) {
                    w.get(30, TimeUnit.SECONDS); // rethrows any error a worker hit
                }
            } finally {
                done.set(true);
                pool.shutdownNow();
            }
            assertThat(wrong).isEmpty();
            assertThat(served.get()).isGreaterThan(THREADS);
        }
    }

    private static List<String> texts(Suggester suggester, String prefix) throws java.io.IOException {
        return suggester.suggest(prefix, 8).stream().map(Suggester.Suggestion::text).toList();
    }
}
