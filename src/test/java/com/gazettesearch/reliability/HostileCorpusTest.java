package com.gazettesearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.corpus.SkippedFile;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.index.IndexState;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.testkit.LiveApp;

/**
 * The hostile corpus ({@link HostileCorpus}) indexed and served: every entry has the outcome it must have — indexed
 * under its path, or listed in the summary with its reason — nothing outside the corpus is read, a fifo does not block
 * the run, and the server answers over what was indexed.
 */
@Tag("reliability")
class HostileCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyEntryIsIndexedOrListedWithItsReason() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Map<String, HostileCorpus.Outcome> expected = HostileCorpus.write(corpus, true);
        Path index = tmp.resolve("index");

        // A guard against a hang (a fifo opened, a quadratic parse), not a speed target.
        LiveApp app = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> LiveApp.start(corpus, index));
        try (app) {
            IndexSummary summary = app.summary();
            Map<String, String> skipped = summary.skipped().stream()
                    .collect(Collectors.toMap(SkippedFile::fileName, SkippedFile::reason));
            Set<String> indexed = new HashSet<>();
            for (Document d : TestCorpus.records(index)) {
                indexed.add(d.get(Schema.SOURCE_FILE));
            }
            expected.forEach((name, outcome) -> {
                if (outcome.indexed()) {
                    assertThat(indexed).as(name + " indexed (skipped: " + skipped.get(name) + ")").contains(name);
                } else {
                    assertThat(skipped.get(name)).as(name + " listed").isNotNull().contains(outcome.reason());
                }
            });
            // Every entry accounted for, and nothing else: no /etc/passwd, no second copy through a link.
            assertThat(skipped.keySet()).containsExactlyInAnyOrderElementsOf(
                    expected.entrySet().stream().filter(e -> !e.getValue().indexed()).map(Map.Entry::getKey).toList());
            assertThat(indexed).containsExactlyInAnyOrderElementsOf(
                    expected.entrySet().stream().filter(e -> e.getValue().indexed()).map(Map.Entry::getKey).toList());
            assertThat(summary.files()).isEqualTo(indexed.size());
            assertThat(IndexState.isStale(corpus, index)).as("fingerprint of the hostile corpus is stable").isFalse();

            // Served: the repeated gazette twice, the 30 MB export searchable, the long line in bounded sections.
            JsonNode documents = JSON.readTree(app.get("/api/documents").body());
            long repeated = 0;
            for (JsonNode d : documents) {
                repeated += d.get("sourceFile").asText().equals("repeated.txt") ? 1 : 0;
            }
            Path lukou = TestCorpus.CORPUS.resolve("lukou-gazette-2024-01.txt");
            int once = new GazetteParser().parse(new SourceText("g.txt", lukou, Files.readString(lukou), "UTF-8", "x")).size();
            assertThat(repeated).isEqualTo(2L * once);
            HttpResponse<String> found = app.get("/api/search?group=none&q=" + HostileCorpus.EXPORT_MARKER);
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(found.body()).get("hits")).anySatisfy(h ->
                    assertThat(h.get("docTitle").asText()).isEqualTo("关于导出系统日志的通知"));
            HttpResponse<String> gb = app.get("/api/search?group=none&q=" + LiveApp.enc("值班值守") + "&size=100");
            // the notice in seven encodings and places: GB18030, UTF-16 LE and BE, UTF-8 with BOM, odd name, folders
            assertThat(JSON.readTree(gb.body()).get("total").asLong()).as(gb.body()).isGreaterThanOrEqualTo(7);
        }
    }

}
