package com.gazettesearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class WrkTest {
    /** What wrk 4.2 prints for a run with the bench's script. */
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
            """;

    @Test
    void aRunIsReadFromWhatWrkPrints() throws IOException {
        Wrk.Result r = Wrk.parse(4, OUTPUT);
        assertThat(r.requests()).isEqualTo(518);
        assertThat(r.perSecond()).isEqualTo(25.80);
        assertThat(r.p50Ms()).isEqualTo(138.59);
        assertThat(r.p99Ms()).isEqualTo(785.71);
        assertThat(r.maxMs()).isEqualTo(890.30);
        assertThat(r.non2xx()).isEqualTo(3);
    }
}
