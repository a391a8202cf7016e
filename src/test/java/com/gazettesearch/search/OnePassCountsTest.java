package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.search.query.MatchBound;
import com.gazettesearch.search.query.PreferenceQuery;
import com.gazettesearch.search.query.Synonyms;

/**
 * Counting in the hits pass ({@link SectionFacets#collectInOnePass}) gives what the counting pass gives: the same
 * totals, documents, facets and status, on a small index where both count in full; and on an index where more than
 * {@value SectionFacets#EXACT_LIMIT} sections match, an exact total and document count with facets from a sample.
 */
class OnePassCountsTest {
    @TempDir
    static Path dir;
    static Searchers small;
    static Searchers large;

    /** Documents and sections per document of the large index: every section says 生态文明, two regions. */
    static final int DOCUMENTS = 520;
    static final int SECTIONS = 100;

    @BeforeAll
    static void index() throws IOException {
        small = MiniIndex.write(Files.createDirectory(dir.resolve("small")), MiniIndex.corpusSample());
        List<MiniIndex.Sec> sections = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            String region = d % 2 == 0 ? "甲市东区" : "乙市西区";
            for (int s = 0; s < SECTIONS; s++) {
                sections.add(new MiniIndex.Sec("s" + d + "-" + s, "d" + d, "生态文明建设规划第" + d + "号", null, region,
                        LocalDate.of(2020 + d % 5, 1 + s % 12, 1), "第" + (s + 1) + "条",
                        "推进生态文明建设" + (s % 10 == 0 ? "，加强污水处理" : "")));
            }
        }
        large = MiniIndex.write(Files.createDirectory(dir.resolve("large")), sections);
    }

    @AfterAll
    static void close() throws IOException {
        small.close();
        large.close();
    }

    /** Every status: a filter that keeps every match but takes the search through its counting pass. */
    private static SearchRequest everyStatus(SearchRequest r) {
        List<String> all = Arrays.stream(ValidityStatus.values()).map(ValidityStatus::label).toList();
        return new SearchRequest(r.q(), r.page(), r.size(), r.sort(), Map.of("status", all), r.from(), r.to(), r.group());
    }

    /** On an index this small every query is proved to be counted in full, and the one pass takes it. */
    @Test
    void bothWaysCountTheSameWhenTheyCountInFull() throws IOException {
        SearchService onePass = SearchService.standard(small, Synonyms.none()).countingInTheRequestThread();
        for (String q : List.of("污水处理费", "民兵 征用", "郑明明 防汛", "2024年 标准", "第二十条")) {
            for (SearchRequest r : List.of(SearchRequest.of(q), SearchRequest.flat(q))) {
                SearchResponse one = onePass.search(r);
                SearchResponse two = onePass.search(everyStatus(r));
                assertThat(one.total()).as(q).isPositive().isEqualTo(two.total());
                assertThat(one.exact()).as(q).isTrue();
                assertThat(two.exact()).as(q).isTrue();
                assertThat(one.documents()).as(q).isEqualTo(two.documents());
                assertThat(one.facets()).as(q).isEqualTo(two.facets());
                assertThat(ids(one)).as(q).isEqualTo(ids(two));
            }
        }
    }

    @Test
    void manyMatchesAreCountedInFullWithFacetsFromASample() throws IOException {
        SearchService onePass = SearchService.standard(large, Synonyms.none()).countingInTheRequestThread();
        long sections = (long) DOCUMENTS * SECTIONS;
        for (SearchRequest r : List.of(SearchRequest.of("生态文明"), SearchRequest.flat("生态文明"))) {
            SearchResponse one = onePass.search(r);
            assertThat(one.total()).isEqualTo(sections);
            assertThat(one.exact()).isFalse();
            List<SearchResponse.FacetValue> regions = one.facets().get("region");
            assertThat(regions).hasSize(2);
            for (SearchResponse.FacetValue v : regions) {
                assertThat((double) v.count()).as(v.value()).isCloseTo(sections / 2.0, within(sections * 0.1));
            }
            List<SearchResponse.FacetValue> status = one.facets().get("status");
            assertThat(status).extracting(SearchResponse.FacetValue::value).containsExactly(ValidityStatus.UNSTATED.label());
            assertThat((double) status.get(0).count()).isCloseTo(sections, within(sections * 0.1));
            if (r.grouped()) {
                assertThat(one.documents()).isEqualTo(DOCUMENTS);
                for (SearchResponse.FacetValue v : regions) {
                    assertThat((double) v.documents()).as(v.value()).isCloseTo(DOCUMENTS / 2.0, within(DOCUMENTS * 0.2));
                }
            }
            // The counting pass estimates the total from the same kind of sample, scaled by its stride: 130 or so
            // documents of 100 sections each when grouped, so it is further off than the one pass's facet counts
            // (15 % on this index; the sample is the same at every run: documents by a hash of their id).
            SearchResponse two = onePass.search(everyStatus(r));
            assertThat(two.exact()).isFalse();
            assertThat((double) two.total()).isCloseTo(sections, within(sections * 0.25));
            assertThat(ids(one)).isEqualTo(ids(two));
        }
        // the search as served (counting beside the hits on a free core) estimates the broad query too
        SearchResponse served = SearchService.standard(large, Synonyms.none()).search(SearchRequest.of("生态文明"));
        assertThat(served.exact()).isFalse();
        assertThat((double) served.total()).isCloseTo(sections, within(sections * 0.2));
        // a rarer word is counted in full in one pass
        SearchResponse fewer = onePass.search(SearchRequest.of("污水处理"));
        assertThat(fewer.total()).isEqualTo(sections / 10);
        assertThat(fewer.exact()).isTrue();
        assertThat(fewer.facets().get("region")).extracting(SearchResponse.FacetValue::count)
                .containsExactly(sections / 20, sections / 20);
    }

    @Test
    void theWordsOfABuiltQueryProveARareOneIsCountedInFull() throws IOException {
        SearchService service = SearchService.standard(large, Synonyms.none());
        Query rare = PreferenceQuery.withoutPreferences(service.rankingQuery("污水处理"));
        Query broad = PreferenceQuery.withoutPreferences(service.rankingQuery("生态文明"));
        large.withSearcher(view -> {
            IndexReader reader = view.getIndexReader();
            assertThat(reader.maxDoc()).isGreaterThan(SectionFacets.EXACT_LIMIT);
            assertThat(MatchBound.atMost(reader, rare, SectionFacets.EXACT_LIMIT)).isTrue();
            assertThat(MatchBound.atMost(reader, broad, SectionFacets.EXACT_LIMIT)).isFalse();
            return null;
        });
    }

    private static List<String> ids(SearchResponse r) {
        return r.groups() != null ? r.groups().stream().map(SearchResponse.Group::docId).toList()
                : r.hits().stream().map(SearchResponse.Hit::id).toList();
    }
}
