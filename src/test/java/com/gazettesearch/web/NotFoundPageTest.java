package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.reliability.RawHttp;
import com.gazettesearch.testkit.LiveApp;

/**
 * What a path that leads nowhere answers: a browser asking for a page gets the site's 404 page (status 404,
 * HTML in the layout, with a search box), the reader of a document that does not exist answers 404; the API and
 * every non-browser client get the JSON error. JSON
 * always says its charset.
 */
class NotFoundPageTest {
    @TempDir
    static Path tmp;

    static LiveApp app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        app = LiveApp.start(tmp.resolve("index"));
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void aBrowserGetsThe404PageInTheSiteLayout() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String path : new String[] {"/nonexistent", "/doc", "/fees/old", "/index.php?id=1"}) {
            HttpResponse<String> r = get(path, browser);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(contentType(r)).as(path).startsWith("text/html").containsIgnoringCase("charset=utf-8");
            assertThat(r.body()).as(path).contains("<title>找不到页面 - 公报检索</title>")
                    .contains("class=\"site-header\"").contains("id=\"not-found-q\"").contains("href=\"/browse\"");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(GazetteServer.CSP);
        }
    }

    @Test
    void theReaderOfAnUnknownDocumentAnswers404AndAKnownOne200() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> unknown = get("/doc/no-such-document", browser);
        assertThat(unknown.statusCode()).isEqualTo(404);
        // still the reader page: its script asks the API and draws 没有找到这份文件 with a search box and a way back
        assertThat(unknown.body()).contains("/js/reader.js").contains("<title>阅读 - 公报检索</title>");
        String known = JSON.readTree(get("/api/documents", "application/json").body()).get(0).get("id").asText();
        HttpResponse<String> found = get("/doc/" + known, browser);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(unknown.body());
    }

    @Test
    void aBrowserWhoseAddressCannotBeReadGetsThe400PageAndTheApiItsJsonError() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        URI base = URI.create(app.baseUrl());
        // malformed escapes: java.net.URI refuses them, so the request is written by hand
        RawHttp raw = new RawHttp(base.getHost(), base.getPort());
        for (String path : new String[] {"/?q=%zz", "/fees?x=%E0%A4", "/?q=%u4e2d"}) {
            RawHttp.Response r = raw.send(raw.request("GET", path.getBytes(StandardCharsets.UTF_8),
                    List.of("Accept: " + browser)), Duration.ofSeconds(10));
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.header("Content-Type")).as(path).hasValueSatisfying(t ->
                    assertThat(t).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
            assertThat(r.bodyText()).as(path).contains("<title>请求有误 - 公报检索</title>")
                    .contains("/js/bad-request.js").contains("id=\"not-found-q\"");
            assertThat(r.header("Content-Security-Policy")).as(path).hasValue(GazetteServer.CSP);
        }
        RawHttp.Response api = raw.send(raw.request("GET", "/api/search?q=%zz".getBytes(StandardCharsets.UTF_8),
                List.of("Accept: " + browser)), Duration.ofSeconds(10));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.bodyText()).startsWith("{\"error\":{\"code\":\"bad_request\"").contains("q:");
    }

    @Test
    void theApiAndOtherClientsKeepTheJsonError() throws Exception {
        for (String[] request : new String[][] {{"/api/nonexistent", "text/html"}, {"/nonexistent", "*/*"},
                {"/nonexistent", "application/json"}, {"/api/documents/nope", "text/html"}}) {
            HttpResponse<String> r = get(request[0], request[1]);
            assertThat(r.statusCode()).as(request[0]).isEqualTo(404);
            assertThat(contentType(r)).as(request[0]).startsWith("application/json").containsIgnoringCase("charset=utf-8");
            assertThat(r.body()).as(request[0]).startsWith("{\"error\":{\"code\":\"not_found\"");
        }
    }

    @Test
    void jsonSaysItsCharset() throws Exception {
        for (String path : new String[] {"/api/health", "/api/search?q=x", "/api/search?size=abc", "/api/fees"}) {
            assertThat(contentType(get(path, "application/json"))).as(path).containsIgnoringCase("charset=utf-8");
        }
    }
}
