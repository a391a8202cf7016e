package com.gazettesearch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding traditional characters for recognition and giving back what was found as printed. */
class TraditionalChineseTest {
    @Test
    void foldingKeepsEveryOffset() {
        String printed = "(牽頭單位:縣發展改革局;責任單位:縣財政局、縣環保局)";
        String folded = TraditionalChinese.fold(printed);
        assertThat(folded).isEqualTo("(牵头单位:县发展改革局;责任单位:县财政局、县环保局)").hasSameSizeAs(printed);
    }

    @Test
    void foldingInPlaceFoldsOnlyTheRangeAsked() {
        char[] chars = "牽頭單位|牽頭單位".toCharArray();
        TraditionalChinese.fold(chars, 5, 4);
        assertThat(new String(chars)).isEqualTo("牽頭單位|牵头单位");
    }

    @Test
    void restoringGivesBackTheCharactersTheTextPrints() {
        // 于 is printed as such in 關于: it is no traditional form and is never turned into 於
        String printed = "縣人民政府關于進一步優化營商環境的意見 縣政發〔2025〕1號 於是";
        TraditionalChinese.Folding folding = TraditionalChinese.folding(printed);
        assertThat(folding.restore("县人民政府关于进一步优化营商环境的意见")).isEqualTo("縣人民政府關于進一步優化營商環境的意見");
        assertThat(folding.restore(null)).isNull();
    }

    @Test
    void aSimplifiedFormTheTextAlsoPrintsComesBackAsPrintedWhereverItWasFound() {
        // 干 is printed as such in 若干 and as 幹 in 幹部; 制 in 機制 and 製 in 製定: a character map cannot tell them apart
        String printed = "關於加強幹部隊伍建設的若干意見\n完善機制，製定辦法。";
        TraditionalChinese.Folding folding = TraditionalChinese.folding(printed);
        assertThat(folding.restore("关于加强干部队伍建设的若干意见")).isEqualTo("關於加強幹部隊伍建設的若干意見");
        assertThat(folding.restore("完善机制，制定办法。")).isEqualTo("完善機制，製定辦法。");
        // lines the parser joined: each line found where it is
        assertThat(folding.restore("若干意见\n制定办法")).isEqualTo("若干意見\n製定辦法");
    }

    @Test
    void onlyATextPrintedInTraditionalCharactersIsOne() {
        assertThat(TraditionalChinese.isTraditional("縣人民政府關于進一步優化營商環境的若干意見,各鄉鎮人民政府")).isTrue();
        assertThat(TraditionalChinese.isTraditional("县人民政府关于表彰“臺灣同胞聯誼會”会员的决定，各乡镇人民政府")).isFalse();
        assertThat(TraditionalChinese.isTraditional("關於")).isFalse();
    }
}
