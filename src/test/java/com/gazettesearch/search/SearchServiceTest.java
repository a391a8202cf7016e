package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.search.query.Synonyms;

/** SearchService on a small real index: facets, filters, highlighting, paging, browsing. */
class SearchServiceTest {
    @TempDir
    static Path dir;
    static Searchers searchers;
    static SearchService service;

    @BeforeAll
    static void index() throws IOException {
        searchers = MiniIndex.write(dir, MiniIndex.corpusSample());
        service = new SearchService(searchers, Synonyms.fromClasspath("synonyms.txt"), new GazetteQueryBuilder(),
                List.of((view, q, r) -> q.contains("污水") ? List.of(Map.of("kind", "test")) : List.of()));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters) {
        return new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE, filters, null, null);
    }

    @Test
    void filteringARegionStillCountsTheOtherRegions() throws IOException {
        SearchResponse all = service.search(request("郑明明 民兵 污水处理费", Map.of()));
        SearchResponse lukou = service.search(request("郑明明 民兵 污水处理费", Map.of("region", List.of("株洲市渌口区"))));
        assertThat(lukou.hits()).allMatch(h -> "株洲市渌口区".equals(h.region()));
        assertThat(lukou.total()).isLessThan(all.total());
        // Drill sideways: the region counts are those of the query without the region filter.
        assertThat(lukou.facets().get("region")).isEqualTo(all.facets().get("region"));
        assertThat(lukou.facets().get("region")).extracting(SearchResponse.FacetValue::value)
                .contains("株洲市渌口区", "怀化市鹤城区");
        // Other dimensions count only the filtered hits.
        assertThat(lukou.facets().get("type")).containsExactly(new SearchResponse.FacetValue("body", lukou.total()));
        assertThat(lukou.facets()).containsKeys("region", "issuer", "kind", "year", "type", "dept");
    }

    @Test
    void repeatedValuesOfOneDimensionMeanEither() throws IOException {
        SearchResponse both = service.search(request("", Map.of("region", List.of("株洲市渌口区", "怀化市鹤城区"))));
        SearchResponse one = service.search(request("", Map.of("region", List.of("怀化市鹤城区"))));
        assertThat(both.total()).isEqualTo(MiniIndex.corpusSample().size());
        assertThat(one.total()).isEqualTo(2);
    }

    @Test
    void snippetsMarkMatchesAndEscapeTheRest() throws IOException {
        SearchResponse r = service.search(SearchRequest.flat("防汛备汛"));
        SearchResponse.Hit top = r.hits().get(0);
        assertThat(top.snippet()).contains("<mark>防汛备汛</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        SearchResponse script = service.search(SearchRequest.flat("<script>"));
        assertThat(script.hits()).allSatisfy(h -> assertThat(h.snippet()).doesNotContain("<script>"));
    }

    @Test
    void answersComeFromTheProviders() throws IOException {
        assertThat(service.search(SearchRequest.of("污水处理费")).answers()).containsExactly(Map.of("kind", "test"));
        assertThat(service.search(SearchRequest.of("民兵")).answers()).isEmpty();
    }

    @Test
    void pagesDoNotOverlapAndRepeatTheSameOrder() throws IOException {
        String q = "区";
        List<String> top = ids(service.search(request(q, Map.of()).withPage(1, 6)));
        List<String> p1 = ids(service.search(request(q, Map.of()).withPage(1, 3)));
        List<String> p2 = ids(service.search(request(q, Map.of()).withPage(2, 3)));
        assertThat(p1).doesNotContainAnyElementsOf(p2);
        assertThat(concat(p1, p2)).isEqualTo(top);
        assertThat(ids(service.search(request(q, Map.of()).withPage(1, 3)))).isEqualTo(p1);
        assertThat(service.search(request(q, Map.of()).withPage(50, 3)).hits()).isEmpty();
    }

    @Test
    void anEmptyQueryBrowsesByDateAndTheDateRangeFilters() throws IOException {
        SearchResponse browse = service.search(new SearchRequest("", 1, 10, SearchRequest.Sort.RELEVANCE,
                Map.of(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
        assertThat(browse.sort()).isEqualTo("date");
        assertThat(browse.hits()).extracting(SearchResponse.Hit::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browse.hits()).extracting(SearchResponse.Hit::date).allMatch(d -> d.compareTo("2024-03-01") >= 0);
        assertThat(browse.hits()).allMatch(h -> h.score() == null);
        assertThat(browse.total()).isEqualTo(5);
    }

    @Test
    void aQueryOfOnlyQuestionWordsFindsNothing() throws IOException {
        assertThat(service.search(SearchRequest.of("什么？")).total()).isZero();
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(SearchResponse.Hit::id).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
