package com.gazettesearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.text.Digests;

class CorpusReaderTest {
    private static final String CHINESE = "株洲市渌口区人民政府关于印发《株洲市渌口区碳达峰实施方案》的通知\n"
            + "各镇人民政府，区直有关单位：\n《株洲市渌口区碳达峰实施方案》已经区人民政府同意，现印发给你们，请认真组织实施。\n"
            + "一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导，推动绿色低碳发展，确保如期实现碳达峰目标。\n";

    private final CorpusReader reader = new CorpusReader();

    @Test
    void readsTheRealCorpusAsUtf8() {
        CorpusScan scan = reader.read(Path.of("corpus"));
        assertThat(scan.skipped()).isEmpty();
        assertThat(scan.files()).hasSize(5);
        assertThat(scan.files()).allSatisfy(f -> {
            assertThat(f.charset()).isEqualTo("UTF-8");
            assertThat(f.text()).doesNotContain("\r").doesNotStartWith("\uFEFF");
            assertThat(f.sha256()).hasSize(64).isEqualTo(Digests.sha256(f.text()));
        });
        assertThat(scan.files()).extracting(SourceText::fileName).isSorted();
    }

    @Test
    void decodesGb18030Text(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("gb.txt"), CHINESE.getBytes(Charset.forName("GB18030")));
        CorpusScan scan = reader.read(dir);
        assertThat(scan.skipped()).isEmpty();
        assertThat(scan.files()).singleElement().satisfies(f -> {
            assertThat(f.charset()).isEqualTo("GB18030");
            assertThat(f.text()).isEqualTo(CHINESE);
        });
    }

    @Test
    void stripsTheBomAndNormalisesLineEndings(@TempDir Path dir) throws IOException {
        byte[] body = "第一条 总则。\r\n第二条 附则。\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("bom.md"), withBom);
        assertThat(reader.read(dir).files()).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("第一条 总则。\n第二条 附则。\n"));
    }

    @Test
    void loneCarriageReturnsFormFeedsAndLineSeparatorsEndLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cr.txt"), "第一条 总则。\r第二条 附则。\f第三条 施行。\u2028第四条 解释。", StandardCharsets.UTF_8);
        assertThat(reader.read(dir).files()).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("第一条 总则。\n第二条 附则。\n第三条 施行。\n第四条 解释。"));
    }

    @Test
    void aWebPageIsReadAsTheTextItShows(@TempDir Path dir) throws IOException {
        String html = """
                <div><script>var x = "<p>不是正文</p>";</script>
                 <table><tr><td><b>发文字号：</b></td><td>某政发〔2025〕3号</td><td><b>主题词：</b></td><td></td></tr></table>
                 <table><tr><td><p style="text-align:center">某县人民政府令</p> <p>第3号</p>
                   <p>现公布《某县某某办法》，自2025年1月1日起施行。</p><p>县长&nbsp;&nbsp;张三<br>2024年12月1日</p>
                   <table><tr><td>序号</td><td>项目</td></tr><tr><td>1</td><td>道路&amp;桥梁</td></tr></table>
                 </td></tr></table><!-- 注释 --></div>""";
        Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
        assertThat(reader.read(dir).files()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("""
                发文字号：某政发〔2025〕3号
                某县人民政府令
                第3号
                现公布《某县某某办法》，自2025年1月1日起施行。
                县长  张三
                2024年12月1日
                序号	项目
                1	道路&桥梁
                """));
    }

    @Test
    void aFileOfOnlyWhitespaceIsSkippedAsEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blank.txt"), " \r\n\u3000\n\t\n", StandardCharsets.UTF_8);
        CorpusScan scan = reader.read(dir);
        assertThat(scan.files()).isEmpty();
        assertThat(scan.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("empty"));
    }

    @Test
    void skipsUndecodableFilesWithAReasonAndKeepsTheOthers(@TempDir Path dir) throws IOException {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            // no NULs and a few 0xFF (invalid in UTF-8 and GB18030): must fail on decoding, not on the NUL check
            random[i] = random[i] == 0 ? 1 : random[i];
        }
        random[100] = (byte) 0xFF;
        Files.write(dir.resolve("a-random.txt"), random);
        Files.write(dir.resolve("b-nul.txt"), new byte[] {'a', 0, 'b', 0});
        Files.write(dir.resolve("c-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("d-good.txt"), CHINESE);
        CorpusScan scan = reader.read(dir);
        assertThat(scan.files()).extracting(SourceText::fileName).containsExactly("d-good.txt");
        assertThat(scan.skipped()).extracting(SkippedFile::fileName)
                .containsExactly("a-random.txt", "b-nul.txt", "c-empty.txt");
        assertThat(scan.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(scan.skipped().get(0).reason()).contains("not valid UTF-8");
        assertThat(scan.skipped().get(1).reason()).contains("NUL");
        assertThat(scan.skipped().get(2).reason()).contains("empty");
    }

    @Test
    void ignoresOtherExtensions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gazette.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("notes.xls"), "x");
        Files.writeString(dir.resolve("kept.TXT"), CHINESE);
        CorpusScan scan = reader.read(dir);
        assertThat(scan.files()).extracting(SourceText::fileName).containsExactly("kept.TXT");
        // a PDF is read by its format (DocumentFormatsTest): this one has nothing but a header
        assertThat(scan.skipped()).extracting(SkippedFile::reason).anySatisfy(r -> assertThat(r).startsWith("broken PDF"))
                .anySatisfy(r -> assertThat(r).startsWith("unsupported format (.xls"));
    }
}
