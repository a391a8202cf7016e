package com.gazettesearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UTF-16 with a byte-order mark (what Windows Notepad saves as "Unicode") is text: it used to be skipped as binary
 * for its NUL bytes. Without a mark, NUL bytes still mean binary.
 */
class ByteOrderMarkTest {
    private static final String NOTICE = "关于做好防汛工作的通知\r\n\r\n各乡镇人民政府：\r\n\r\n一、加强值班值守\r\n汛期实行24小时值班。\r\n";

    @TempDir
    Path dir;

    private static byte[] withMark(int b0, int b1, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b0);
        out.write(b1);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void utf16WithAByteOrderMarkIsReadInEitherByteOrder() throws IOException {
        Files.write(dir.resolve("le.txt"), withMark(0xFF, 0xFE, NOTICE.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("be.txt"), withMark(0xFE, 0xFF, NOTICE.getBytes(StandardCharsets.UTF_16BE)));
        CorpusScan scan = new CorpusReader().read(dir);
        assertThat(scan.skipped()).isEmpty();
        assertThat(scan.files()).extracting(SourceText::charset).containsExactly("UTF-16BE", "UTF-16LE");
        assertThat(scan.files()).allSatisfy(f -> assertThat(f.text()).isEqualTo(NOTICE.replace("\r\n", "\n")));
    }

    @Test
    void utf16WithoutAMarkOrBrokenAfterItIsSkippedWithItsReason() throws IOException {
        Files.write(dir.resolve("no-mark.txt"), NOTICE.getBytes(StandardCharsets.UTF_16LE));
        byte[] broken = withMark(0xFF, 0xFE, NOTICE.getBytes(StandardCharsets.UTF_16LE));
        broken[broken.length - 1] = (byte) 0xD8; // a lone high surrogate at the end
        Files.write(dir.resolve("broken.txt"), broken);
        CorpusScan scan = new CorpusReader().read(dir);
        assertThat(scan.files()).isEmpty();
        assertThat(scan.skipped()).extracting(SkippedFile::fileName).containsExactly("broken.txt", "no-mark.txt");
        assertThat(scan.skipped().get(0).reason()).contains("UTF-16LE");
        assertThat(scan.skipped().get(1).reason()).contains("NUL");
    }
}
