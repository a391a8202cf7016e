package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.LiveApp;

import io.javalin.Javalin;

/** The search API on the real server (port 0) over a real index of the corpus, called over HTTP. */
class SearchApiTest {
    @TempDir
    static Path tmp;
    static LiveApp app;
    static Searchers searchers;
    static AppConfig config;
    static String base;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        app = LiveApp.start(tmp.resolve("index"));
        searchers = app.searchers();
        config = app.config();
        base = app.baseUrl();
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return app.get(pathAndQuery);
    }

    /** The flat search ({@code group=none}) unless the query asks for a grouping itself. */
    static JsonNode search(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/search?" + (query.contains("group=") ? query : query + "&group=none"));
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    static String q(String text) {
        return "q=" + LiveApp.enc(text);
    }

    static String enc(String text) {
        return LiveApp.enc(text);
    }

    static List<String> ids(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    static long count(JsonNode facetValues, String value) {
        for (JsonNode v : facetValues) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void theContractShapeAndTheRightSectionFirst() throws Exception {
        JsonNode body = search(q("污水处理费什么时候开始执行"));
        assertThat(body.fieldNames()).toIterable()
                .contains("query", "total", "exact", "page", "size", "tookMs", "hits", "facets", "answers");
        assertThat(body.get("query").asText()).isEqualTo("污水处理费什么时候开始执行");
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(10);
        assertThat(body.get("answers").isArray()).isTrue();
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "docId", "docTitle", "docNumber", "region", "issuer",
                "kind", "date", "type", "path", "heading", "snippet", "score");
        assertThat(hit.get("heading").asText()).contains("执行时间");
        assertThat(hit.get("docNumber").asText()).isEqualTo("渌发改发〔2024〕6号");
        assertThat(hit.get("region").asText()).isEqualTo("株洲市渌口区");
        assertThat(hit.get("date").asText()).isEqualTo("2024-03-18");
        assertThat(hit.get("path").isArray()).isTrue();
        assertThat(hit.get("score").isNumber()).isTrue();
        // The hit id is the one the section route serves.
        assertThat(get("/api/sections/" + hit.get("id").asText()).statusCode()).isEqualTo(200);
        assertThat(body.get("facets").fieldNames()).toIterable()
                .containsExactly("region", "issuer", "kind", "year", "type", "dept", "status");
    }

    @Test
    void groupedByDefaultOneDocumentPerGroupWithItsBestSectionsAndBothCounts() throws Exception {
        HttpResponse<String> r = get("/api/search?" + q("污水处理费"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("group").asText()).isEqualTo("document");
        assertThat(body.has("hits")).isFalse();
        JsonNode groups = body.get("groups");
        assertThat(groups.size()).isPositive();
        Set<String> docs = new TreeSet<>();
        long matched = 0;
        for (JsonNode g : groups) {
            assertThat(g.fieldNames()).toIterable().contains("docId", "title", "docNumber", "registrationNumber", "issuer",
                    "region", "kind", "date", "status", "matched", "more", "score", "sections");
            assertThat(docs.add(g.get("docId").asText())).as("one group per document").isTrue();
            assertThat(g.get("sections").size()).isBetween(1, 3);
            assertThat(g.get("more").asLong()).isEqualTo(g.get("matched").asLong() - g.get("sections").size());
            JsonNode s = g.get("sections").get(0);
            assertThat(s.fieldNames()).toIterable().contains("id", "type", "path", "heading", "snippet", "score");
            assertThat(get("/api/sections/" + s.get("id").asText()).statusCode()).isEqualTo(200);
            matched += g.get("matched").asLong();
        }
        // in rank order: each group's score is at most the one before
        for (int i = 1; i < groups.size(); i++) {
            assertThat(groups.get(i).get("score").asDouble()).isLessThanOrEqualTo(groups.get(i - 1).get("score").asDouble());
        }
        // the totals count both: every matching section belongs to one of the documents
        assertThat(body.get("documents").asLong()).isEqualTo(groups.size());
        assertThat(body.get("total").asLong()).isEqualTo(matched);
        JsonNode flat = search(q("污水处理费"));
        assertThat(flat.get("total").asLong()).isEqualTo(body.get("total").asLong());
        // facet values count documents too: a document once, however many of its sections have the value
        for (JsonNode v : body.get("facets").get("region")) {
            assertThat(v.get("documents").asLong()).isPositive().isLessThanOrEqualTo(v.get("count").asLong());
        }
        assertThat(flat.get("facets").get("region").get(0).has("documents")).isFalse();
        long statusDocuments = 0;
        for (JsonNode v : body.get("facets").get("status")) {
            statusDocuments += v.get("documents").asLong();
        }
        assertThat(statusDocuments).isEqualTo(body.get("documents").asLong());
    }

    @Test
    void groupedResultsPageByDocument() throws Exception {
        JsonNode first = search(q("碳达峰") + "&group=document&size=2");
        JsonNode second = search(q("碳达峰") + "&group=document&size=2&page=2");
        assertThat(first.get("groups").size()).isEqualTo(2);
        Set<String> one = new TreeSet<>(first.get("groups").findValuesAsText("docId"));
        assertThat(second.get("groups").findValuesAsText("docId")).noneMatch(one::contains);
        JsonNode past = search(q("碳达峰") + "&group=document&size=10&page=50");
        assertThat(past.get("groups")).isEmpty();
        assertThat(past.get("documents").asLong()).isEqualTo(first.get("documents").asLong());
        HttpResponse<String> bad = get("/api/search?q=x&group=section");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("group: must be document or none, was section");
    }

    @Test
    void anIdentifierAnswersWithItsDocumentAndOnlyThatDocumentFromItsOpening() throws Exception {
        for (String q : List.of("渌发改发[2024]6号", "渌发改发（2024）6号", "ZZLKDR-2024-02001")) {
            JsonNode body = search(q(q) + "&group=document");
            JsonNode answer = body.get("answers").get(0);
            assertThat(answer.get("type").asText()).isEqualTo("document");
            assertThat(answer.get("docNumber").asText()).isEqualTo("渌发改发〔2024〕6号");
            assertThat(body.get("groups")).hasSize(1);
            assertThat(body.get("groups").get(0).get("docId").asText()).isEqualTo(answer.get("docId").asText());
            // no loose matches of its digits, and its sections in the order they are printed
            JsonNode flat = search(q(q));
            assertThat(flat.get("hits")).allSatisfy(h -> assertThat(h.get("docNumber").asText()).isEqualTo("渌发改发〔2024〕6号"));
            assertThat(flat.get("total").asLong()).isEqualTo(answer.get("sectionCount").asLong());
            JsonNode doc = JSON.readTree(get("/api/documents/" + answer.get("docId").asText()).body());
            assertThat(flat.get("hits").get(0).get("id").asText()).isEqualTo(doc.get("sections").get(0).get("id").asText());
            assertThat(flat.get("hits").toString()).doesNotContain("<mark>2024</mark>").doesNotContain("<mark>6</mark>");
        }
        // a 文号 no document has is looked for as written: it is cited nowhere, so nothing
        assertThat(search(q("渌发改发〔2023〕9号")).get("total").asLong()).isZero();
    }

    @Test
    void wordsFoundOnlyAsScatteredCharactersFindNothing() throws Exception {
        assertThat(search(q("量子计算机")).get("total").asLong()).isZero();
        assertThat(search(q("量子计算机") + "&group=document").get("groups")).isEmpty();
    }

    @Test
    void aRegionFilterKeepsTheOtherRegionsCounted() throws Exception {
        JsonNode all = search(q("碳达峰"));
        JsonNode lukou = search(q("碳达峰") + "&region=" + enc("株洲市渌口区"));
        assertThat(lukou.get("hits")).allSatisfy(h -> assertThat(h.get("region").asText()).isEqualTo("株洲市渌口区"));
        assertThat(lukou.get("total").asLong()).isEqualTo(count(all.get("facets").get("region"), "株洲市渌口区"));
        // Drill sideways: the region dimension still counts every region for the same query.
        assertThat(lukou.get("facets").get("region")).isEqualTo(all.get("facets").get("region"));
        assertThat(lukou.get("facets").get("region").size()).isGreaterThanOrEqualTo(3);
        // The other dimensions count the filtered hits only.
        long typeTotal = 0;
        for (JsonNode v : lukou.get("facets").get("type")) {
            typeTotal += v.get("count").asLong();
        }
        assertThat(typeTotal).isEqualTo(lukou.get("total").asLong());

        JsonNode two = search(q("碳达峰") + "&region=" + enc("株洲市渌口区") + "&region=" + enc("怀化市鹤城区"));
        assertThat(two.get("total").asLong()).isEqualTo(count(all.get("facets").get("region"), "株洲市渌口区")
                + count(all.get("facets").get("region"), "怀化市鹤城区"));
    }

    @Test
    void aFilterValueNobodyHasFindsNothingButIsNoError() throws Exception {
        for (String filter : List.of("dept=" + enc("区不存在局"), "region=" + enc("北京市"), "year=1999")) {
            JsonNode body = search(q("碳达峰") + "&" + filter);
            assertThat(body.get("total").asLong()).as(filter).isZero();
            assertThat(body.get("hits")).isEmpty();
        }
    }

    @Test
    void anArticleOrMeetingNumberWithFacetFiltersIsCountedWithoutScores() throws Exception {
        // span queries (第一条, 第50次) in the counting pass, which runs without scores, under drill-sideways filters
        for (String query : List.of(q("第一条") + "&kind=" + enc("办法") + "&issuer=" + enc("区自然资源局"),
                q("第50次") + "&kind=" + enc("大事记") + "&from=2023-01-01", q("第二十条") + "&status=" + enc("已失效")
                        + "&kind=" + enc("办法"))) {
            JsonNode body = search(query);
            assertThat(body.get("exact").asBoolean()).as(query).isTrue();
            assertThat(body.get("total").asLong()).as(query).isGreaterThanOrEqualTo(body.get("hits").size());
        }
    }

    @Test
    void snippetsMarkTheMatchAndEscapeEverythingElse() throws Exception {
        JsonNode body = search(q("预征预储"));
        assertThat(body.get("hits").get(0).get("snippet").asText()).contains("<mark>预征预储</mark>");
        for (String attack : List.of("<script>alert(1)</script>", "<script>", "\"><img src=x onerror=alert(1)>")) {
            JsonNode r = search(q(attack + " 防汛"));
            assertThat(r.get("hits").size()).isPositive();
            r.get("hits").forEach(h -> {
                String snippet = h.get("snippet").asText();
                assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
            });
        }
        // Merged marks: a run of matched bigrams is one mark.
        assertThat(search(q("污水处理费")).toString()).doesNotContain("</mark><mark>");
    }

    @Test
    void pagesAreStableAndDoNotOverlap() throws Exception {
        List<String> top20 = ids(search(q("碳达峰") + "&size=20"));
        List<String> p1 = ids(search(q("碳达峰") + "&size=10&page=1"));
        List<String> p2 = ids(search(q("碳达峰") + "&size=10&page=2"));
        assertThat(p1).hasSize(10).doesNotContainAnyElementsOf(p2);
        List<String> joined = new ArrayList<>(p1);
        joined.addAll(p2);
        assertThat(joined).isEqualTo(top20);
        assertThat(ids(search(q("碳达峰") + "&size=10&page=2"))).isEqualTo(p2);
        JsonNode past = search(q("碳达峰") + "&size=10&page=999");
        assertThat(past.get("hits")).isEmpty();
        assertThat(past.get("total").asLong()).isPositive();
        assertThat(search(q("碳达峰") + "&size=100").get("hits").size()).isEqualTo(100);
    }

    @Test
    void anEmptyQueryWithFiltersBrowsesByDate() throws Exception {
        JsonNode body = search("q=&region=" + enc("怀化市鹤城区") + "&size=100");
        assertThat(body.get("sort").asText()).isEqualTo("date");
        List<String> dates = new ArrayList<>();
        body.get("hits").forEach(h -> dates.add(h.get("date").isNull() ? null : h.get("date").asText()));
        // Newest first (undated sections last); chronicle events carry their own dates, so June's come first.
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.<String>reverseOrder()));
        assertThat(dates.getFirst()).isEqualTo("2024-06-28");
        assertThat(body.get("hits")).allSatisfy(h -> assertThat(h.get("region").asText()).isEqualTo("怀化市鹤城区"));
        JsonNode march = search("from=2024-03-01&to=2024-03-31&size=100");
        assertThat(march.get("total").asLong()).isPositive();
        march.get("hits").forEach(h -> assertThat(h.get("date").asText()).startsWith("2024-03-"));
        JsonNode items = search(q("碳达峰") + "&type=item&from=2024-03-01&to=2024-03-31");
        assertThat(items.get("total").asLong()).isPositive();
        items.get("hits").forEach(h -> assertThat(h.get("type").asText()).isEqualTo("item"));
    }

    @Test
    void sortByDateKeepsScores() throws Exception {
        JsonNode body = search(q("防汛") + "&sort=date");
        assertThat(body.get("sort").asText()).isEqualTo("date");
        assertThat(body.get("hits").get(0).get("score").isNumber()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=abc|bad_request|size: must be a number from 1 to 100, was abc",
            "size=0|bad_request|size: must be a number from 1 to 100, was 0",
            "size=101|bad_request|size: must be a number from 1 to 100, was 101",
            "page=0|bad_request|page: must be a number from 1 to 1000, was 0",
            "page=abc|bad_request|page: must be a number from 1 to 1000, was abc",
            "page=99999999999|bad_request|page: must be a number from 1 to 1000, was 99999999999",
            "sort=best|bad_request|sort: must be relevance or date, was best",
            "from=2024-02-30|bad_request|from: must be a date YYYY-MM-DD, was 2024-02-30",
            "to=soon|bad_request|to: must be a date YYYY-MM-DD, was soon",
            "from=2024-06-01&to=2024-01-01|bad_request|from: must not be after to, was from=2024-06-01 to=2024-01-01"})
    void badParametersAre400SayingWhatIsWrong(String query, String code, String message) throws Exception {
        HttpResponse<String> r = get("/api/search?q=x&" + query);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void overlongAndOddQueriesNeverFail() throws Exception {
        HttpResponse<String> tooLong = get("/api/search?" + q("碳".repeat(501)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("error").get("code").asText()).isEqualTo("query_too_long");
        String paragraph = "第五条 下列军民通用物资装备免于征用：个人和家庭生活必需的物品；托儿所、幼儿园和孤儿院、养老院、残疾人康复机构、"
                + "救助站等社会福利机构保障儿童、老人、残疾人和救助对象生活必需的物品；法律、行政法规规定免于征用的其他军民通用物资装备。";
        for (String odd : List.of("\"试行二年", "\"\"", "什么？", "((())", "*", "第零条", "AND OR NOT", "\\",
                "污水费".repeat(166), "渌".repeat(500), paragraph.repeat(5).substring(0, 500))) {
            assertThat(get("/api/search?" + q(odd)).statusCode()).as(odd).isEqualTo(200);
        }
        assertThat(search(q("\"试行二年\"")).get("hits").get(0).get("snippet").asText()).contains("<mark>试行二年</mark>");
        // A pasted paragraph is searched by its beginning and finds where it comes from.
        assertThat(search(q(paragraph)).get("hits").get(0).get("heading").asText()).isEqualTo("第五条");
    }

    @Test
    void suggestionsCompleteFromInsideTitlesAndHeadings() throws Exception {
        HttpResponse<String> r = get("/api/suggest?" + q("碳达"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("query").asText()).isEqualTo("碳达");
        List<String> texts = body.get("suggestions").findValuesAsText("text");
        assertThat(texts).isNotEmpty().allMatch(t -> t.contains("碳达"));
        assertThat(texts).anyMatch(t -> !t.startsWith("碳达"));
        assertThat(body.get("suggestions").get(0).has("docId")).isTrue();
        assertThat(get("/api/suggest").statusCode()).isEqualTo(400);
        assertThat(get("/api/suggest?q=x&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesServed() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        // The routes Javalin registers for the application's route groups.
        Javalin app = Javalin.create(c -> {
            try {
                GazetteServer.standardGroups(config, searchers).forEach(g -> g.register(c.routes));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Set<String> served = app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .filter(s -> s.contains(" /api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
    }
}
