package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.testkit.LiveApp;

/**
 * The record routes over a real index of test texts from elsewhere (a water-and-sewage price notice with tiers, a gas
 * price hearing notice, a garbage fee notice, the 1949–1952 chronicle): the new fields — tier, proposed, reduction,
 * precision, dateText — reach the JSON, a class priced under two charges needs charge=, tiers are priced step by
 * step, and a proposed price is never a search answer.
 */
class TestTextRecordRoutesTest {
    @TempDir
    static Path tmp;

    static LiveApp app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String t : List.of("madeup/sangxi-county-water-and-sewage-price-notice-2024.txt",
                "madeup/lanping-county-gas-price-hearing-notice-2024.txt", "madeup/yucen-county-garbage-fee-notice-2023.txt",
                "real/prc-chronicle-1949-1952.txt")) {
            Path from = Path.of("src/test/resources/texts", t);
            Files.copy(from, corpus.resolve(from.getFileName()));
        }
        app = LiveApp.start(corpus, tmp.resolve("index"));
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    static JsonNode get(String pathAndQuery, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = app.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void feeItemsCarryTheirTierAndWhetherTheyAreOnlyProposed() throws Exception {
        JsonNode water = get("/api/fees?region=" + LiveApp.enc("桑溪县") + "&q=" + LiveApp.enc("水价"), 200);
        JsonNode first = water.path("items").get(0);
        assertThat(first.path("charge").asText()).isEqualTo("水价");
        assertThat(first.path("tier").path("label").asText()).isEqualTo("第1档");
        assertThat(first.path("tier").path("from").decimalValue()).isEqualByComparingTo("0");
        assertThat(first.path("tier").path("to").decimalValue()).isEqualByComparingTo("18");
        assertThat(first.path("proposed").asBoolean()).isFalse();

        JsonNode gas = get("/api/fees?region=" + LiveApp.enc("澜坪县"), 200);
        assertThat(gas.path("items")).hasSize(2).allSatisfy(i -> {
            assertThat(i.path("proposed").asBoolean()).isTrue();
            assertThat(i.path("effectiveDate").isNull()).isTrue();
            assertThat(i.path("text").asText()).endsWith("（拟）");
        });

        List<String> reductions = new ArrayList<>();
        get("/api/fees?region=" + LiveApp.enc("榆岑县"), 200).path("exemptions")
                .forEach(e -> reductions.add(e.path("reduction").asText()));
        assertThat(reductions).containsExactly("full", "half", "full");
    }

    @Test
    void theCalculatorAsksForTheChargeAndPricesTiersStepByStep() throws Exception {
        String base = "/api/fees/calculate?region=" + LiveApp.enc("桑溪县") + "&class=" + LiveApp.enc("居民生活用水")
                + "&volume=20";
        JsonNode missing = get(base, 400);
        assertThat(missing.path("error").path("message").asText()).contains("charge is required").contains("污水处理费");

        JsonNode tiered = get(base + "&charge=" + LiveApp.enc("水价"), 200);
        // 18 × 2.45 + 2 × 3.68
        assertThat(tiered.path("amount").decimalValue()).isEqualByComparingTo("51.46");
        assertThat(tiered.path("tiers")).hasSize(3);
        assertThat(tiered.path("steps").get(tiered.path("steps").size() - 1).asText())
                .isEqualTo("第1档 18 × 2.45 + 第2档 2 × 3.68 = 51.46 元");

        JsonNode sewage = get(base + "&charge=" + LiveApp.enc("污水处理费"), 200);
        assertThat(sewage.path("amount").decimalValue()).isEqualByComparingTo("21.00");
    }

    @Test
    void aProposedPriceIsNeverASearchAnswer() throws Exception {
        JsonNode r = get("/api/search?q=" + LiveApp.enc("管道天然气销售价格"), 200);
        assertThat(r.path("answers")).isEmpty();
        JsonNode water = get("/api/search?q=" + LiveApp.enc("非居民用水污水处理费"), 200);
        assertThat(water.path("answers").get(0).path("newPrice").decimalValue()).isEqualByComparingTo("1.40");
    }

    @Test
    void eventsDatedToAMonthOrAYearSaySoAndOverlapTheirWholePeriod() throws Exception {
        JsonNode october = get("/api/events?from=1950-10-05&to=1950-10-06", 200);
        assertThat(october.path("events")).singleElement().satisfies(e -> {
            assertThat(e.path("date").asText()).isEqualTo("1950-10-01");
            assertThat(e.path("precision").asText()).isEqualTo("month");
            assertThat(e.path("dateText").asText()).isEqualTo("10月上旬");
        });
        JsonNode late1952 = get("/api/events?from=1952-12-20&to=1952-12-31", 200);
        assertThat(late1952.path("events")).extracting(e -> e.path("dateText").asText())
                .containsExactly("年底", "本年");
        assertThat(get("/api/events?from=1951-01-01&to=1951-12-31", 200).path("total").asInt()).isEqualTo(7);
    }
}
