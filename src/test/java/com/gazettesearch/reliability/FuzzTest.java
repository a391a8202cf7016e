package com.gazettesearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.eval.Judgments;
import com.gazettesearch.testkit.LiveApp;

/**
 * The seeded fuzzer against the real server over the corpus, for {@code reliability.fuzz.seconds} (20 by default):
 * no 5xx, no answer over 2 s, no request left without an answer. {@code -Dreliability.seed=N} replays another
 * sequence; {@code gazette soak} runs the same fuzzer for minutes, next to load and re-indexing.
 */
@Tag("reliability")
class FuzzTest {
    static final long SEED = Long.getLong("reliability.seed", 20261201L);

    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesTheSameRequestsAndEveryRouteIsAimedAt() {
        List<ApiRoutes.Route> routes = ApiRoutes.load();
        assertThat(routes).extracting(ApiRoutes.Route::path).contains("/api/search", "/api/documents/{id}",
                "/api/fees/calculate", "/api/events");
        RawHttp nowhere = new RawHttp("127.0.0.1", 9);
        HttpFuzzer a = new HttpFuzzer(nowhere, routes, List.of("d-1"), List.of("碳达峰"), List.of("2024"), 5, Duration.ZERO,
                Duration.ZERO);
        HttpFuzzer b = new HttpFuzzer(nowhere, routes, List.of("d-1"), List.of("碳达峰"), List.of("2024"), 5, Duration.ZERO,
                Duration.ZERO);
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            byte[] request = a.next();
            assertThat(request).isEqualTo(b.next());
            String line = new String(request, java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
            paths.add(line.replaceAll("^\\S+ (/[^? ]*).*", "$1"));
        }
        for (ApiRoutes.Route route : routes) {
            String fixed = route.path().replace("{id}", "");
            assertThat(paths).as("aimed at " + route.path())
                    .anyMatch(p -> route.path().contains("{") ? p.startsWith(fixed) && p.length() > fixed.length() : p.equals(fixed));
        }
    }

    @Test
    void noRequestOfTheFuzzerIsAServerErrorOrSlow() throws IOException {
        try (LiveApp app = LiveApp.start(tmp.resolve("index"))) {
            RawHttp http = app.raw();
            List<String> words = Judgments.load().stream().map(Judgments.Judgment::query).toList();
            HttpFuzzer fuzzer = new HttpFuzzer(http, ApiRoutes.load(), ServedIds.fetch(http, 3), words,
                    ServedIds.facetValues(http), SEED, Duration.ofSeconds(2), Duration.ofSeconds(10));
            HttpFuzzer.Tally tally = new HttpFuzzer.Tally();
            long until = System.nanoTime() + Duration.ofSeconds(Long.getLong("reliability.fuzz.seconds", 20)).toNanos();
            fuzzer.run(() -> System.nanoTime() > until, tally);

            System.out.println("fuzzer: " + tally.sent() + " requests, seed " + SEED + ", answers " + tally.statuses());
            String found = "seed " + SEED + ", answers " + tally.statuses() + "; first failures:\n"
                    + String.join("\n", tally.examples());
            assertThat(tally.serverErrors()).as(found).isZero();
            assertThat(tally.slow()).as(found).isZero();
            assertThat(tally.noAnswer()).as(found).isZero();
            assertThat(tally.sent()).as("requests sent").isGreaterThan(200);
            // The fuzzer reaches real answers too, not only refusals.
            assertThat(tally.statuses()).contains("200 ×").contains("400 ×").contains("404 ×");
        }
    }
}
