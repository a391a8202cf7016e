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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.LiveApp;

/**
 * The fee, department and document-validity routes of the application's server (port 0) over a real index of
 * the corpus built by the application's indexer.
 */
class RecordRoutesTest {
    @TempDir
    static Path tmp;

    static LiveApp app;
    static IndexSummary summary;
    static Searchers searchers;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        app = LiveApp.start(tmp.resolve("index"));
        summary = app.summary();
        searchers = app.searchers();
        base = app.baseUrl();
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    static JsonNode getJson(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> r = app.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return LiveApp.enc(s);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return out;
    }

    @Test
    void theIndexHoldsTheFeeAndDepartmentRecords() {
        // 8 fee items + 2 exemptions + 36 + 37 + 43 + 25 department tasks
        // + 24 chronicle events, 25 plan projects and 31 plan indicators
        assertThat(summary.records()).isEqualTo(8 + 2 + 36 + 37 + 43 + 25 + 24 + 25 + 31);
    }

    @Test
    void feesListsTheItemsAndExemptionsOfTheNotice() throws Exception {
        JsonNode body = getJson("/api/fees", 200);

        JsonNode items = body.get("items");
        assertThat(texts(items, "text")).containsExactly(
                "居民生活用水 0.85 元/立方米（原 0.58）", "行政事业用水 1.20 元/立方米（原 0.66）",
                "工业用水 1.20 元/立方米（原 0.73）", "经营服务用水 1.20 元/立方米（原 0.88）", "特种用水 1.70 元/立方米（原 1.08）",
                "居民生活用水 0.85 元/立方米", "非居民用水 1.20 元/立方米", "特种行业用水 1.70 元/立方米");
        JsonNode industrial = items.get(2);
        assertThat(industrial.get("region").asText()).isEqualTo("株洲市渌口区");
        assertThat(industrial.get("charge").asText()).isEqualTo("污水处理费");
        assertThat(industrial.get("area").asText()).isEqualTo("城区");
        assertThat(industrial.get("waterClass").asText()).isEqualTo("工业用水");
        assertThat(industrial.get("oldPrice").decimalValue()).isEqualByComparingTo("0.73");
        assertThat(industrial.get("newPrice").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(industrial.get("unit").asText()).isEqualTo("元/立方米");
        assertThat(industrial.get("collection").asText()).isEqualTo("随水征收");
        assertThat(industrial.get("effectiveDate").asText()).isEqualTo("2024-05-01");
        assertThat(industrial.get("docNumber").asText()).isEqualTo("渌发改发〔2024〕6号");
        // the section id is one GET /api/sections/{id} knows
        JsonNode section = getJson("/api/sections/" + enc(industrial.get("sectionId").asText()), 200);
        assertThat(section.get("text").asText()).contains("工业用水由0.73元/立方米调整为1.20元/立方米");
        assertThat(items.get(5).get("oldPrice").isNull()).isTrue();

        assertThat(texts(body.get("exemptions"), "area")).containsExactly("城镇", "农村");
        assertThat(body.get("exemptions").get(0).get("freeVolume").decimalValue()).isEqualByComparingTo("6");
        assertThat(body.get("exemptions").get(0).get("who").asText()).isEqualTo("五保户、低保户等特困群体");
    }

    @Test
    void feesFilterByRegionAreaAndText() throws Exception {
        JsonNode rural = getJson("/api/fees?region=" + enc("株洲市渌口区") + "&area=" + enc("农村"), 200);
        assertThat(texts(rural.get("items"), "waterClass")).containsExactly("居民生活用水", "非居民用水", "特种行业用水");
        assertThat(texts(rural.get("exemptions"), "area")).containsExactly("农村");

        // 城区 payers get the 城镇 allowance, so it is listed with the 城区 items
        JsonNode urban = getJson("/api/fees?area=" + enc("城区"), 200);
        assertThat(urban.get("items").size()).isEqualTo(5);
        assertThat(texts(urban.get("exemptions"), "area")).containsExactly("城镇");

        JsonNode asked = getJson("/api/fees?q=" + enc("工业用水污水处理费"), 200);
        assertThat(texts(asked.get("items"), "text")).containsExactly("工业用水 1.20 元/立方米（原 0.73）");

        JsonNode words = getJson("/api/fees?q=" + enc("特种"), 200);
        assertThat(texts(words.get("items"), "waterClass")).containsExactly("特种用水", "特种行业用水");
        assertThat(words.get("exemptions")).isEmpty();

        JsonNode relief = getJson("/api/fees?q=" + enc("低保户"), 200);
        assertThat(relief.get("items")).isEmpty();
        assertThat(relief.get("exemptions").size()).isEqualTo(2);

        JsonNode elsewhere = getJson("/api/fees?region=" + enc("怀化市鹤城区"), 200);
        assertThat(elsewhere.get("items")).isEmpty();
        assertThat(elsewhere.get("exemptions")).isEmpty();
    }

    @Test
    void calculateShowsEachStep() throws Exception {
        JsonNode c = getJson("/api/fees/calculate?region=" + enc("株洲市渌口区") + "&area=" + enc("城区") + "&class="
                + enc("居民生活用水") + "&volume=10&exempt=true", 200);

        assertThat(c.get("amount").decimalValue()).isEqualByComparingTo("3.40");
        assertThat(c.get("unit").asText()).isEqualTo("元");
        List<String> steps = new ArrayList<>();
        c.get("steps").forEach(s -> steps.add(s.asText()));
        assertThat(steps.getLast()).isEqualTo("(10 − 6) × 0.85 = 3.40 元");
        assertThat(c.get("item").get("waterClass").asText()).isEqualTo("居民生活用水");
        assertThat(c.get("item").get("text").asText()).isEqualTo("居民生活用水 0.85 元/立方米（原 0.58）");
        assertThat(c.get("exemption").get("area").asText()).isEqualTo("城镇");

        JsonNode plain = getJson("/api/fees/calculate?area=" + enc("农村") + "&class=" + enc("特种行业用水") + "&volume=2.5", 200);
        assertThat(plain.get("amount").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(plain.get("exemption").isNull()).isTrue();
    }

    @Test
    void theAmountIsWrittenWithTwoDecimals() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/fees/calculate?area="
                + enc("城区") + "&class=" + enc("居民生活用水") + "&volume=10&exempt=true")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).startsWith("{\"amount\":3.40,\"unit\":\"元\",\"steps\":[");
    }

    @Test
    void calculateRejectsBadInputWith400() throws Exception {
        String ok = "&region=" + enc("株洲市渌口区") + "&area=" + enc("城区");
        assertBadRequest("/api/fees/calculate?class=" + enc("游泳池用水") + "&volume=10" + ok, "居民生活用水");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + "&volume=10&region=" + enc("株洲市渌口区")
                + "&area=" + enc("郊区"), "农村");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + ok, "volume");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + "&volume=ten" + ok, "volume");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + "&volume=-3" + ok, "volume");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + "&volume=1e12" + ok, "volume");
        assertBadRequest("/api/fees/calculate?volume=10" + ok, "class");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + "&volume=10&exempt=yes" + ok, "exempt");
        assertBadRequest("/api/fees/calculate?class=" + enc("工业用水") + "&volume=10&exempt=true" + ok, "工业用水");
        assertBadRequest("/api/fees/calculate?class=" + enc("居民生活用水") + "&volume=10&region=" + enc("某县"), "株洲市渌口区");
    }

    @Test
    void calculateRejectsVolumesNoMeterReadsAndRepeatedParameters() throws Exception {
        String ok = "&region=" + enc("株洲市渌口区") + "&area=" + enc("城区") + "&class=" + enc("居民生活用水");
        // A tiny exponent used to be written out in full (a billion zeros): a 500 after seconds.
        long start = System.nanoTime();
        assertBadRequest("/api/fees/calculate?volume=1e-999999999" + ok, "volume");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertBadRequest("/api/fees/calculate?volume=0.0001" + ok, "3 decimal places");
        assertBadRequest("/api/fees/calculate?volume=10&volume=20" + ok, "volume: must be given once");
        assertBadRequest("/api/fees/calculate?volume=10&exempt=true&exempt=false" + ok, "exempt: must be given once");
        assertThat(getJson("/api/fees/calculate?volume=1E1&exempt=true" + ok, 200).get("amount").decimalValue())
                .isEqualByComparingTo("3.40");
        assertThat(getJson("/api/fees/calculate?volume=10.125" + ok, 200).get("amount").decimalValue())
                .isEqualByComparingTo("8.61");
    }

    @Test
    void singleValueParametersAreRefusedWhenRepeated() throws Exception {
        assertBadRequest("/api/fees?area=" + enc("城区") + "&area=" + enc("农村"), "area: must be given once, was given 2 times");
        assertBadRequest("/api/departments?region=a&region=b", "region: must be given once, was given 2 times");
        assertBadRequest("/api/suggest?q=" + enc("碳") + "&limit=3&limit=4", "limit: must be given once, was given 2 times");
    }

    private static void assertBadRequest(String path, String messagePart) throws Exception {
        JsonNode error = getJson(path, 400).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).contains(messagePart);
    }

    @Test
    void departmentsWithTaskCounts() throws Exception {
        JsonNode lukou = getJson("/api/departments?region=" + enc("株洲市渌口区"), 200);

        JsonNode top = lukou.get(0);
        assertThat(top.get("name").asText()).isEqualTo("区发展和改革局");
        assertThat(top.get("region").asText()).isEqualTo("株洲市渌口区");
        assertThat(top.get("lead").asInt()).isEqualTo(12);
        assertThat(top.get("participating").asInt()).isEqualTo(19);
        assertThat(texts(lukou, "name")).contains("区科技和工业信息化局", "各镇", "区文化旅游广电体育局")
                .doesNotContain("区发改局", "区科工信局");
        int previous = Integer.MAX_VALUE;
        for (JsonNode d : lukou) {
            assertThat(d.get("region").asText()).isEqualTo("株洲市渌口区");
            int total = d.get("lead").asInt() + d.get("participating").asInt();
            assertThat(total).isLessThanOrEqualTo(previous);
            previous = total;
        }

        JsonNode all = getJson("/api/departments", 200);
        assertThat(texts(all, "region")).contains("株洲市石峰区", "株洲市渌口区", "怀化市鹤城区");
        // 鹤城 prints 区发展和改革局 22 times and 区发展和改革委员会 11 times: one department
        JsonNode hecheng = getJson("/api/departments?region=" + enc("怀化市鹤城区"), 200);
        assertThat(texts(hecheng, "name")).doesNotContain("区发展和改革委员会", "建设局");
        assertThat(getJson("/api/departments?region=" + enc("某县"), 200)).isEmpty();
    }

    @Test
    void documentsCarryTheirValidityAndTodaysStatus() throws Exception {
        JsonNode docs = getJson("/api/documents", 200);
        JsonNode militia = null;
        for (JsonNode d : docs) {
            assertThat(d.get("status").asText()).isIn("现行有效", "已失效", "尚未生效", "未注明");
            if ("渌政发〔2024〕1号".equals(d.get("docNumber").asText(null))) {
                militia = d;
            }
        }
        assertThat(militia).isNotNull();
        assertThat(militia.get("validFrom").asText()).isEqualTo("2024-01-29");
        assertThat(militia.get("validTo").asText()).isEqualTo("2026-01-28");
        assertThat(militia.get("validityBasis").asText()).isEqualTo("自发布之日起开始执行；试行二年");
        // its trial ended on 2026-01-28, before any day this test can run
        assertThat(militia.get("status").asText()).isEqualTo("已失效");

        JsonNode one = getJson("/api/documents/" + enc(militia.get("id").asText()), 200);
        assertThat(one.get("status").asText()).isEqualTo("已失效");
        assertThat(one.get("validTo").asText()).isEqualTo("2026-01-28");
    }
}
