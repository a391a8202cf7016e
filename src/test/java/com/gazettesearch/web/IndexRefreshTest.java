package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.index.SourceParser;
import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.parse.GazetteParser;

/** A running server follows re-indexing: it never shows a failed run, and shows a committed one within seconds. */
class IndexRefreshTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode health(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body());
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theServerSeesOnlyCommittedIndexes() throws Exception {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        // Three files are enough and keep the three indexing runs quick.
        try (var files = Files.list(corpus)) {
            for (Path extra : files.sorted(java.util.Comparator.comparingLong(IndexRefreshTest::size)).skip(3).toList()) {
                Files.delete(extra);
            }
        }
        Path index = tmp.resolve("index");
        IndexSummary before = new Indexer().index(corpus, index);
        AppConfig config = AppConfig.defaults().withCorpusDir(corpus).withIndexDir(index).withPort(0)
                .withRefreshSeconds(1);
        try (Searchers searchers = Searchers.open(index, GazetteServer.READER_STATE)) {
            GazetteServer server = GazetteServer.standard(config, searchers);
            String base = "http://localhost:" + server.start();
            try {
                assertThat(health(base).get("sections").asInt()).isEqualTo(before.sections());

                try (var files = Files.list(corpus)) {
                    List<Path> sorted = files.sorted().toList();
                    Files.delete(sorted.get(0));
                    // the other files change too, so the run that dies has files to parse (unchanged ones are kept)
                    for (Path changed : sorted.subList(1, sorted.size())) {
                        Files.writeString(changed, Files.readString(changed) + "\n\n测试追加的一段正文。\n");
                    }
                }
                AtomicInteger calls = new AtomicInteger();
                GazetteParser real = new GazetteParser();
                SourceParser dying = source -> {
                    if (calls.incrementAndGet() == 2) {
                        throw new IOError(new IOException("killed mid-run"));
                    }
                    return real.parse(source);
                };
                assertThatThrownBy(() -> new Indexer(new CorpusReader(), dying, List.of(), false).index(corpus, index))
                        .isInstanceOf(IOError.class);
                Thread.sleep(2_500); // at least two scheduled refreshes
                assertThat(health(base).get("sections").asInt()).isEqualTo(before.sections());
                assertThat(health(base).get("documents").asInt()).isEqualTo(before.documents());

                IndexSummary after = new Indexer().index(corpus, index);
                assertThat(after.sections()).isLessThan(before.sections());
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (health(base).get("sections").asInt() != after.sections() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(health(base).get("sections").asInt()).isEqualTo(after.sections());
                assertThat(health(base).get("documents").asInt()).isEqualTo(after.documents());
            } finally {
                server.stop();
            }
        }
    }
}
