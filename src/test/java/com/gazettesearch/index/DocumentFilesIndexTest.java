package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.testkit.GazetteFiles;

/**
 * PDF and Word files in a real index: a seed gazette written as a PDF and another as a .docx are indexed with all
 * their documents, and the summary says which formats were read and why a scanned PDF was skipped.
 */
class DocumentFilesIndexTest {
    @Test
    void pdfAndDocxFilesAreIndexedAndTheSummaryNamesFormatsAndSkips(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        GazetteFiles.pdf(corpus.resolve("hecheng-2024-02.pdf"), lines("hecheng-gazette-2024-02.txt"),
                GazetteFiles.PdfLayout.gazette("鹤城区人民政府公报　2024年第2期"));
        GazetteFiles.docx(corpus.resolve("lukou-2024-01.docx"), lines("lukou-gazette-2024-01.txt"), "渌口区人民政府公报", "— 1 —");
        GazetteFiles.scannedPdf(corpus.resolve("scan.pdf"), 2);

        IndexSummary summary = Indexer.standard(false).index(corpus, tmp.resolve("index"));

        assertThat(summary.files()).isEqualTo(2);
        // the seeds' documents: 4 in the 鹤城区 issue, 3 in the 渌口区 issue
        assertThat(summary.documents()).isEqualTo(7);
        assertThat(summary.formats()).isEqualTo(Map.of("PDF", 1, "DOCX", 1));
        assertThat(summary.describe()).startsWith("indexed 2 files (1 DOCX, 1 PDF): 7 documents")
                .contains("  skipped scan.pdf: scanned PDF: no text layer (OCR not supported)");
    }

    private static List<String> lines(String seed) throws IOException {
        return List.of(Files.readString(Path.of("corpus", seed)).split("\n", -1));
    }
}
