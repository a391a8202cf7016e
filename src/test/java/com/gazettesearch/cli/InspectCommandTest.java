package com.gazettesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.testkit.GazetteFiles;

import picocli.CommandLine;

/** {@code gazette inspect}: documents, metadata, warnings, records and the section tree, without an index. */
class InspectCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void showsDocumentsMetadataRecordsAndTheSectionTree() {
        assertThat(run("inspect", "corpus/lukou-gazette-2024-01.txt", "--width", "20")).isZero();
        String text = out.toString();
        assertThat(text).startsWith("lukou-gazette-2024-01.txt (UTF-8): 3 documents")
                .contains("  [1] 株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）")
                .contains("    文号 渌政发〔2024〕1号").contains("    登记号 ZZLKDR-2024-00001")
                .contains("    发文机关 株洲市渌口区人民政府").contains("    地区 株洲市渌口区").contains("    成文日期 2024-01-29")
                .contains("    公报 2024年第1期（总第1期）")
                .contains("    sections 35 (34 article, 1 body)")
                .contains("    warnings 1").contains("      ! article numbering jumps from 第十条 to 第十二条")
                // the fee notice's fee records, counted as the indexer would write them
                .containsPattern("\\[3\\] 关于调整株洲市渌口区城区污水处理费[\\s\\S]*records [1-9]\\d* \\([\\s\\S]*fee")
                .contains("      第一章 总 则\n        第一条\n          [article] 第一条 为保证有效组织和实施军民通用物资…");
        assertThat(text).contains("    warnings none");
    }

    @Test
    void pdfAndWordFilesAreShownWithTheirFormatAndAScanWithItsReason() throws IOException {
        List<String> lines = List.of(Files.readString(Path.of("corpus/lukou-gazette-2024-01.txt")).split("\n", -1));
        Path pdf = tmp.resolve("lukou.pdf");
        GazetteFiles.pdf(pdf, lines.stream().map(l -> l.replace('\t', ' ')).toList(), GazetteFiles.PdfLayout.gazette(null));
        Path docx = tmp.resolve("lukou.docx");
        GazetteFiles.docx(docx, lines, null, null);
        assertThat(run("inspect", pdf.toString(), docx.toString())).isZero();
        assertThat(out.toString()).contains("lukou.pdf (PDF): 3 documents").contains("lukou.docx (DOCX): 3 documents")
                .contains("    文号 渌政发〔2024〕1号");

        Path scan = tmp.resolve("scan.pdf");
        GazetteFiles.scannedPdf(scan, 1);
        assertThat(run("inspect", scan.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("scan.pdf: not read: scanned PDF: no text layer (OCR not supported)");
    }

    @Test
    void aFileWithoutStructureIsShownWithItsWarnings() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "随手记下的几行字。\n没有标题。\n", StandardCharsets.UTF_8);
        assertThat(run("inspect", notes.toString())).isZero();
        assertThat(out.toString()).contains("[1] notes").contains("! no title line found: titled from the file name")
                .contains("[body] 随手记下的几行字。 ⏎ 没有标题。");
    }

    @Test
    void anUnreadableFileExitsWith1AndAMissingOneWith2() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n", StandardCharsets.UTF_8);
        assertThat(run("inspect", empty.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("empty.txt: not read: empty file");
        assertThat(run("inspect", tmp.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        assertThat(run("inspect", empty.toString(), "--width", "-1")).isEqualTo(2);
    }
}
