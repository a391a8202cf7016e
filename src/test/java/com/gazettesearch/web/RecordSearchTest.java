package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.LiveApp;

/** /api/search with the records: fee answers, the status facet and filter, the dept facet and filter. */
class RecordSearchTest {
    @TempDir
    static Path tmp;
    static LiveApp app;
    static Searchers searchers;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        app = LiveApp.start(tmp.resolve("index"));
        searchers = app.searchers();
        base = app.baseUrl();
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    static JsonNode search(String query, int status) throws IOException, InterruptedException {
        // the sections themselves (group=none): these tests read the hits
        HttpResponse<String> r = app.get("/api/search?" + query + "&group=none");
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return LiveApp.enc(s);
    }

    static Map<String, Long> facet(JsonNode body, String dim) {
        Map<String, Long> out = new LinkedHashMap<>();
        body.get("facets").get(dim).forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
        return out;
    }

    @Test
    void statusCountsOfAnUnfilteredSearchEqualTheTotalsOfFilteringByEachStatus() throws Exception {
        // Unfiltered, the counts come from the search's own pass; filtered, from the query for that status.
        for (String q : new String[] {"q=" + enc("碳达峰"), "q=" + enc("污水处理费"), ""}) {
            Map<String, Long> counts = facet(search(q, 200), "status");
            assertThat(counts).as(q).isNotEmpty();
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                String filtered = (q.isEmpty() ? "" : q + "&") + "status=" + enc(e.getKey());
                assertThat(search(filtered, 200).get("total").asLong()).as(filtered).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void aFeeQuestionIsAnsweredAheadOfTheHits() throws Exception {
        JsonNode body = search("q=" + enc("工业用水污水处理费"), 200);

        JsonNode answers = body.get("answers");
        assertThat(answers.size()).isEqualTo(1);
        JsonNode a = answers.get(0);
        assertThat(a.get("type").asText()).isEqualTo("fee");
        assertThat(a.get("text").asText()).isEqualTo("工业用水 1.20 元/立方米（原 0.73）");
        assertThat(a.get("waterClass").asText()).isEqualTo("工业用水");
        assertThat(a.get("area").asText()).isEqualTo("城区");
        assertThat(a.get("newPrice").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(a.get("oldPrice").decimalValue()).isEqualByComparingTo("0.73");
        assertThat(a.get("effectiveDate").asText()).isEqualTo("2024-05-01");
        assertThat(a.get("docNumber").asText()).isEqualTo("渌发改发〔2024〕6号");
        assertThat(body.get("hits").size()).isPositive();
    }

    @Test
    void theShortNameWithAnAreaGivesThatAreasFees() throws Exception {
        JsonNode answers = search("q=" + enc("污水费 农村"), 200).get("answers");

        assertThat(answers.findValuesAsText("text")).containsExactly(
                "居民生活用水 0.85 元/立方米", "非居民用水 1.20 元/立方米", "特种行业用水 1.70 元/立方米");
        assertThat(answers.findValuesAsText("area")).containsOnly("农村");
    }

    @Test
    void otherQueriesAndOtherRegionsGetNoFeeAnswer() throws Exception {
        assertThat(search("q=" + enc("碳达峰"), 200).get("answers")).isEmpty();
        assertThat(search("q=" + enc("污水处理费") + "&region=" + enc("怀化市鹤城区"), 200).get("answers")).isEmpty();
        assertThat(search("q=" + enc("污水处理费") + "&region=" + enc("株洲市渌口区"), 200).get("answers").size()).isEqualTo(8);
    }

    @Test
    void everyHitHasItsStatusAndTheStatusFacetCountsThem() throws Exception {
        JsonNode body = search("q=" + enc("碳达峰") + "&size=100", 200);

        Map<String, Long> status = facet(body, "status");
        assertThat(status.keySet()).contains("现行有效", "已失效", "未注明");
        assertThat(status.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(body.get("total").asLong());
        body.get("hits").forEach(h -> assertThat(h.get("status").asText()).isIn("现行有效", "已失效", "尚未生效", "未注明"));
        // the 湘江新区 three-year plan (2023-2025) has ended; the 石峰 carbon plan has no date to count from
        body.get("hits").forEach(h -> {
            if (h.get("docTitle").asText().contains("湘江新区")) {
                assertThat(h.get("status").asText()).isEqualTo("已失效");
            }
            if (h.get("docTitle").asText().equals("株洲市石峰区碳达峰实施方案")) {
                assertThat(h.get("status").asText()).isEqualTo("未注明");
            }
        });
    }

    @Test
    void theStatusFilterIsMultiSelect() throws Exception {
        JsonNode all = search("q=" + enc("碳达峰"), 200);
        JsonNode expired = search("q=" + enc("碳达峰") + "&status=" + enc("已失效") + "&size=100", 200);

        assertThat(expired.get("total").asLong()).isEqualTo(facet(all, "status").get("已失效")).isPositive();
        expired.get("hits").forEach(h -> assertThat(h.get("status").asText()).isEqualTo("已失效"));
        // drill sideways: the other statuses keep their counts
        assertThat(facet(expired, "status")).isEqualTo(facet(all, "status"));
        // and the other facets count only the filtered hits
        long regionTotal = facet(expired, "region").values().stream().mapToLong(Long::longValue).sum();
        assertThat(regionTotal).isEqualTo(expired.get("total").asLong());

        JsonNode either = search("q=" + enc("碳达峰") + "&status=" + enc("已失效") + "&status=" + enc("未注明"), 200);
        assertThat(either.get("total").asLong()).isEqualTo(facet(all, "status").get("已失效") + facet(all, "status").get("未注明"));
    }

    @Test
    void theMilitiaRulesAreExpired() throws Exception {
        JsonNode body = search("q=" + enc("民兵征用物资装备") + "&status=" + enc("已失效"), 200);
        assertThat(body.get("hits").findValuesAsText("docTitle")).contains("株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）");
        assertThat(search("q=" + enc("民兵征用物资装备") + "&status=" + enc("现行有效"), 200).get("hits").findValuesAsText("docTitle"))
                .doesNotContain("株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）");
    }

    @Test
    void anUnknownStatusIs400() throws Exception {
        JsonNode error = search("q=x&status=" + enc("有效"), 400).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).startsWith("status:").contains("现行有效");
    }

    @Test
    void theDeptFacetAndFilter() throws Exception {
        JsonNode all = search("q=" + enc("建筑节能") + "&region=" + enc("株洲市渌口区"), 200);
        Map<String, Long> dept = facet(all, "dept");
        assertThat(dept).containsKey("区住房和城乡建设局").doesNotContainKey("区住建局");

        JsonNode filtered = search("q=" + enc("建筑节能") + "&region=" + enc("株洲市渌口区") + "&dept="
                + enc("区住房和城乡建设局") + "&size=100", 200);
        assertThat(filtered.get("total").asLong()).isEqualTo(dept.get("区住房和城乡建设局")).isPositive();
        // drill sideways: other departments are still counted for the same query
        assertThat(facet(filtered, "dept")).isEqualTo(dept);
        for (JsonNode hit : filtered.get("hits")) {
            JsonNode section = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/sections/"
                    + enc(hit.get("id").asText()))).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(section.get("text").asText()).contains("区住建局");
        }
    }
}
