package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    private static Passage passage(int start, int end, int... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            p.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
        }
        return p;
    }

    @Test
    void overlappingBigramMatchesBecomeOneMark() {
        String text = "城区污水处理费收费标准";
        // 污水 水处 处理 理费: four overlapping bigrams.
        String html = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 2, 4, 3, 5, 4, 6, 5, 7)}, text);
        assertThat(html).isEqualTo("城区<mark>污水处理费</mark>收费标准");
    }

    @Test
    void touchingMatchesMergeAndSeparateOnesDoNot() {
        String text = "渌口区用水标准";
        String html = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 0, 2, 2, 3, 3, 5)}, text);
        assertThat(html).isEqualTo("<mark>渌口区用水</mark>标准");
        html = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 0, 2, 3, 5)}, text);
        assertThat(html).isEqualTo("<mark>渌口</mark>区<mark>用水</mark>标准");
    }

    @Test
    void aPassageStartingAtAClauseCommaStartsWithAnEllipsisNotTheComma() {
        String text = "到2025年，节能环保理念进一步普及。";
        // the sentence breaker cut after 到2025年: the passage starts at the comma
        String html = new SnippetFormatter().format(new Passage[] {passage(6, text.length(), 10, 12)}, text);
        assertThat(html).isEqualTo("…节能环<mark>保理</mark>念进一步普及。");
        // a passage at a sentence's start keeps it as it is
        String whole = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 0, 1)}, text);
        assertThat(whole).startsWith("<mark>到</mark>2025年，");
        // two passages that touch: the second goes on from the first, its comma stays and no … comes between
        String touching = new SnippetFormatter().format(new Passage[] {passage(0, 6, 0, 1), passage(6, text.length(),
                10, 12)}, text);
        assertThat(touching).isEqualTo("<mark>到</mark>2025年，节能环<mark>保理</mark>念进一步普及。");
    }

    @Test
    void matchesASpaceApartBecomeOneMark() {
        String text = "第 20 条 完善";
        String html = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 0, 1, 2, 4, 5, 6)}, text);
        assertThat(html).isEqualTo("<mark>第 20 条</mark> 完善");
    }

    @Test
    void everythingOutsideTheMarksIsEscaped() {
        String text = "a<script>alert('x')</script>&\"";
        String html = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 2, 8)}, text);
        assertThat(html).isEqualTo("a&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
        assertThat(SnippetFormatter.leading("<b>", 10)).isEqualTo("&lt;b&gt;");
        assertThat(SnippetFormatter.leading("一二三四", 2)).isEqualTo("一二…");
    }

    @Test
    void passagesAreJoinedWithAnEllipsis() {
        String text = "第一句话。第二句话。第三句话。";
        String html = new SnippetFormatter().format(new Passage[] {passage(0, 5, 0, 2), passage(10, 15, 10, 12)}, text);
        assertThat(html).isEqualTo("<mark>第一</mark>句话。…<mark>第三</mark>句话。");
    }
}
