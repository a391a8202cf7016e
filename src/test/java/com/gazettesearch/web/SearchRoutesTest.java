package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.Searchers;
import com.gazettesearch.search.Suggester;
import com.gazettesearch.search.Synonyms;
import com.gazettesearch.search.TestIndexes;

import io.javalin.Javalin;

/** The search routes on a real Javalin server on port 0 over a small real index. */
class SearchRoutesTest {
    @TempDir
    static Path dir;
    static Searchers searchers;
    static Suggester suggester;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        searchers = TestIndexes.sample(dir);
        suggester = new Suggester(searchers);
        SearchRoutes routes = new SearchRoutes(new SearchService(searchers, Synonyms.fromClasspath("synonyms.txt")), suggester);
        app = Javalin.create(cfg -> routes.register(cfg.routes)).start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        suggester.close();
        searchers.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersWithTheContractShape() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("污水处理费什么时候开始执行"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.fieldNames()).toIterable()
                .contains("query", "total", "page", "size", "tookMs", "hits", "facets", "answers");
        assertThat(body.get("query").asText()).isEqualTo("污水处理费什么时候开始执行");
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "docId", "docTitle", "docNumber", "region", "issuer",
                "kind", "date", "type", "path", "heading", "snippet", "score");
        assertThat(hit.get("heading").asText()).isEqualTo("五、执行时间");
        assertThat(hit.get("path").isArray()).isTrue();
        assertThat(body.get("facets").fieldNames()).toIterable()
                .containsExactly("region", "issuer", "kind", "year", "type", "dept");
        assertThat(body.get("facets").get("region").get(0).fieldNames()).toIterable().containsExactly("value", "count");
    }

    @Test
    void scriptQueriesComeBackEscaped() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("<script>alert(1)</script> 防汛"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode hits = json.readTree(r.body()).get("hits");
        assertThat(hits.size()).isPositive();
        for (JsonNode h : hits) {
            assertThat(h.get("snippet").asText()).doesNotContain("<script>").doesNotContain("</script>");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=abc|size: must be a number from 1 to 100, was abc",
            "size=0|size: must be a number from 1 to 100, was 0",
            "size=101|size: must be a number from 1 to 100, was 101",
            "page=0|page: must be a number from 1 to 1000, was 0",
            "page=abc|page: must be a number from 1 to 1000, was abc",
            "page=99999999999|page: must be a number from 1 to 1000, was 99999999999",
            "sort=best|sort: must be relevance or date, was best",
            "from=2024-02-30|from: must be a date YYYY-MM-DD, was 2024-02-30",
            "from=2024-06-01&to=2024-01-01|from: must not be after to, was from=2024-06-01 to=2024-01-01"})
    void badParametersAre400WithAMessage(String query, String message) throws Exception {
        HttpResponse<String> r = get("/api/search?q=x&" + query);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void overlongQueryIs400() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("碳".repeat(501)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("error").get("code").asText()).isEqualTo("query_too_long");
    }

    @Test
    void unbalancedQuotesJustWork() throws Exception {
        assertThat(get("/api/search?q=" + enc("\"预征预储")).statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(get("/api/search?q=" + enc("\"预征预储\"")).body());
        assertThat(body.get("hits").get(0).get("snippet").asText()).contains("<mark>预征预储</mark>");
    }

    @Test
    void suggestCompletesFromInsideTitlesAndHeadings() throws Exception {
        HttpResponse<String> r = get("/api/suggest?q=" + enc("污水处理"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("query").asText()).isEqualTo("污水处理");
        List<String> texts = body.get("suggestions").findValuesAsText("text");
        assertThat(texts).anyMatch(t -> t.contains("污水处理费") && !t.startsWith("污水"));
        assertThat(get("/api/suggest").statusCode()).isEqualTo(400);
        assertThat(get("/api/suggest?q=x&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void openApiIsJson() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/search")).isTrue();
    }
}
