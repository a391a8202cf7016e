package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.LiveApp;

/** /api/events, /api/projects and /api/indicators on the real server (port 0) over an index of the corpus. */
class ChronicleTableRoutesTest {
    @TempDir
    static Path tmp;

    static LiveApp app;
    static Searchers searchers;
    static String base;
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

    @Test
    void allTwentyFourEventsInDateOrderWithTheirSourceAndPeople() throws Exception {
        JsonNode r = ok("/api/events");
        assertThat(r.get("total").asInt()).isEqualTo(24);
        List<String> dates = texts(r.get("events"), "date");
        assertThat(dates).isSorted().hasSize(24);
        assertThat(dates.subList(0, 4)).containsExactly("2024-04-02", "2024-04-03", "2024-04-08", "2024-04-08");
        JsonNode first = r.get("events").get(0);
        assertThat(first.get("docTitle").asText()).isEqualTo("2024年4月区政府大事记");
        assertThat(first.get("region").asText()).isEqualTo("怀化市鹤城区");
        assertThat(first.get("endDate").isNull()).isTrue();
        assertThat(first.get("people").get(0).get("name").asText()).isEqualTo("郑明明");
        assertThat(first.get("people").get(0).get("title").asText()).isEqualTo("区委副书记、区长");
        assertThat(first.get("text").asText()).startsWith("4月2日");
        String sectionId = first.get("sectionId").asText();
        JsonNode section = ok("/api/sections/" + sectionId);
        assertThat(section.get("type").asText()).isEqualTo("event");
        assertThat(section.get("docId").asText()).isEqualTo(first.get("docId").asText());
        // the same day: 同日 follows its dated event in chronicle order
        assertThat(r.get("events").get(3).get("text").asText()).startsWith("同日");
    }

    @Test
    void datesFilterByOverlapAndPartsOfDayAreShown() throws Exception {
        JsonNode may = ok("/api/events?from=2024-05-01&to=2024-05-31");
        assertThat(may.get("total").asInt()).isEqualTo(8);
        assertThat(texts(may.get("events"), "partOfDay").subList(0, 3)).containsExactly("null", "上午", "下午");
        JsonNode trip = ok("/api/events?from=2024-04-26&to=2024-04-26");
        assertThat(trip.get("total").asInt()).isEqualTo(1);
        assertThat(trip.get("events").get(0).get("date").asText()).isEqualTo("2024-04-25");
        assertThat(trip.get("events").get(0).get("endDate").asText()).isEqualTo("2024-04-28");
        assertThat(ok("/api/events?from=2024-06-21").get("total").asInt()).isEqualTo(3);
        assertThat(ok("/api/events?to=2024-04-08").get("total").asInt()).isEqualTo(4);
    }

    @Test
    void textRegionAndPaging() throws Exception {
        JsonNode flood = ok("/api/events?q=" + enc("防汛"));
        assertThat(texts(flood.get("events"), "date"))
                .containsExactly("2024-04-03", "2024-04-17", "2024-06-18", "2024-06-18", "2024-06-24");
        assertThat(ok("/api/events?q=" + enc("防汛 唐成")).get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/events?region=" + enc("怀化市鹤城区")).get("total").asInt()).isEqualTo(24);
        assertThat(ok("/api/events?region=" + enc("株洲市石峰区")).get("total").asInt()).isZero();
        JsonNode page2 = ok("/api/events?size=10&page=2");
        assertThat(page2.get("total").asInt()).isEqualTo(24);
        assertThat(texts(page2.get("events"), "date").getFirst()).isEqualTo("2024-05-09");
        assertThat(ok("/api/events?size=10&page=4").get("events")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/events?from=2024-13-01|bad_request|from: must be a date YYYY-MM-DD, was 2024-13-01",
            "/api/events?to=yesterday|bad_request|to: must be a date YYYY-MM-DD, was yesterday",
            "/api/events?from=2024-06-01&to=2024-05-01|bad_request|from: must not be after to, was from=2024-06-01 to=2024-05-01",
            "/api/events?size=0|bad_request|size: must be a number from 1 to 1000, was 0",
            "/api/events?page=abc|bad_request|page: must be a number from 1 to 2147483647, was abc",
            "/api/projects?sort=name|bad_request|sort: must be table or investment, was name",
            "/api/projects?type=%E6%94%B9%E5%BB%BA|bad_request|type: must be one of 新建, 续建, was 改建",
            "/api/indicators?status=%E8%BE%BE%E6%A0%87|bad_request|status: must be one of 已达标, 未达标, was 达标",
            // A parameter that takes one value is refused when repeated (as on /api/search), never silently cut.
            "/api/events?from=2024-04-01&from=2024-06-01|bad_request|from: must be given once, was given 2 times",
            "/api/events?size=5&size=10|bad_request|size: must be given once, was given 2 times",
            "/api/projects?sort=table&sort=investment|bad_request|sort: must be given once, was given 2 times",
            "/api/indicators?status=a&status=b|bad_request|status: must be given once, was given 2 times"})
    void badParametersAre400SayingWhatIsWrong(String path, String code, String message) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void overlongTextIsTheSameErrorAsOnSearch() throws Exception {
        for (String param : List.of("q", "region")) {
            HttpResponse<String> r = get("/api/events?" + param + "=" + enc("防".repeat(501)));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("query_too_long");
        }
        assertThat(get("/api/projects?dept=" + enc("局".repeat(501))).statusCode()).isEqualTo(400);
    }

    @Test
    void searchDateFiltersAndYearFacetPlaceEventsByTheirOwnDate() throws Exception {
        JsonNode may = ok("/api/search?type=event&from=2024-05-01&to=2024-05-31&size=100&group=none");
        assertThat(may.get("total").asInt()).isEqualTo(8);
        assertThat(texts(may.get("hits"), "date")).allSatisfy(d -> assertThat(d).startsWith("2024-05-"));
        JsonNode sameDay = ok("/api/search?q=" + enc("依法治区") + "&from=2024-05-09&to=2024-05-09&group=none");
        assertThat(sameDay.get("total").asInt()).isEqualTo(1);
        assertThat(sameDay.get("hits").get(0).get("heading").asText()).isEqualTo("同日下午");
        JsonNode june = ok("/api/search?q=" + enc("防汛") + "&type=event&from=2024-06-01&group=none");
        assertThat(texts(june.get("hits"), "date")).containsExactlyInAnyOrder("2024-06-18", "2024-06-18", "2024-06-24");
    }

    @Test
    void projectsInTableOrderAddUpToTheTotal() throws Exception {
        JsonNode r = ok("/api/projects");
        assertThat(r.get("total").asInt()).isEqualTo(25);
        assertThat(r.get("totalInvestment").decimalValue()).isEqualByComparingTo("189310");
        JsonNode first = r.get("projects").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("category").asText()).isEqualTo("目标责任");
        assertThat(first.get("investment").isNull()).isTrue();
        assertThat(first.get("startYear").asInt()).isEqualTo(2024);
        assertThat(first.get("endYear").asInt()).isEqualTo(2030);
        JsonNode relocation = r.get("projects").get(5);
        assertThat(relocation.get("investment").decimalValue()).isEqualByComparingTo("10000");
        assertThat(relocation.get("investmentNote").asText()).isEqualTo("仅搬迁，不含建设");
    }

    @Test
    void projectsFilterAndSort() throws Exception {
        JsonNode byMoney = ok("/api/projects?sort=investment");
        List<String> numbers = texts(byMoney.get("projects"), "number");
        assertThat(numbers.subList(0, 3)).containsExactly("11", "6", "9");
        assertThat(numbers.subList(22, 25)).containsExactly("1", "2", "3");
        assertThat(ok("/api/projects?type=" + enc("新建")).get("total").asInt()).isEqualTo(7);
        JsonNode housing = ok("/api/projects?dept=" + enc("住建局"));
        assertThat(texts(housing.get("projects"), "number")).containsExactly("8", "9");
        assertThat(housing.get("totalInvestment").decimalValue()).isEqualByComparingTo("12700");
        // the full name finds the abbreviation the table prints (aliases.tsv: 区住建局 = 区住房和城乡建设局)
        assertThat(texts(ok("/api/projects?dept=" + enc("区住房和城乡建设局")).get("projects"), "number"))
                .containsExactly("8", "9");
        assertThat(texts(ok("/api/projects?dept=" + enc("区发展和改革局")).get("projects"), "number")).containsExactly("23");
        assertThat(texts(ok("/api/projects?dept=" + enc("区农业农村局")).get("projects"), "number"))
                .containsExactly("12", "17", "19", "20", "21", "23");
        assertThat(texts(ok("/api/projects?q=" + enc("节水")).get("projects"), "number")).containsExactly("18", "19");
        assertThat(ok("/api/projects?q=" + enc("节水") + "&type=" + enc("新建")).get("total").asInt()).isZero();
    }

    @Test
    void indicatorsByStatus() throws Exception {
        JsonNode all = ok("/api/indicators");
        assertThat(all.get("total").asInt()).isEqualTo(31);
        assertThat(all.get("indicators").get(0).get("name").asText()).isEqualTo("生态文明建设工作占党政实绩考核的比例");
        JsonNode failing = ok("/api/indicators?status=" + enc("未达标"));
        assertThat(failing.get("total").asInt()).isEqualTo(1);
        assertThat(failing.get("indicators").get(0).get("unit").asText()).isEqualTo("μg/m³");
        assertThat(ok("/api/indicators?status=" + enc("已达标")).get("total").asInt()).isEqualTo(28);
    }

    private static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return app.get(path);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).isNull() ? "null" : n.get(field).asText()));
        return out;
    }

    private static String enc(String s) {
        return LiveApp.enc(s);
    }
}
