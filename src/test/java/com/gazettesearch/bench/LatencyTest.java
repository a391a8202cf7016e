package com.gazettesearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gazettesearch.search.SearchRequest;

/** The bench's timing summary and the slowest searches it names (what a p99 is made of). */
class LatencyTest {

    @Test
    void percentilesAndRateOfTheTimedSearches() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
        }
        Latency.Result r = Latency.summary(nanos, 2_000_000_000L);
        assertThat(r.searches()).isEqualTo(100);
        assertThat(r.p50Ms()).isEqualTo(50.0);
        assertThat(r.p99Ms()).isEqualTo(99.0);
        assertThat(r.maxMs()).isEqualTo(100.0);
        assertThat(r.qps()).isEqualTo(50.0);
    }

    @Test
    void theSlowestSearchesComeSlowestFirstByTheirFastestRound() {
        List<SearchRequest> searches = List.of(SearchRequest.of("污水处理费"), SearchRequest.of("生态文明"),
                SearchRequest.of("碳达峰"));
        List<Latency.Slow> slowest = Latency.slowest(searches, new long[] {5_000_000L, 250_000_000L, 40_000_000L});
        assertThat(slowest).extracting(s -> s.search().q()).containsExactly("生态文明", "碳达峰", "污水处理费");
        assertThat(slowest.getFirst().fastestMs()).isEqualTo(250.0);
    }

    @Test
    void atMostTheReportedNumberOfSlowSearches() {
        List<SearchRequest> searches = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> SearchRequest.of("q" + i)).toList();
        long[] nanos = java.util.stream.IntStream.range(0, 20).mapToLong(i -> i * 1_000_000L).toArray();
        assertThat(Latency.slowest(searches, nanos)).hasSize(Latency.SLOWEST)
                .first().extracting(s -> s.search().q()).isEqualTo("q19");
    }

    @Test
    void aSearchIsDescribedByWhatIsNotTheDefault() {
        assertThat(ScaleBench.describe(SearchRequest.of("污水处理费"))).isEqualTo("污水处理费");
        SearchRequest filtered = new SearchRequest("碳达峰", 3, 20, SearchRequest.Sort.DATE,
                Map.of("region", List.of("株洲市石峰区"), "kind", List.of("通知", "规划")), LocalDate.of(2024, 1, 1), null,
                SearchRequest.Group.NONE);
        assertThat(ScaleBench.describe(filtered))
                .isEqualTo("碳达峰 kind=通知,规划 region=株洲市石峰区 dates=2024-01-01.. sort=date size=20 page=3 group=none");
        assertThat(ScaleBench.describe(SearchRequest.of(""))).isEqualTo("(browse)");
    }
}
