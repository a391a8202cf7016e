package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * The shape of holdout2/hubei-business-environment-opinions-2018-26-traditional-excerpt.txt in a made-up text of
 * other words and an invented place: a mainland document reposted in traditional characters (關于, 發, 號, 條) is
 * recognised as its simplified form would be, and everything stored stays as printed.
 */
class TraditionalTextShapesTest {
    @Test
    void aTraditionalTextIsReadAsItsSimplifiedFormAndKeptAsPrinted() {
        GazetteDocument d = OneDocument.of("t.txt", """
                青嵐縣人民政府關于
                加快推進鄉村道路建設的實施意見
                青政發〔2025〕3號
                各鄉鎮人民政府,縣直各單位:
                為改善群眾出行條件,結合本縣實際,現提出如下意見。
                一、總體要求
                到2027年,建制村通客車率保持百分之百。
                二、保障措施
                (一)落實屬地責任。各鄉鎮要加強組織領導。
                青嵐縣人民政府
                2025年3月1日
                """);

        assertThat(d.title()).isEqualTo("青嵐縣人民政府關于加快推進鄉村道路建設的實施意見");
        assertThat(d.docNumber()).isEqualTo("青政發〔2025〕3號");
        assertThat(d.issuer()).isEqualTo("青嵐縣人民政府");
        assertThat(d.date()).hasToString("2025-03-01");
        // the 文种 is a facet value: simplified, as for every other text
        assertThat(d.kind()).isEqualTo("实施意见");
        assertThat(d.sections()).extracting(Section::heading).contains("一、總體要求");
        assertThat(d.sections()).anySatisfy(s -> assertThat(s.path()).contains("二、保障措施"));
        assertThat(d.sections()).anySatisfy(s -> assertThat(s.text()).contains("(一)落實屬地責任。"));
    }

    @Test
    void aSimplifiedTextQuotingATraditionalNameIsNotFolded() {
        GazetteDocument d = OneDocument.of("t.txt", """
                青岚县人民政府关于表彰“臺灣同胞聯誼會”优秀会员的决定
                青政发〔2025〕4号
                各乡镇人民政府：
                经研究，决定予以表彰。
                青岚县人民政府
                2025年3月2日
                """);

        assertThat(d.title()).isEqualTo("青岚县人民政府关于表彰“臺灣同胞聯誼會”优秀会员的决定");
        assertThat(d.warnings()).noneMatch(w -> w.contains("traditional"));
    }
}
