package com.gazettesearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.CorpusFingerprint;
import com.gazettesearch.parse.GazetteParser;

/**
 * Every entry of the corpus directory is either read or listed with its reason, folders are read recursively, and
 * nothing outside the directory is ever read: a link out of it (a {@code .txt} link to /etc/passwd was read) is
 * listed, not followed.
 */
class CorpusEntriesTest {
    private static final String NOTICE = "关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n一、加强值班值守\n汛期实行24小时值班。\n";

    @TempDir
    Path tmp;

    private final CorpusReader reader = new CorpusReader();

    private static Map<String, String> reasons(CorpusScan scan) {
        return scan.skipped().stream().collect(Collectors.toMap(SkippedFile::fileName, SkippedFile::reason));
    }

    private static List<String> read(CorpusScan scan) {
        return scan.files().stream().map(SourceText::fileName).toList();
    }

    @Test
    void aLinkToAFileOutsideTheCorpusIsListedAndNeverRead() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path outside = Files.writeString(tmp.resolve("secret.txt"), NOTICE);
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), outside);
        Files.createSymbolicLink(corpus.resolve("etc.txt"), Path.of("/etc/passwd"));
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/more.txt"), NOTICE);
        Files.createSymbolicLink(corpus.resolve("linked-folder"), tmp.resolve("elsewhere"));
        Files.writeString(corpus.resolve("own.txt"), NOTICE);

        CorpusScan scan = reader.read(corpus);

        assertThat(read(scan)).containsExactly("own.txt");
        assertThat(reasons(scan)).containsOnlyKeys("etc.txt", "linked-folder", "passwd.txt");
        assertThat(reasons(scan).values()).allSatisfy(r -> assertThat(r).contains("outside the corpus").contains("not followed"));
        // The fingerprint does not look behind the links either: changing the target changes nothing.
        String before = CorpusFingerprint.of(corpus);
        Files.writeString(outside, NOTICE + "改了。\n");
        assertThat(CorpusFingerprint.of(corpus)).isEqualTo(before);
    }

    @Test
    void foldersAreReadRecursivelyAndTopLevelFilesKeepTheirNames() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("top.txt"), NOTICE);
        Files.createDirectories(corpus.resolve("2024/渌口区"));
        Files.writeString(corpus.resolve("2024/渌口区/一月.txt"), NOTICE);
        Files.writeString(corpus.resolve("2024/b.md"), NOTICE);
        Files.createDirectories(corpus.resolve("x.txt"));
        Files.writeString(corpus.resolve("x.txt/inner.txt"), NOTICE);

        CorpusScan scan = reader.read(corpus);

        assertThat(read(scan)).containsExactly("2024/b.md", "2024/渌口区/一月.txt", "top.txt", "x.txt/inner.txt");
        assertThat(scan.skipped()).isEmpty();
        String before = CorpusFingerprint.of(corpus);
        Files.writeString(corpus.resolve("2024/渌口区/一月.txt"), NOTICE + "改了。\n");
        assertThat(CorpusFingerprint.of(corpus)).as("a nested file is part of the fingerprint").isNotEqualTo(before);
    }

    /** Names at the top of the corpus are what they were, so the document ids the README and users quote still hold. */
    @Test
    void theRealCorpusKeepsItsDocumentIds() {
        List<String> ids = new ArrayList<>();
        for (SourceText file : reader.read(Path.of("corpus")).files()) {
            new GazetteParser().parse(file).forEach(d -> ids.add(d.id()));
        }
        assertThat(ids).contains("d-66f205fcf4", "d-4d56d3e2eb", "d-69210611a5", "d-b116104189").doesNotHaveDuplicates();
    }

    @Test
    void everyOtherEntryIsListedWithItsReason() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), NOTICE);
        Files.writeString(corpus.resolve("scan.pdf"), "%PDF-1.4");
        Files.write(corpus.resolve("notice.docx"), new byte[] {'P', 'K', 3, 4});
        Files.writeString(corpus.resolve("README"), "notes");
        Files.createDirectories(corpus.resolve("empty.txt"));
        Files.createSymbolicLink(corpus.resolve("dangling.txt"), corpus.resolve("gone.txt"));
        Files.createSymbolicLink(corpus.resolve("alias.txt"), corpus.resolve("good.txt"));
        Files.createDirectories(corpus.resolve(".git"));
        Files.writeString(corpus.resolve(".git/HEAD"), "ref: refs/heads/main");
        boolean fifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor() == 0;

        CorpusScan scan = reader.read(corpus);

        assertThat(read(scan)).containsExactly("good.txt");
        Map<String, String> reasons = reasons(scan);
        // PDF and Word files are read by their format (DocumentFormatsTest); these two are too broken to read
        assertThat(reasons.get("scan.pdf")).startsWith("broken PDF");
        assertThat(reasons.get("notice.docx")).startsWith("not a readable Word .docx file");
        assertThat(reasons.get("README")).startsWith("unsupported format");
        assertThat(reasons.get("empty.txt")).contains("empty directory");
        assertThat(reasons.get("dangling.txt")).contains("dangling");
        assertThat(reasons.get("alias.txt")).contains("good.txt").contains("own name");
        assertThat(reasons.get(".git")).contains("hidden");
        Assumptions.assumeTrue(fifo, "mkfifo is not available here");
        assertThat(reasons.get("pipe.txt")).contains("fifo");
        assertThat(reasons).hasSize(8);
        // The fingerprint never opens the fifo (which would block) and ignores what is not read.
        assertThat(CorpusFingerprint.of(corpus)).isNotBlank();
    }
}
