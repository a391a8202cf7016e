package com.gazettesearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.testkit.GazetteFiles;

/**
 * PDF and Word files in the corpus, written for real by PDFBox and POI: a seed gazette typeset as a PDF (wrapped
 * lines, running header, page numbers drawn out of order) and written as a .docx (tables, header and footer) parses
 * into the same documents and sections as its text; scanned, encrypted and broken files are skipped with their
 * reasons; a 200-page PDF is read within a bound; a file is read by what its bytes are, not by its name.
 */
class DocumentFormatsTest {
    private static final Path SEEDS = Path.of("corpus");
    private final CorpusReader reader = new CorpusReader();
    private final GazetteParser parser = new GazetteParser();

    @TempDir
    Path dir;

    @Test
    void aSeedGazetteAsAPdfParsesLikeItsText() throws IOException {
        SourceText text = seed("hecheng-gazette-2024-02.txt");
        Path pdf = dir.resolve("hecheng-gazette-2024-02.pdf");
        GazetteFiles.pdf(pdf, lines(text), GazetteFiles.PdfLayout.gazette("鹤城区人民政府公报　2024年第2期"));
        SourceText read = only(reader.readFile(pdf));
        assertThat(read.format()).isEqualTo("PDF");
        assertThat(read.text()).doesNotContain("— 3 —").doesNotContain("2024年第2期\n");
        assertSameDocuments(parser.parse(read), parser.parse(text));
    }

    @Test
    void aSeedGazetteAsADocxParsesLikeItsText() throws IOException {
        for (String seed : List.of("hecheng-gazette-2024-02.txt", "lukou-gazette-2024-01.txt")) {
            SourceText text = seed(seed);
            Path docx = dir.resolve(seed.replace(".txt", ".docx"));
            GazetteFiles.docx(docx, lines(text), "页眉：政府公报编辑部", "页脚：内部资料 注意保存");
            SourceText read = only(reader.readFile(docx));
            assertThat(read.format()).isEqualTo("DOCX");
            assertThat(read.text()).doesNotContain("页眉").doesNotContain("页脚");
            assertSameDocuments(parser.parse(read), parser.parse(text));
        }
    }

    @Test
    void wordsAutomaticNumberingIsRead() {
        Path docx = dir.resolve("numbered.docx");
        GazetteFiles.numberedDocx(docx, List.of("汀浦市人民政府关于加强公共停车场管理的通知", "各区人民政府："),
                List.of("总体要求", "主要任务", "保障措施"), "%1、");
        assertThat(only(reader.readFile(docx)).text()).contains("一、总体要求\n二、主要任务\n三、保障措施");
    }

    @Test
    void anOldWordDocumentIsReadWithItsTable() throws IOException {
        Path doc = dir.resolve("notice.doc");
        Files.copy(Path.of("src/test/resources/files/tingpu-water-price-notice-2024.doc"), doc);
        SourceText read = only(reader.readFile(doc));
        assertThat(read.format()).isEqualTo("DOC");
        assertThat(read.text()).contains("汀浦市发展和改革局关于调整城区居民生活用水价格的通知\n汀发改价〔2024〕9号")
                .contains("居民生活用水\t2.10\t2.45").contains("本通知自2024年7月1日起执行。");
        GazetteDocument notice = parser.parse(read).getFirst();
        assertThat(notice.docNumber()).isEqualTo("汀发改价〔2024〕9号");
        assertThat(notice.date()).hasToString("2024-05-20");
    }

    @Test
    void aScannedPdfIsSkippedWithItsReason() {
        Path pdf = dir.resolve("scan.pdf");
        GazetteFiles.scannedPdf(pdf, 3);
        assertThat(skipReason(reader.readFile(pdf))).isEqualTo("scanned PDF: no text layer (OCR not supported)");
    }

    @Test
    void encryptedAndBrokenFilesAreSkippedWithTheirReasons() throws IOException {
        Path encrypted = dir.resolve("locked.pdf");
        GazetteFiles.encryptedPdf(encrypted, "关于印发工作方案的通知", "secret");
        assertThat(skipReason(reader.readFile(encrypted))).startsWith("encrypted PDF");

        Path garbage = dir.resolve("garbage.pdf");
        Files.write(garbage, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(skipReason(reader.readFile(garbage))).startsWith("broken PDF");

        Path real = dir.resolve("real.pdf");
        GazetteFiles.pdf(real, lines(seed("lukou-gazette-2024-01.txt")).stream().map(l -> l.replace('\t', ' ')).toList(),
                GazetteFiles.PdfLayout.gazette(null));
        byte[] bytes = Files.readAllBytes(real);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        // PDFBox may recover part of a truncated file; either way it is read or skipped, never an exception
        CorpusScan scan = reader.readFile(truncated);
        assertThat(scan.files().size() + scan.skipped().size()).isEqualTo(1);

        Path zip = dir.resolve("notice.docx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertThat(skipReason(reader.readFile(zip))).startsWith("not a readable Word .docx file");
        Path ole = dir.resolve("old.doc");
        Files.write(ole, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0});
        assertThat(skipReason(reader.readFile(ole))).startsWith("not a readable Word .doc file");
    }

    @Test
    void aTwoHundredPagePdfIsReadWithinABound() {
        List<String> lines = new ArrayList<>();
        List<String> seed = lines(seed("hecheng-gazette-2024-02.txt"));
        while (lines.size() < 200 * 36) {
            lines.addAll(seed);
        }
        Path pdf = dir.resolve("big.pdf");
        GazetteFiles.pdf(pdf, lines.subList(0, 200 * 36), new GazetteFiles.PdfLayout(60, 36, "公报"));
        // a guard against a hang, not a speed target: it takes a few seconds
        SourceText read = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> only(reader.readFile(pdf)));
        assertThat(read.text().length()).isGreaterThan(200 * 30 * 20);
    }

    @Test
    void aFileIsReadByWhatItsBytesAreNotByItsName() throws IOException {
        Path pdf = dir.resolve("download");
        GazetteFiles.pdf(pdf, List.of("汀浦市人民政府关于做好防汛工作的通知", "各区人民政府：", "请做好防汛工作。"),
                GazetteFiles.PdfLayout.gazette(null));
        Path asText = dir.resolve("notice.txt");
        Files.copy(pdf, asText);
        assertThat(only(reader.readFile(asText)).format()).isEqualTo("PDF");
        Path textAsPdf = dir.resolve("notice.pdf");
        Files.writeString(textAsPdf, "汀浦市人民政府关于做好防汛工作的通知\n请做好防汛工作。\n");
        assertThat(only(reader.readFile(textAsPdf)).format()).isEqualTo("text");

        Path pageAsDoc = dir.resolve("page.doc");
        Files.writeString(pageAsDoc, "<!DOCTYPE html><html><body><p>汀浦市人民政府关于做好防汛工作的通知</p>"
                + "<p>请做好防汛工作。</p></body></html>");
        SourceText page = only(reader.readFile(pageAsDoc));
        assertThat(page.format()).isEqualTo("HTML");
        assertThat(page.text()).isEqualTo("汀浦市人民政府关于做好防汛工作的通知\n请做好防汛工作。\n");

        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(pdf, corpus.resolve("download"));
        Files.write(corpus.resolve("table.xlsx"), new byte[] {'P', 'K', 3, 4});
        CorpusScan scan = reader.read(corpus);
        assertThat(scan.files()).extracting(SourceText::fileName).containsExactly("download");
        assertThat(scan.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("unsupported format (.xlsx; only .txt, .md, .html, .pdf, .docx and .doc are read)"));
    }

    private static void assertSameDocuments(List<GazetteDocument> read, List<GazetteDocument> expected) {
        assertThat(read.stream().map(DocumentFormatsTest::metadata).toList())
                .isEqualTo(expected.stream().map(DocumentFormatsTest::metadata).toList());
        for (int d = 0; d < expected.size(); d++) {
            assertThat(sections(read.get(d))).as(expected.get(d).title()).isEqualTo(sections(expected.get(d)));
        }
    }

    private static String metadata(GazetteDocument d) {
        return String.join(" | ", d.title(), String.valueOf(d.docNumber()), String.valueOf(d.issuer()),
                String.valueOf(d.region()), String.valueOf(d.date()), String.valueOf(d.kind()),
                String.valueOf(d.gazetteIssue()));
    }

    /** Each section as path, type and text, spaces aside (a PDF's lines are joined where the text's were one). */
    private static List<String> sections(GazetteDocument d) {
        return d.sections().stream().map(s -> String.join("/", s.path()).replaceAll("\\s", "") + " [" + s.type() + "] "
                + s.text().replaceAll("\\s", "")).toList();
    }

    private static SourceText seed(String name) {
        return only(new CorpusReader().readFile(SEEDS.resolve(name)));
    }

    private static List<String> lines(SourceText text) {
        return List.of(text.text().split("\n", -1));
    }

    private static SourceText only(CorpusScan scan) {
        assertThat(scan.skipped()).as("skipped").isEmpty();
        assertThat(scan.files()).hasSize(1);
        return scan.files().getFirst();
    }

    private static String skipReason(CorpusScan scan) {
        assertThat(scan.files()).as("read").isEmpty();
        assertThat(scan.skipped()).hasSize(1);
        return scan.skipped().getFirst().reason();
    }
}
