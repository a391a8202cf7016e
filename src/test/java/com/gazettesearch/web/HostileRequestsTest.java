package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.reliability.RawHttp;
import com.gazettesearch.testkit.LiveApp;

/** Requests anyone can send: they get their 4xx, say what the README says, and leave no log line each. */
class HostileRequestsTest {
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

    @Test
    void anUnknownRouteAnswersWhatTheReadmeSays() throws IOException {
        RawHttp.Response nope = http.send("GET", "/nope", DEADLINE);
        assertThat(nope.status()).isEqualTo(404);
        String body = new ObjectMapper().readTree(nope.body()).toString();
        assertThat(body).isEqualTo("{\"error\":{\"code\":\"not_found\",\"message\":\"no route for GET /nope\"}}");
        assertThat(Files.readString(Path.of("README.md"))).contains(body);
        RawHttp.Response post = http.send("POST", "/api/health", DEADLINE);
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.bodyText()).contains("no route for POST /api/health");
    }

    /** Jetty answers these itself and used to log a WARN line for each: a log anyone could fill. */
    @Test
    void requestsJettyRefusesAreNotLoggedOneLineEach() throws IOException {
        byte[] twoHosts = "GET /api/health HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(http.send(twoHosts, DEADLINE).status()).isEqualTo(400);
        byte[] connect = http.request("CONNECT", "/api/health".getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(http.send(connect, DEADLINE).status()).isEqualTo(400);
        for (String logger : List.of("org.eclipse.jetty.http.HttpParser", "org.eclipse.jetty.util.HostPort")) {
            assertThat(LoggerFactory.getLogger(logger).isWarnEnabled()).as(logger + " logs at WARN").isFalse();
        }
    }
}
