package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.search.query.Synonyms;

/**
 * A search's time limit on a small real index: a search whose time is up answers with what it read (here nothing),
 * marked partial and not exact, on every path (one pass, two passes, drill-sideways, grouped, flat, by date), and a
 * search with time to spare is whole.
 */
class TimeLimitTest {
    @TempDir
    static Path dir;
    static Searchers searchers;
    static SearchService unlimited;
    /** A limit that is over before the first segment's turn: every search runs out of time. */
    static SearchService outOfTime;

    @BeforeAll
    static void index() throws IOException {
        searchers = MiniIndex.write(dir, MiniIndex.corpusSample());
        unlimited = new SearchService(searchers, Synonyms.fromClasspath("synonyms.txt"), new GazetteQueryBuilder(), List.of());
        outOfTime = unlimited.withTimeLimit(Duration.ofNanos(1));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters, SearchRequest.Sort sort,
                                         SearchRequest.Group group) {
        return new SearchRequest(q, 1, 10, sort, filters, null, null, group);
    }

    /** Every way a search collects: one pass, two passes, drill-sideways, the status filter, grouped, flat, by date. */
    private static final List<SearchRequest> EVERY_PATH = List.of(
            SearchRequest.of("污水处理费"),
            SearchRequest.flat("污水处理费"),
            // a facet filter counts through drill-sideways, whose scorer refuses to be scored in a time limit's windows
            request("污水处理费", Map.of("region", List.of("株洲市渌口区")), SearchRequest.Sort.RELEVANCE,
                    SearchRequest.Group.DOCUMENT),
            request("污水处理费", Map.of("status", List.of("未注明")), SearchRequest.Sort.RELEVANCE,
                    SearchRequest.Group.NONE),
            request("民兵", Map.of(), SearchRequest.Sort.DATE, SearchRequest.Group.DOCUMENT),
            request("", Map.of("region", List.of("株洲市渌口区")), SearchRequest.Sort.RELEVANCE,
                    SearchRequest.Group.DOCUMENT));

    @Test
    void aSearchWithTimeToSpareIsWhole() throws IOException {
        SearchService timeToSpare = unlimited.withTimeLimit(Duration.ofMinutes(1));
        for (SearchRequest r : EVERY_PATH) {
            SearchResponse whole = unlimited.search(r);
            SearchResponse limited = timeToSpare.search(r);
            assertThat(whole.total()).as("%s finds something", r).isPositive();
            assertThat(limited.partial()).as("%s", r).isFalse();
            assertThat(limited).as("%s", r).usingRecursiveComparison().ignoringFields("tookMs").isEqualTo(whole);
        }
        assertThat(unlimited.withTimeLimit(Duration.ZERO).search(SearchRequest.of("污水处理费")).partial()).isFalse();
    }

    @Test
    void aSearchOutOfTimeSaysItIsPartialOnEveryPath() throws IOException {
        for (SearchRequest r : EVERY_PATH) {
            SearchResponse whole = unlimited.search(r);
            SearchResponse partial = outOfTime.search(r);
            assertThat(partial.partial()).as("%s", r).isTrue();
            assertThat(partial.exact()).as("%s", r).isFalse();
            assertThat(partial.total()).as("%s reads no more than a whole search", r).isLessThanOrEqualTo(whole.total());
        }
    }

    @Test
    void aViewOutOfTimeReadsNoSegmentAndSaysSo() throws IOException {
        searchers.withSearcher(view -> {
            var late = view.until(System.nanoTime() - 1);
            var top = new org.apache.lucene.search.TopScoreDocCollectorManager(10, Integer.MAX_VALUE);
            assertThat(late.search(MatchAllDocsQuery.INSTANCE, top).scoreDocs).isEmpty();
            assertThat(late.timedOut()).isTrue();
            assertThat(late.unlimited()).isSameAs(view);
            assertThat(view.search(MatchAllDocsQuery.INSTANCE, top).scoreDocs).isNotEmpty();
            assertThat(view.timedOut()).isFalse();
            return null;
        });
    }

    /**
     * Time that runs out inside a multi-segment index: the segments after it are not read, yet every collector sees
     * each of them (empty), so Lucene's facet counts over what was read still read the index's ordinals, not the
     * first segment's as the index's.
     */
    @Test
    void timeThatRunsOutAfterTheFirstSegmentLeavesTheOthersEmptyNotMissing(@TempDir Path segmented) throws IOException {
        List<MiniIndex.Sec> sample = MiniIndex.corpusSample();
        try (Searchers several = MiniIndex.write(segmented, sample, 2)) {
            several.withSearcher(view -> {
                assertThat(view.getIndexReader().leaves()).hasSizeGreaterThan(2);
                org.apache.lucene.search.Query all = MatchAllDocsQuery.INSTANCE;
                MatchBits.Matches whole = view.search(all, new MatchBits());
                // two checks for the first segment (before it, and before its one window of documents), then time is up
                java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
                var late = view.until(() -> checks.incrementAndGet() > 2);
                MatchBits.Matches read = late.search(all, new MatchBits());
                assertThat(late.timedOut()).isTrue();
                assertThat(read.total()).isPositive().isLessThan(whole.total());
                assertThat(read.getMatchingDocs()).hasSameSizeAs(view.getIndexReader().leaves());
                var ordinals = view.get(SectionFacets.ORDINALS);
                var wholeRegions = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(ordinals, whole)
                        .getTopChildren(10, com.gazettesearch.schema.Schema.REGION);
                var readRegions = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(ordinals, read)
                        .getTopChildren(10, com.gazettesearch.schema.Schema.REGION);
                java.util.Map<String, Number> wholeCounts = new java.util.HashMap<>();
                for (var lv : wholeRegions.labelValues) {
                    wholeCounts.put(lv.label, lv.value);
                }
                for (var lv : readRegions.labelValues) {
                    assertThat(wholeCounts).as("a region the whole search counts").containsKey(lv.label);
                    assertThat(lv.value.longValue()).isLessThanOrEqualTo(wholeCounts.get(lv.label).longValue());
                }
                return null;
            });
        }
    }

    @Test
    void aRequestThatWaitedForItsTurnHasWhatIsLeftOfTheLimitButAlwaysAQuarter() throws IOException {
        long limit = Duration.ofMillis(700).toNanos();
        assertThat(SearchService.budgetAfter(limit, 0)).isEqualTo(limit);
        assertThat(SearchService.budgetAfter(limit, -5)).as("a clock read out of order").isEqualTo(limit);
        assertThat(SearchService.budgetAfter(limit, Duration.ofMillis(200).toNanos()))
                .isEqualTo(Duration.ofMillis(500).toNanos());
        assertThat(SearchService.budgetAfter(limit, Duration.ofSeconds(5).toNanos())).isEqualTo(limit / 4);
        assertThat(SearchService.budgetAfter(0, Duration.ofSeconds(5).toNanos())).as("no limit stays none").isZero();
        assertThat(SearchService.budgetAfter(3, Duration.ofSeconds(5).toNanos())).as("a limit stays one").isEqualTo(1);
        // a wait shortens the limit: a search with a minute's limit that waited it all has a quarter left
        assertThat(SearchService.budgetAfter(Duration.ofMinutes(1).toNanos(), Duration.ofMinutes(1).toNanos()))
                .isEqualTo(Duration.ofSeconds(15).toNanos());
        // a request that waited far longer than its limit still reads: a quarter of a minute is time to spare here
        SearchService minute = unlimited.withTimeLimit(Duration.ofMinutes(1));
        for (SearchRequest r : EVERY_PATH) {
            SearchResponse waited = minute.search(r, Duration.ofHours(1));
            assertThat(waited.partial()).as("%s", r).isFalse();
            assertThat(waited).as("%s", r).usingRecursiveComparison().ignoringFields("tookMs")
                    .isEqualTo(unlimited.search(r));
        }
        // and a limit that is out of time stays so after a wait
        for (Duration wait : new Duration[] {Duration.ZERO, Duration.ofHours(1)}) {
            assertThat(outOfTime.search(SearchRequest.of("污水处理费"), wait).partial()).as("waited %s", wait).isTrue();
        }
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> unlimited.withTimeLimit(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
