package com.gazettesearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

import com.gazettesearch.schema.Schema;

/**
 * What the index's analyzers alone achieve over the corpus text: every file's text through the CJK bigram analyzer
 * and the smartcn word analyzer (the two analyses the index makes of every text), tokens read and dropped, on a
 * given number of threads. The benchmark sets the indexer's throughput against it, measured in the same run.
 */
public final class AnalyzerThroughput {
    private AnalyzerThroughput() {
    }

    /** Bytes analysed (UTF-8 size of the texts) and seconds taken. */
    public record Result(long bytes, double seconds, int threads) {
        public double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /**
     * Analyses the first files of {@code corpusDir} (in name order) up to {@code maxBytes} in all, on {@code threads}
     * threads, after one untimed pass over a few files to warm the analyzers up.
     */
    public static Result measure(Path corpusDir, int threads, long maxBytes) throws IOException {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
                if (bytes >= maxBytes) {
                    break;
                }
                String text = Files.readString(f);
                texts.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        for (String t : texts.subList(0, Math.min(3, texts.size()))) {
            analyse(t);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < texts.size(); k = next.getAndIncrement()) {
                        analyse(texts.get(k));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return new Result(bytes, (System.nanoTime() - t0) / 1e9, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void analyse(String text) {
        Analyzer index = Schema.indexAnalyzer();
        consume(index, Schema.TEXT, text);
        consume(index, Schema.TEXT_WORDS, text);
    }

    private static void consume(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // the tokens are what the index would get; only the cost of making them is measured
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
