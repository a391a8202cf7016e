package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;

/**
 * Three shapes the blind holdout2 measurement found read wrong, each in a made-up text of other words and places: a
 * title printed on two lines, joint issuers side by side in a title, and a title that names its issuer short.
 */
class TitleAndIssuerShapesTest {
    private final GazetteParser parser = new GazetteParser();

    private GazetteDocument parseOne(String text) {
        List<GazetteDocument> docs = parser.parse(new SourceText("t.txt", Path.of("t.txt"), text, "UTF-8", "test"));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void aTitleOnTwoLinesKeepsTheLineWithItsGuanYu() {
        GazetteDocument d = parseOne("""
                青山县人民政府关于加快推进乡村道路建设和
                农村客运服务提升的实施意见
                青政发〔2025〕3号
                各乡镇人民政府，县直各单位：
                为改善群众出行条件，现提出如下意见。
                一、总体要求
                到2027年，建制村通客车率保持百分之百。
                二、保障措施
                各乡镇要落实属地责任。
                青山县人民政府
                2025年3月1日
                """);
        assertThat(d.title()).isEqualTo("青山县人民政府关于加快推进乡村道路建设和农村客运服务提升的实施意见");
        assertThat(d.issuer()).isEqualTo("青山县人民政府");
    }

    @Test
    void jointIssuersSideBySideInATitleStayApart() {
        GazetteDocument d = parseOne("""
                青山县财政局 青山县教育局关于做好2025年学生资助工作的通知
                各学校：
                为做好学生资助工作，现将有关事项通知如下。
                一、资助范围
                全县公办学校在校学生。
                二、工作要求
                各学校要按时报送名单。
                青山县财政局　　青山县教育局
                2025年4月2日
                """);
        assertThat(d.issuer()).isEqualTo("青山县财政局、青山县教育局");
    }

    @Test
    void theSignaturesFullNameWinsOverATitlesShortOne() {
        GazetteDocument d = parseOne("""
                松溪新区规划局关于延长《松溪新区乡村规划师管理办法》有效期的通知
                各街道办事处：
                经评估，《松溪新区乡村规划师管理办法》有效期延长至2030年12月31日。
                特此通知。
                青州市松溪新区规划局
                2025年6月5日
                """);
        assertThat(d.issuer()).isEqualTo("青州市松溪新区规划局");
    }
}
