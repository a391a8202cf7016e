package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * A sentence broken over lines is joined without a space (Chinese has none), except where Latin letters or digits
 * meet at the break: an English name, a URL or a model number stays as it was printed.
 */
class LatinLineBreaksTest {
    private static String text(String body) {
        List<GazetteDocument> docs = new GazetteParser().parse(new SourceText("t.txt", Path.of("t.txt"),
                "关于推进智慧城市建设的通知\n" + body, "UTF-8", "x"));
        return docs.getFirst().sections().stream().map(Section::text).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void latinWordsAtABreakKeepTheirSpace() {
        String t = text("""
                各有关单位：为加快建设智慧城市，市政府与国际组织Smart
                City Alliance签订合作协议，平台网址为https://www.example.gov.cn/smart
                city/index，设备型号统一为GX
                2000型，请各单位认真组织实施并按时报送有关材料和数据。
                """);
        assertThat(t).contains("Smart City Alliance").contains("https://www.example.gov.cn/smart city/index")
                .contains("GX 2000型");
    }

    @Test
    void chineseAndMixedBreaksJoinWithoutASpace() {
        String t = text("""
                各有关单位：为加快建设智慧城市，请各区人民政府于2024年12月31日前完成平台
                建设任务，并于每季度末报送进展情况和存在的问题以及下一步工作打算，数据报送至2024
                年底前完成，请各单位认真组织实施。
                """);
        assertThat(t).contains("完成平台建设任务").contains("数据报送至2024年底前完成");
    }
}
