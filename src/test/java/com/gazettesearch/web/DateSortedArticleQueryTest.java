package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.testkit.LiveApp;

/**
 * An article-number query (its ranking holds span queries) sorted by date with a facet filter: the drill-sideways
 * pass collects without scores, and used to ask the span scorers for a score they were built without (a 500).
 */
class DateSortedArticleQueryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    @ParameterizedTest(name = "{0} sort=date {1}={2}")
    @CsvSource({
            "第二十条, region, 株洲市渌口区",
            "第20条, region, 株洲市渌口区",
            "第一条, region, 株洲市渌口区",
            "第二十条, issuer, 株洲市渌口区人民政府",
            "第二十条, kind, 办法",
            "第二十条, type, article",
            "第二十条, year, 2024",
            "第一条, region, 株洲市石峰区",
    })
    void answersWithTheSameHitsAsTheRelevanceOrder(String q, String dim, String value) throws Exception {
        String query = "/api/search?group=none&size=100&q=" + LiveApp.enc(q) + "&" + dim + "=" + LiveApp.enc(value);
        HttpResponse<String> byDate = app.get(query + "&sort=date");
        assertThat(byDate.statusCode()).as(byDate.body()).isEqualTo(200);
        HttpResponse<String> byRelevance = app.get(query);
        assertThat(byRelevance.statusCode()).as(byRelevance.body()).isEqualTo(200);

        JsonNode dated = JSON.readTree(byDate.body());
        JsonNode ranked = JSON.readTree(byRelevance.body());
        assertThat(ranked.get("total").asLong()).isPositive();
        assertThat(dated.get("total").asLong()).isEqualTo(ranked.get("total").asLong());
        assertThat(ids(dated)).containsExactlyInAnyOrderElementsOf(ids(ranked));
        assertThat(dated.get("facets")).isEqualTo(ranked.get("facets"));
        // The page is scored after collection, so date-sorted hits still carry their relevance.
        dated.get("hits").forEach(h -> assertThat(h.get("score").isNumber()).as(h.toString()).isTrue());

        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + query + "&sort=date"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }
}
