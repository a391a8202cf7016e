package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.search.SearchRequest;

class SearchRequestTest {

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    @Test
    void defaults() {
        SearchRequest r = SearchRoutes.searchRequest(Params.of(params("q", " 渌口 ")));
        assertThat(r.q()).isEqualTo("渌口");
        assertThat(r.page()).isEqualTo(1);
        assertThat(r.size()).isEqualTo(10);
        assertThat(r.sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
        assertThat(r.filters()).isEmpty();
        assertThat(r.browse()).isFalse();
    }

    @Test
    void repeatedFiltersAreKeptAndDatesParsed() {
        SearchRequest r = SearchRoutes.searchRequest(Params.of(params("region", "株洲市渌口区", "region", "怀化市鹤城区",
                "type", "article", "from", "2024-01-01", "to", "2024-06-30", "sort", "DATE", "unknown", "x")));
        assertThat(r.filters().get("region")).containsExactly("株洲市渌口区", "怀化市鹤城区");
        assertThat(r.filters().get("type")).containsExactly("article");
        assertThat(r.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(r.sort()).isEqualTo(SearchRequest.Sort.DATE);
        assertThat(r.browse()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "size|abc|size: must be a number from 1 to 100, was abc",
            "size|0|size: must be a number from 1 to 100, was 0",
            "size|101|size: must be a number from 1 to 100, was 101",
            "page|0|page: must be a number from 1 to 1000, was 0",
            "page|abc|page: must be a number from 1 to 1000, was abc",
            "page|99999999999|page: must be a number from 1 to 1000, was 99999999999",
            "page|999999999999999999999999|page: must be a number from 1 to 1000, was 999999999999999999999999",
            "sort|best|sort: must be relevance or date, was best",
            "from|2024-13-01|from: must be a date YYYY-MM-DD, was 2024-13-01",
            "to|yesterday|to: must be a date YYYY-MM-DD, was yesterday"})
    void badParametersSayWhatIsWrong(String name, String value, String message) {
        assertThatThrownBy(() -> SearchRoutes.searchRequest(Params.of(params(name, value))))
                .isInstanceOf(BadRequestException.class).hasMessage(message);
    }

    @Test
    void aFilterMayListAtMost50Values() {
        String[] kv = new String[102];
        for (int i = 0; i < 51; i++) {
            kv[2 * i] = "region";
            kv[2 * i + 1] = "r" + i;
        }
        assertThatThrownBy(() -> SearchRoutes.searchRequest(Params.of(params(java.util.Arrays.copyOf(kv, 102)))))
                .hasMessage("region: at most 50 values, was given 51");
        assertThat(SearchRoutes.searchRequest(Params.of(params(java.util.Arrays.copyOf(kv, 100)))).filters().get("region")).hasSize(50);
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> SearchRoutes.searchRequest(Params.of(params("from", "2024-05-01", "to", "2024-01-01"))))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("from: must not be after to");
    }

    @Test
    void overlongQueryIsRefused() {
        BadRequestException e = (BadRequestException) org.assertj.core.api.Assertions.catchThrowable(
                () -> SearchRoutes.searchRequest(Params.of(params("q", "碳".repeat(501)))));
        assertThat(e.code()).isEqualTo("query_too_long");
        assertThat(e.getMessage()).isEqualTo("q: must be at most 500 characters, was 501");
        assertThat(SearchRoutes.searchRequest(Params.of(params("q", "碳".repeat(500)))).q()).hasSize(500);
    }

    @Test
    void deepPagesDependOnSize() {
        assertThat(SearchRoutes.searchRequest(Params.of(params("size", "100", "page", "100"))).offset()).isEqualTo(9_900);
        assertThatThrownBy(() -> SearchRoutes.searchRequest(Params.of(params("size", "100", "page", "101"))))
                .hasMessage("page: must be a number from 1 to 100, was 101");
    }
}
