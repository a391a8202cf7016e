package com.gazettesearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkTest {
    /** What wrk 4.2 prints for a run with the bench's script (its done() adds the partial answers). */
    private static final String OUTPUT = """
            Running 20s test @ http://127.0.0.1:41233
              2 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   150.12ms  160.40ms 890.30ms   85.00%
                Req/Sec    13.10      5.20    30.00     70.00%
              Latency Distribution
                 50%  138.59ms
                 75%  200.00ms
                 90%  400.00ms
                 99%  785.71ms
              518 requests in 20.08s, 9.50MB read
              Non-2xx or 3xx responses: 3
            Requests/sec:     25.80
            Transfer/sec:    484.00KB
            Partial answers: 12
            """;

    @Test
    void aRunIsReadWithItsPartialAnswers() throws IOException {
        Wrk.Result r = Wrk.parse(4, OUTPUT);
        assertThat(r.requests()).isEqualTo(518);
        assertThat(r.perSecond()).isEqualTo(25.80);
        assertThat(r.p50Ms()).isEqualTo(138.59);
        assertThat(r.p99Ms()).isEqualTo(785.71);
        assertThat(r.maxMs()).isEqualTo(890.30);
        assertThat(r.non2xx()).isEqualTo(3);
        assertThat(r.partial()).isEqualTo(12);
        assertThat(Wrk.parse(4, OUTPUT.replace("Partial answers: 12\n", "")).partial()).isZero();
    }

    @Test
    void theScriptCountsTheAnswersThatSayTheyArePartial(@TempDir Path dir) throws IOException {
        String lua = Files.readString(Wrk.script(List.of("/api/search?q=a"), dir.resolve("wrk.lua")));
        assertThat(lua).contains("\"/api/search?q=a\"").contains("function response(status, headers, body)")
                .contains("'\"partial\":true'").contains("Partial answers: ");
    }
}
