package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.query.Synonyms;

/**
 * A text printed in traditional characters and a query typed in simplified ones (or the other way) meet: the
 * analyzers fold both, at indexing and at query time, and the snippet marks the printed characters.
 */
class TraditionalTextSearchTest {
    @TempDir
    Path dir;

    private static final LocalDate DATE = LocalDate.of(2018, 6, 1);
    private static final String TITLE = "省人民政府關于進一步優化營商環境的若干意見";

    @Test
    void aSimplifiedQueryFindsTheTraditionalTextAndMarksItAsPrinted() throws IOException {
        try (Searchers searchers = MiniIndex.write(dir.resolve("index"), List.of(
                new MiniIndex.Sec("s-1", "d-hk", TITLE, "鄂政發〔2018〕26號", "湖北省", DATE, "(一)提高市場開放程度。",
                        "全面實施市場準入負面清單制度。(牽頭單位:省發展改革委、省商務廳)"),
                new MiniIndex.Sec("s-2", "d-cn", "关于做好数据共享工作的通知", null, "湖北省", DATE, "一、总体要求",
                        "各单位要做好数据共享。")))) {
            SearchService search = new SearchService(searchers, Synonyms.fromClasspath("synonyms.txt"));

            List<SearchService.RankedSection> found = search.rank(search.rankingQuery("牵头单位 发展改革委"), 3);
            assertThat(found).extracting(SearchService.RankedSection::id).containsExactly("s-1");
            // and a traditional query finds simplified text
            assertThat(search.rank(search.rankingQuery("數據共享"), 3))
                    .extracting(SearchService.RankedSection::id).containsExactly("s-2");

            SearchResponse page = search.search(SearchRequest.flat("市场准入负面清单"));
            assertThat(page.hits()).hasSize(1);
            assertThat(page.hits().get(0).snippet()).contains("<mark>市場準入負面清單</mark>");
        }
    }
}
