package com.gazettesearch.reliability;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import com.gazettesearch.index.TestCorpus;

/**
 * A corpus directory as users and accidents leave it, each entry with the outcome the indexer must give it: read in
 * every encoding a Chinese office saves in (GB18030, UTF-16 with a mark, UTF-8 with a BOM), in folders, at 30 MB or
 * with a 2 MB line, printed twice; and listed with its reason when it is binary, empty, not UTF-8 nor GB18030, a PDF
 * or Word file, a fifo, a link out of the corpus, into it or to nothing, an empty folder or a hidden file.
 */
final class HostileCorpus {
    /** What must become of an entry: indexed, or listed as skipped with a reason containing {@code reason}. */
    record Outcome(boolean indexed, String reason) {
        static Outcome read() {
            return new Outcome(true, null);
        }

        static Outcome skipped(String reason) {
            return new Outcome(false, reason);
        }
    }

    /** A line in the 30 MB export that the index must find. */
    static final String EXPORT_MARKER = "zebraquartz";
    static final String NOTICE = "关于做好防汛工作的通知\n\n各乡镇人民政府，县直各单位：\n\n一、加强值班值守\n"
            + "汛期实行24小时值班，值班人员不得擅离职守。\n二、及时报告险情\n发现险情立即报告县防汛办。\n\n某某县人民政府办公室\n2024年5月6日\n";

    private HostileCorpus() {
    }

    /** Writes the corpus into {@code dir}; the outcome each entry must have, by its name relative to {@code dir}. */
    static Map<String, Outcome> write(Path dir, boolean fifos) throws IOException, InterruptedException {
        Map<String, Outcome> expected = new LinkedHashMap<>();
        Files.createDirectories(dir);
        Random random = new Random(42);

        Files.write(dir.resolve("gb18030.txt"), NOTICE.getBytes(Charset.forName("GB18030")));
        expected.put("gb18030.txt", Outcome.read());
        Files.write(dir.resolve("utf16le-bom.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                NOTICE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        expected.put("utf16le-bom.txt", Outcome.read());
        Files.write(dir.resolve("utf16be-bom.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                NOTICE.getBytes(StandardCharsets.UTF_16BE)));
        expected.put("utf16be-bom.txt", Outcome.read());
        Files.write(dir.resolve("utf8-bom.md"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("# " + NOTICE).getBytes(StandardCharsets.UTF_8)));
        expected.put("utf8-bom.md", Outcome.read());
        Files.writeString(dir.resolve("空 格 & #%.txt"), NOTICE);
        expected.put("空 格 & #%.txt", Outcome.read());

        String gazette = Files.readString(TestCorpus.CORPUS.resolve("lukou-gazette-2024-01.txt"));
        Files.writeString(dir.resolve("repeated.txt"), gazette + "\n\n" + gazette);
        expected.put("repeated.txt", Outcome.read());
        Files.createDirectories(dir.resolve("2024/渌口区"));
        Files.writeString(dir.resolve("2024/渌口区/一月.txt"), NOTICE);
        expected.put("2024/渌口区/一月.txt", Outcome.read());
        Files.createDirectories(dir.resolve("x.txt"));
        Files.writeString(dir.resolve("x.txt/inner.md"), NOTICE);
        expected.put("x.txt/inner.md", Outcome.read());

        // A PDF conversion that lost every line break: one line of 2 MB.
        Files.writeString(dir.resolve("long-line.txt"), "关于印发节能工作方案的通知\n"
                + "各单位要认真落实节能降碳工作要求，".repeat(2 * 1024 * 1024 / 51) + "\n");
        expected.put("long-line.txt", Outcome.read());
        // An export or log of 30 MB renamed .txt: short lines, no full stops, one marker line in the middle.
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("export-30mb.txt"), StandardCharsets.UTF_8)) {
            w.write("关于导出系统日志的通知\n");
            String[] words = {"alpha", "beta", "gamma", "2024-01-02", "ERROR", "request", "id=42", "ok"};
            long written = 0;
            boolean marked = false;
            while (written < 30L * 1024 * 1024) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    line.append(words[random.nextInt(words.length)]).append(' ');
                    // inside the line: lines without a full stop are joined without a space
                    if (i == 3 && !marked && written > 15L * 1024 * 1024) {
                        line.append(EXPORT_MARKER).append(' ');
                        marked = true;
                    }
                }
                line.append('\n');
                w.write(line.toString());
                written += line.length();
            }
        }
        expected.put("export-30mb.txt", Outcome.read());

        byte[] binary = new byte[64 * 1024];
        random.nextBytes(binary);
        binary[100] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        expected.put("binary.txt", Outcome.skipped("binary content (NUL bytes)"));
        Files.write(dir.resolve("nul-in-text.txt"), concat(NOTICE.getBytes(StandardCharsets.UTF_8), new byte[] {0},
                "附件".getBytes(StandardCharsets.UTF_8)));
        expected.put("nul-in-text.txt", Outcome.skipped("NUL"));
        byte[] soup = new byte[4096];
        random.nextBytes(soup);
        for (int i = 0; i < soup.length; i++) {
            soup[i] = soup[i] == 0 ? 1 : soup[i];
        }
        soup[10] = (byte) 0xFF;
        Files.write(dir.resolve("random-bytes.txt"), soup);
        expected.put("random-bytes.txt", Outcome.skipped("not valid UTF-8"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        expected.put("empty.txt", Outcome.skipped("empty file"));
        Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4\n%âãÏÓ\n");
        expected.put("scan.pdf", Outcome.skipped("broken PDF"));
        Files.write(dir.resolve("notice.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        expected.put("notice.docx", Outcome.skipped("not a readable Word .docx file"));
        Files.writeString(dir.resolve(".hidden.txt"), NOTICE);
        expected.put(".hidden.txt", Outcome.skipped("hidden file"));
        Files.createDirectories(dir.resolve("empty-folder"));
        expected.put("empty-folder", Outcome.skipped("empty directory"));

        Files.createSymbolicLink(dir.resolve("link-out.txt"), Path.of("/etc/passwd"));
        expected.put("link-out.txt", Outcome.skipped("outside the corpus: not followed"));
        Files.createSymbolicLink(dir.resolve("link-in.txt"), dir.resolve("gb18030.txt"));
        expected.put("link-in.txt", Outcome.skipped("gb18030.txt inside the corpus: not followed"));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        expected.put("dangling.txt", Outcome.skipped("dangling symbolic link"));
        if (fifos && new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start().waitFor() == 0) {
            expected.put("fifo.txt", Outcome.skipped("a fifo"));
        }
        return expected;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
