package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.query.Synonyms;

/**
 * Grouped results are read from the top sections only, read deeper when one document fills them: the pages of
 * documents, their order and their match counts must be those of grouping every matching section.
 */
class GroupedPagingTest {
    @TempDir
    static Path dir;
    static Searchers searchers;
    static SearchService service;
    static final int BIG = 260;
    static final int SMALL = 23;
    static final int MID = 8;

    @BeforeAll
    static void index() throws IOException {
        List<MiniIndex.Sec> sections = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 5, 1);
        // one document whose every section outscores all others: its sections alone fill the first windows read
        for (int i = 0; i < BIG; i++) {
            sections.add(new MiniIndex.Sec("s-big-" + i, "d-big", "防汛工作手册", null, "甲县", day, "第" + i + "节",
                    "防汛防汛，防汛值守。"));
        }
        for (int i = 0; i < SMALL; i++) {
            String id = String.format("d-s%02d", i);
            // three sections each, one that matches well, one weakly, one not at all
            sections.add(new MiniIndex.Sec(id + "-1", id, "工作通知" + i, null, "乙县", day.minusDays(i % 3), "一、要求",
                    "各单位做好防汛准备，落实值守人员和物资，确保安全度汛。"));
            sections.add(new MiniIndex.Sec(id + "-2", id, "工作通知" + i, null, "乙县", day.minusDays(i % 3), "二、其他",
                    "本通知自印发之日起施行，有关防汛的其他事项另行通知，请各单位遵照执行并及时报告情况。"));
            sections.add(new MiniIndex.Sec(id + "-3", id, "工作通知" + i, null, "乙县", day.minusDays(i % 3), "三、联系",
                    "联系人：张三，电话：1234567。"));
        }
        // one document of many weak matches, each weaker than the one before: most of them are counted, not shown
        for (int i = 0; i < MID; i++) {
            sections.add(new MiniIndex.Sec("s-mid-" + i, "d-mid", "会议纪要", null, "乙县", day.minusDays(5), "议题" + i,
                    "会议听取了有关情况的汇报，研究部署了下一阶段的重点工作，强调要统筹做好防汛" + "和安全生产等工作".repeat(i + 1)
                            + "。"));
        }
        searchers = MiniIndex.write(dir, sections);
        service = SearchService.standard(searchers, Synonyms.none());
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    @Test
    void everyPageOfDocumentsIsThatOfGroupingEveryMatch() throws IOException {
        Map<String, Long> expected = documentsInRankOrder("防汛");
        assertThat(expected).hasSize(SMALL + 2).containsEntry("d-big", (long) BIG).containsEntry("d-mid", (long) MID);
        for (int size : new int[] {1, 3, 10}) {
            List<String> docIds = new ArrayList<>();
            for (int page = 1; page <= (expected.size() + size - 1) / size + 1; page++) {
                SearchResponse r = service.search(SearchRequest.of("防汛").withPage(page, size));
                assertThat(r.documents()).isEqualTo(expected.size());
                assertThat(r.total()).isEqualTo(BIG + 2L * SMALL + MID);
                for (SearchResponse.Group g : r.groups()) {
                    docIds.add(g.docId());
                    assertThat(g.matched()).as(g.docId()).isEqualTo(expected.get(g.docId()));
                    assertThat(g.sections()).isNotEmpty();
                    assertThat(g.score()).isEqualTo(g.sections().get(0).score());
                }
            }
            assertThat(docIds).as("size %d", size).containsExactlyElementsOf(expected.keySet());
        }
    }

    @Test
    void theGroupsOfTheOnePassAreThoseOfThePagesOwnPass() throws IOException {
        // Without filters one pass scores every match and groups them; a facet filter (here one that keeps every
        // section) takes separate passes, and the page's documents are then grouped by a pass of their own.
        Map<String, List<String>> everyRegion = Map.of(com.gazettesearch.schema.Schema.REGION, List.of("甲县", "乙县"));
        for (int page = 1; page <= 3; page++) {
            SearchRequest plain = SearchRequest.of("防汛").withPage(page, 10);
            SearchResponse onePass = service.search(plain);
            SearchResponse ownPass = service.search(new SearchRequest(plain.q(), page, 10, plain.sort(), everyRegion,
                    null, null, SearchRequest.Group.DOCUMENT));
            assertThat(onePass.groups()).as("page %d", page).isNotEmpty();
            assertThat(onePass.groups()).as("page %d", page).isEqualTo(ownPass.groups());
        }
    }

    @Test
    void aDocumentShowsItsBestSectionsInOrder() throws IOException {
        SearchResponse r = service.search(SearchRequest.of("防汛"));
        SearchResponse.Group big = r.groups().get(0);
        assertThat(big.docId()).isEqualTo("d-big");
        // equal scores: reading order decides which sections a document shows
        assertThat(big.sections()).extracting(SearchResponse.GroupSection::id).startsWith("s-big-0", "s-big-1");
        SearchResponse.Group small = r.groups().get(1);
        assertThat(small.sections()).extracting(SearchResponse.GroupSection::id).first().asString().endsWith("-1");
    }

    @Test
    void browsingByDatePagesThroughEveryDocumentOnce() throws IOException {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            SearchResponse r = service.search(SearchRequest.of("").withPage(page, 10));
            r.groups().forEach(g -> seen.add(g.docId()));
        }
        assertThat(seen).hasSize(SMALL + 2).doesNotHaveDuplicates();
    }

    @Test
    void anEmptyIndexAnswersWithNoDocuments(@TempDir Path empty) throws IOException {
        try (Searchers none = MiniIndex.write(empty, List.of())) {
            SearchService search = SearchService.standard(none, Synonyms.none());
            for (String q : new String[] {"防汛", ""}) {
                SearchResponse r = search.search(SearchRequest.of(q));
                assertThat(r.groups()).as(q).isEmpty();
                assertThat(r.documents()).as(q).isZero();
            }
        }
    }

    /** The documents of every matching section, in the order of their best section, with how many sections match. */
    private static Map<String, Long> documentsInRankOrder(String q) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<String, Float> best = new LinkedHashMap<>();
        Map<String, String> date = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            SearchResponse r = service.search(SearchRequest.flat(q).withPage(page, SearchRequest.MAX_SIZE));
            for (SearchResponse.Hit h : r.hits()) {
                out.merge(h.docId(), 1L, Long::sum);
                best.merge(h.docId(), h.score(), Math::max);
                date.putIfAbsent(h.docId(), h.date());
            }
            if (r.hits().size() < SearchRequest.MAX_SIZE) {
                break;
            }
        }
        List<String> order = new ArrayList<>(out.keySet());
        order.sort(java.util.Comparator.<String, Float>comparing(best::get).reversed()
                .thenComparing(date::get, java.util.Comparator.reverseOrder()).thenComparing(d -> d));
        Map<String, Long> ranked = new LinkedHashMap<>();
        order.forEach(d -> ranked.put(d, out.get(d)));
        return ranked;
    }
}
