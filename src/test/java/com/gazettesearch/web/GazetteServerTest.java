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
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.IndexSummary;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.lookup.DocumentLookup;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.QuietConsole;

/** The real server on port 0 over a real index of the corpus, called over HTTP. */
class GazetteServerTest {
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
        Path index = tmp.resolve("index");
        summary = new Indexer().index(TestCorpus.CORPUS, index);
        searchers = Searchers.open(index);
        AppConfig config = AppConfig.defaults().withCorpusDir(TestCorpus.CORPUS).withIndexDir(index).withPort(0);
        // The application's route groups plus one whose handler fails, to see a real fault become a 500.
        DocumentLookup documents = new DocumentLookup(searchers);
        List<RouteGroup> groups = new ArrayList<>(List.of(new DocumentRoutes(documents), new PageRoutes(documents)));
        groups.add(routes -> routes.get("/api/test/fault", ctx -> {
            throw new IllegalStateException("injected fault");
        }));
        server = new GazetteServer(config, searchers, groups);
        base = "http://localhost:" + server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        searchers.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static void assertError(HttpResponse<String> r, int status, String code, String messagePart) throws IOException {
        assertThat(r.statusCode()).isEqualTo(status);
        JsonNode error = json(r).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).contains(messagePart);
        assertSecurityHeaders(r);
    }

    static void assertSecurityHeaders(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(GazetteServer.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void healthReportsTheIndexedCounts() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("documents").asInt()).isEqualTo(summary.documents()).isEqualTo(10);
        assertThat(body.get("sections").asInt()).isEqualTo(summary.sections());
        assertSecurityHeaders(r);
    }

    @Test
    void documentsAreListedWithMetadataInSourceOrder() throws Exception {
        JsonNode docs = json(get("/api/documents"));
        assertThat(docs.size()).isEqualTo(summary.documents());
        String previous = "";
        int previousOrder = -1;
        for (JsonNode d : docs) {
            assertThat(d.fieldNames()).toIterable().contains("id", "title", "docNumber", "registrationNumber",
                    "issuer", "region", "date", "kind", "gazetteIssue", "sourceFile", "sectionCount");
            assertThat(d.get("title").asText()).isNotBlank();
            if (!d.get("date").isNull()) {
                assertThat(d.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
            String source = d.get("sourceFile").asText();
            int order = d.get("orderInSource").asInt();
            assertThat(source.compareTo(previous) > 0 || source.equals(previous) && order > previousOrder).isTrue();
            previous = source;
            previousOrder = order;
        }
        assertThat(docs.findValuesAsText("sourceFile")).containsAll(List.of(
                "hecheng-gazette-2024-02.txt", "lukou-gazette-2024-01.txt", "shifeng-carbon-peak-plan-2024-1.txt",
                "shifeng-eco-civilization-plan-2024-7.txt", "xiangjiang-carbon-action-plan-2023-1.md"));
    }

    @Test
    void theFeeNoticeHasItsMetadataAndSectionsFromTheGazette() throws Exception {
        JsonNode docs = json(get("/api/documents"));
        JsonNode fee = null;
        for (JsonNode d : docs) {
            if ("渌发改发〔2024〕6号".equals(d.get("docNumber").asText(null))) {
                fee = d;
            }
        }
        assertThat(fee).isNotNull();
        assertThat(fee.get("title").asText()).isEqualTo("关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知");
        assertThat(fee.get("registrationNumber").asText()).isEqualTo("ZZLKDR-2024-02001");
        assertThat(fee.get("issuer").asText()).isEqualTo("株洲市渌口区发展和改革局");
        assertThat(fee.get("region").asText()).isEqualTo("株洲市渌口区");
        assertThat(fee.get("date").asText()).isEqualTo("2024-03-18");
        assertThat(fee.get("kind").asText()).isEqualTo("通知");
        assertThat(fee.get("gazetteIssue").asText()).isEqualTo("2024年第1期（总第1期）");
        assertThat(fee.get("sourceFile").asText()).isEqualTo("lukou-gazette-2024-01.txt");
        assertThat(fee.get("orderInSource").asInt()).isEqualTo(2);

        JsonNode sections = json(get("/api/documents/" + enc(fee.get("id").asText()))).get("sections");
        assertThat(sections.size()).isEqualTo(fee.get("sectionCount").asInt()).isEqualTo(8);
        JsonNode rural = sections.get(3);
        assertThat(rural.get("type").asText()).isEqualTo("item");
        assertThat(rural.get("path").get(0).asText()).isEqualTo("一、征收标准");
        assertThat(rural.get("text").asText()).contains("非居民用水为1.20元/立方米");

        JsonNode section = json(get("/api/sections/" + enc(rural.get("id").asText())));
        assertThat(section.get("docTitle").asText()).isEqualTo(fee.get("title").asText());
        assertThat(section.get("prev").asText()).isEqualTo(sections.get(2).get("id").asText());
        assertThat(section.get("next").asText()).isEqualTo(sections.get(4).get("id").asText());
    }

    @Test
    void unknownMetadataIsNull() throws Exception {
        for (JsonNode d : json(get("/api/documents"))) {
            if (d.get("kind").asText().equals("大事记")) {
                assertThat(d.get("docNumber").isNull()).isTrue();
                assertThat(d.get("registrationNumber").isNull()).isTrue();
            }
        }
    }

    @Test
    void aDocumentComesWithItsSectionsInOrder() throws Exception {
        JsonNode listed = json(get("/api/documents")).get(0);
        String id = listed.get("id").asText();

        HttpResponse<String> r = get("/api/documents/" + enc(id));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.get("id").asText()).isEqualTo(id);
        assertThat(doc.get("title").asText()).isEqualTo(listed.get("title").asText());
        JsonNode sections = doc.get("sections");
        assertThat(sections.size()).isEqualTo(listed.get("sectionCount").asInt()).isPositive();
        for (int i = 0; i < sections.size(); i++) {
            JsonNode s = sections.get(i);
            assertThat(s.fieldNames()).toIterable().contains("id", "path", "heading", "type", "text");
            assertThat(s.get("path").isArray()).isTrue();
            assertThat(s.get("order").asInt()).isEqualTo(i);
            assertThat(s.get("text").asText()).isNotEmpty();
        }
    }

    @Test
    void aSectionLinksToItsNeighbours() throws Exception {
        String docId = json(get("/api/documents")).get(0).get("id").asText();
        JsonNode sections = json(get("/api/documents/" + enc(docId))).get("sections");
        assertThat(sections.size()).isGreaterThanOrEqualTo(3);

        JsonNode first = json(get("/api/sections/" + enc(sections.get(0).get("id").asText())));
        assertThat(first.get("prev").isNull()).isTrue();
        assertThat(first.get("next").asText()).isEqualTo(sections.get(1).get("id").asText());
        assertThat(first.get("docId").asText()).isEqualTo(docId);
        assertThat(first.get("docTitle").asText()).isNotBlank();

        JsonNode middle = json(get("/api/sections/" + enc(sections.get(1).get("id").asText())));
        assertThat(middle.get("prev").asText()).isEqualTo(sections.get(0).get("id").asText());
        assertThat(middle.get("next").asText()).isEqualTo(sections.get(2).get("id").asText());
        assertThat(middle.get("text").asText()).isEqualTo(sections.get(1).get("text").asText());
        assertThat(middle.get("type").asText()).isEqualTo(sections.get(1).get("type").asText());

        JsonNode last = json(get("/api/sections/" + enc(sections.get(sections.size() - 1).get("id").asText())));
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void unknownIdsAndRoutesAre404Json() throws Exception {
        assertError(get("/api/documents/no-such-doc"), 404, "not_found", "no document with id no-such-doc");
        assertError(get("/api/sections/no-such-section"), 404, "not_found", "no section with id no-such-section");
        assertError(get("/api/nothing-here"), 404, "not_found", "/api/nothing-here");
        assertError(get("/no-such-page.html"), 404, "not_found", "/no-such-page.html");
    }

    @Test
    void malformedIdsAre400Json() throws Exception {
        assertError(get("/api/documents/%01bad"), 400, "bad_request", "id");
        assertError(get("/api/sections/" + "x".repeat(201)), 400, "bad_request", "id");
    }

    @Test
    void requestsJettyRejectsBeforeRoutingAreJsonErrorsToo() throws Exception {
        // Percent-garbage, bad UTF-8 and ambiguous or over-long paths never reach a route: the server itself
        // refuses them, and must still answer with the API's JSON error body, not an HTML page.
        for (String target : List.of("/api/documents/%zz", "/api/documents/%", "/api/documents/%FF%FE",
                "/../../etc/passwd", "/api/documents/" + "a".repeat(50_000))) {
            RawResponse r = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(target).isBetween(400, 499);
            assertThat(r.header("content-type")).as(target).startsWith("application/json");
            JsonNode error = JSON.readTree(r.body()).get("error");
            assertThat(error.get("code").asText()).as(target).isEqualTo(r.status() == 414 ? "uri_too_long" : "bad_request");
            assertThat(error.get("message").asText()).as(target).isNotBlank();
            assertThat(r.header("x-content-type-options")).as(target).isEqualTo("nosniff");
        }
    }

    @Test
    void anUnknownHttpVersionIsNotReportedAsAnInternalFault() throws Exception {
        RawResponse r = raw("GET /api/health HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).isEqualTo(505);
        assertThat(r.header("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("http_505");
    }

    /** A response read from a raw socket, for requests java.net.http refuses to send. */
    record RawResponse(int status, java.util.Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    static RawResponse raw(String request) throws IOException {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, split).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(split + 4));
        }
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() throws Exception {
        // HEAD must not claim 200 for what GET answers 404 or 400.
        HttpResponse<String> unknown = head("/api/documents/no-such-doc");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEmpty();
        assertThat(head("/api/documents/%01bad").statusCode()).isEqualTo(400);

        HttpResponse<String> health = head("/api/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(health.body()).isEmpty();
        assertSecurityHeaders(health);

        // Other methods on GET routes stay 404 JSON.
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(post, 404, "not_found", "POST /api/health");
    }

    static HttpResponse<String> head(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRealFaultIs500WithoutDetails(QuietConsole.CapturedOutput log) throws Exception {
        HttpResponse<String> r = get("/api/test/fault");
        assertError(r, 500, "internal", "internal error");
        assertThat(r.body()).doesNotContain("injected");
        // The details go to the log instead, with the request (captured here, not printed on a green run).
        assertThat(log.text()).contains("ERROR GazetteServer - internal error on GET /api/test/fault")
                .contains("java.lang.IllegalStateException: injected fault");
    }

    @Test
    void theSearchPageIsServedWithTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("公报检索");
        assertSecurityHeaders(r);

        HttpResponse<String> file = get("/css/app.css");
        assertThat(file.statusCode()).isEqualTo(200);
        assertSecurityHeaders(file);
    }

    private static String enc(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
