package com.gazettesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexState;
import com.gazettesearch.index.TestCorpus;

class ServeCommandTest {
    @TempDir
    Path tmp;

    private static int documents(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).get("documents").asInt();
    }

    @Test
    void serveIndexesAMissingIndexAndReusesAnUpToDateOne() throws Exception {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        AppConfig config = AppConfig.defaults().withCorpusDir(corpus).withIndexDir(index).withPort(0).validate();

        try (ServeCommand.Running running = ServeCommand.start(config)) {
            assertThat(documents(running.port())).isEqualTo(10);
        }
        Map<String, String> first = IndexState.lastCommit(index).orElseThrow();

        // Unchanged corpus: served as is, no new commit.
        try (ServeCommand.Running running = ServeCommand.start(config)) {
            assertThat(documents(running.port())).isEqualTo(10);
        }
        assertThat(IndexState.lastCommit(index).orElseThrow()).isEqualTo(first);

        // A removed gazette makes the index stale: serve re-indexes before serving.
        Files.delete(corpus.resolve("lukou-gazette-2024-01.txt"));
        try (ServeCommand.Running running = ServeCommand.start(config)) {
            assertThat(documents(running.port())).isEqualTo(7);
        }
    }
}
