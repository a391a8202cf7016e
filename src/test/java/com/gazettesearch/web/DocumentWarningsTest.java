package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.lookup.Searchers;

/**
 * What the parser did not recognise reaches the user: a file with no recognisable structure is indexed (not
 * skipped) as one document whose warnings the index summary lists per file and {@code /api/documents/{id}} returns;
 * a fully understood document has an empty list. Real indexer, real server on a free port.
 */
class DocumentWarningsTest {
    @TempDir
    static Path tmp;
    static IndexSummary summary;
    static Searchers searchers;
    static GazetteServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/shifeng-carbon-peak-plan-2024-1.txt"), corpus.resolve("shifeng.txt"));
        Files.writeString(corpus.resolve("jottings.txt"), "会议纪要摘录\n\n随手记下的几行字，没有文号。\n第二段，也没有落款。\n",
                StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        summary = Indexer.standard(false).index(corpus, index);
        searchers = Searchers.open(index, GazetteServer.READER_STATE);
        server = GazetteServer.standard(AppConfig.defaults().withCorpusDir(corpus).withIndexDir(index).withPort(0),
                searchers);
        base = "http://localhost:" + server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        searchers.close();
    }

    @Test
    void aFileWithoutStructureIsIndexedWithWarningsNotSkipped() {
        assertThat(summary.files()).isEqualTo(2);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.warned()).singleElement().satisfies(w -> {
            assertThat(w.fileName()).isEqualTo("jottings.txt");
            assertThat(w.warnings()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("jottings: "));
        });
        assertThat(summary.describe()).contains("1 file indexed with warnings").contains("  warnings in jottings.txt:")
                .contains("    jottings: ");
    }

    @Test
    void aDocumentShowsItsWarnings() throws Exception {
        JsonNode docs = get("/api/documents");
        JsonNode jottings = find(docs, "jottings.txt");
        JsonNode one = get("/api/documents/" + URLEncoder.encode(jottings.get("id").asText(), StandardCharsets.UTF_8));
        assertThat(one.get("title").asText()).isEqualTo("jottings");
        assertThat(one.get("warnings").isArray()).isTrue();
        List<String> warnings = JSON.convertValue(one.get("warnings"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("titled from the file name"));
        assertThat(one.get("sections").get(0).get("text").asText()).contains("随手记下的几行字");

        JsonNode plan = get("/api/documents/" + URLEncoder.encode(find(docs, "shifeng.txt").get("id").asText(),
                StandardCharsets.UTF_8));
        assertThat(plan.get("warnings").isArray()).isTrue();
        assertThat(plan.get("warnings").size()).isZero();
    }

    private static JsonNode find(JsonNode docs, String sourceFile) {
        for (JsonNode d : docs) {
            if (d.get("sourceFile").asText().equals(sourceFile)) {
                return d;
            }
        }
        throw new AssertionError("no document from " + sourceFile);
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
