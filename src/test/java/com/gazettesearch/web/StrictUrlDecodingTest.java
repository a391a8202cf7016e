package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.reliability.RawHttp;
import com.gazettesearch.testkit.LiveApp;

/**
 * A path or query string that does not percent-decode to UTF-8 is a 400 naming what is wrong, on every route. It
 * used to be a 500 in a path ({@code %u4e2d}) and, in a query, the parameter silently vanished: the answer was a
 * 200 for a different question (a fee without the exemption, a search without its region filter).
 */
class StrictUrlDecodingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;
    static LiveApp app;
    static RawHttp http;

    @BeforeAll
    static void start() throws IOException {
        app = LiveApp.start(tmp.resolve("index"));
        http = app.raw();
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    private static JsonNode badRequest(String method, String target) throws IOException {
        RawHttp.Response r = http.send(method, target, DEADLINE);
        assertThat(r.status()).as(method + " " + target + " → " + r.bodyText()).isEqualTo(400);
        if (method.equals("HEAD")) {
            return null;
        }
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        return error;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/%u4e2d", "/api/sections/%u4e2d", "/doc/%u4e2d", "/api/documents/%u4e2d/x"})
    void aUtf16EscapeInThePathIsA400(String path) throws IOException {
        assertThat(badRequest("GET", path).get("message").asText()).startsWith("path:");
        badRequest("HEAD", path);
    }

    /** Jetty refuses these before any route runs; its answer is the same JSON error. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/%", "/doc/a%2", "/api/sections/%zz", "/doc/%E0%A4"})
    void otherBrokenEscapesInThePathAreA400Too(String path) throws IOException {
        assertThat(badRequest("GET", path).get("message").asText()).isNotBlank();
        badRequest("HEAD", path);
    }

    @ParameterizedTest(name = "{0} → names {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/fees/calculate?region=株洲市渌口区&area=城区&class=居民生活用水&volume=10&exempt=true%zz | exempt",
            "/api/search?q=碳达峰&region=株洲市渌口区%zz | region",
            "/api/search?from=2024-01-01&to=2023-01-01%zz | to",
            "/api/search?q=abc%zz | q",
            "/api/search?q=碳&q=%u4e2d | q",
            "/api/search?q=%E0%A4 | q",
            "/api/search?q=%C0%AF | q",
            "/api/search?q=%ED%A0%80 | q",
            "/api/search?q=%F4%90%80%80 | q",
            "/api/search?q=abc%2 | q",
            "/api/search?q=abc% | q",
            "/api/suggest?q=碳&limit=%FF | limit",
            "/api/search?q%zz=1 | q%zz",
            "/api/search?%FF=1 | %FF",
    })
    void anUndecodableParameterIsA400NamingIt(String target, String name) throws IOException {
        String message = badRequest("GET", target).get("message").asText();
        assertThat(message).startsWith(name + ":");
        badRequest("HEAD", target);
    }

    /** Raw bytes that are not UTF-8 (a client that does not percent-encode): Jetty hands them on as U+FFFD. */
    @Test
    void rawBytesThatAreNotUtf8AreA400Too() throws IOException {
        byte[] query = http.request("GET", new byte[] {'/', 'a', 'p', 'i', '/', 's', 'e', 'a', 'r', 'c', 'h', '?', 'q', '=',
                (byte) 0xFF, (byte) 0xFE}, List.of());
        RawHttp.Response r = http.send(query, DEADLINE);
        assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").get("message").asText()).startsWith("q:");
        byte[] path = http.request("GET", new byte[] {'/', 'd', 'o', 'c', '/', (byte) 0xC0, (byte) 0xAF}, List.of());
        assertThat(http.send(path, DEADLINE).status()).isEqualTo(400);
        // Raw UTF-8 is accepted as what it says.
        RawHttp.Response utf8 = http.send("GET", "/api/search?size=1&q=碳达峰", DEADLINE);
        assertThat(utf8.status()).isEqualTo(200);
        assertThat(JSON.readTree(utf8.body()).get("query").asText()).isEqualTo("碳达峰");
    }

    /** Every route the API documents, and every page, checks its query string the same way. */
    @Test
    void everyRouteRefusesAnUndecodableParameter() throws IOException {
        List<String> routes = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SearchRoutes.OPENAPI_RESOURCE)) {
            JSON.readTree(in).get("paths").fieldNames().forEachRemaining(p -> routes.add(p.replace("{id}", "x")));
        }
        routes.addAll(List.of("/", "/doc/x", "/fees", "/events", "/browse", "/js/common.js", "/no-such-route"));
        assertThat(routes).hasSizeGreaterThan(15);
        for (String route : routes) {
            assertThat(badRequest("GET", route + "?x=%zz").get("message").asText()).as(route).startsWith("x:");
        }
    }

    @Test
    void wellFormedEscapesStillMeanWhatTheySay() throws IOException {
        RawHttp.Response plus = http.send("GET", "/api/search?q=%E7%A2%B3%E8%BE%BE%E5%B3%B0+%E6%96%B9%E6%A1%88&size=1",
                DEADLINE);
        assertThat(plus.status()).as(plus.bodyText()).isEqualTo(200);
        assertThat(JSON.readTree(plus.body()).get("query").asText()).isEqualTo("碳达峰 方案");
        RawHttp.Response raw = http.send("GET", "/api/search?q=碳达峰&size=1&&region=", DEADLINE);
        assertThat(raw.status()).as(raw.bodyText()).isEqualTo(200);
        RawHttp.Response percent = http.send("GET", "/api/suggest?q=%25", DEADLINE);
        assertThat(percent.status()).as(percent.bodyText()).isEqualTo(200);
        assertThat(JSON.readTree(percent.body()).get("query").asText()).isEqualTo("%");
    }
}
