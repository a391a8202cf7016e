package com.gazettesearch.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.testkit.LiveApp;

/**
 * Keeps the README's examples true: every {@code curl} example (see {@link ReadmeExamples} for how the README
 * writes them) is sent to the real server over a real index of {@code corpus/}, and must answer the documented
 * status, as JSON with {@code charset=utf-8}, fitting the documented response.
 */
class ReadmeExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static LiveApp app;

    @BeforeAll
    static void start() throws IOException {
        app = LiveApp.start(tmp.resolve("index"));
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersWhatTheReadmeSays() throws IOException {
        List<ReadmeExamples.Example> examples = ReadmeExamples.of(Files.readString(Path.of("README.md")));
        // A parser that finds nothing would check nothing: the README has examples for every route group.
        assertThat(examples).hasSizeGreaterThan(20);
        assertThat(examples.stream().filter(e -> e.body().isPresent())).hasSizeGreaterThan(15);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> check(e)));
    }

    private static void check(ReadmeExamples.Example e) throws Exception {
        HttpResponse<String> r = app.get(e.pathAndQuery());
        assertThat(r.statusCode()).as("status of %s (GET %s); body %s", e, e.pathAndQuery(), r.body())
                .isEqualTo(e.status());
        assertThat(r.headers().firstValue("Content-Type")).as("Content-Type of %s", e)
                .hasValueSatisfying(type -> assertThat(type.replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8"));
        if (e.body().isEmpty()) {
            return;
        }
        String output = e.jqFilter().isPresent() ? jq(e.jqFilter().get(), r.body()) : r.body();
        Optional<String> mismatch = DocumentedJson.mismatch(e.body().get(), JSON.readTree(output));
        assertThat(mismatch).as("%s answers other than documented; it gave %s", e, shorten(output)).isEmpty();
    }

    /** What {@code jq -c FILTER} prints for {@code input}: the README's pipelines run through the real jq. */
    private static String jq(String filter, String input) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("jq"), "jq is not installed (apt-get install jq): this example pipes into it");
        Process p = new ProcessBuilder("jq", "-c", filter).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("jq %s exit code", filter).isZero();
        assertThat(out.lines().toList()).as("jq %s prints one value", filter).hasSize(1);
        return out;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String shorten(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
