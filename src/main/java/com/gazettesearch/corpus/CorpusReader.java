package com.gazettesearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus directory: every {@code .txt}, {@code .md} and {@code .html} file in it or its folders
 * ({@link CorpusWalk}), by name (a web page read as the text it shows, see {@link HtmlText}), decoded strictly as
 * UTF-16 when it starts with a byte-order mark, as UTF-8 (BOM optional) or, failing that, as the charset
 * juniversalchardet detects (GBK/GB2312 read as their superset GB18030), line endings (CRLF, lone CR) made \n.
 * Files that cannot be decoded, and files with no text (empty or whitespace only), are reported as
 * {@link SkippedFile}s, never fatal.
 */
public final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Reads every gazette file under {@code dir} ({@link CorpusWalk}: folders recursively, links never followed);
     * throws only when the directory itself cannot be listed. Every other entry is in the scan's skipped list.
     */
    public CorpusScan read(Path dir) {
        CorpusWalk.Result walk = CorpusWalk.of(dir);
        walk.skipped().forEach(s -> LOG.warn("skipping corpus entry {}: {}", s.fileName(), s.reason()));
        List<SourceText> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(walk.skipped());
        for (CorpusWalk.Entry entry : walk.files()) {
            CorpusScan one = read(entry.name(), entry.path());
            files.addAll(one.files());
            skipped.addAll(one.skipped());
        }
        skipped.sort(Comparator.comparing(SkippedFile::fileName));
        return new CorpusScan(files, skipped);
    }

    /** Reads one file as a corpus file: the scan holds it decoded, or skipped with the reason. */
    public CorpusScan readFile(Path path) {
        return read(path.getFileName().toString(), path);
    }

    /**
     * Reads one entry of a {@link CorpusWalk} under its corpus name: a large corpus is read a file at a time, so that
     * its text need not fit in memory at once.
     */
    public CorpusScan read(CorpusWalk.Entry entry) {
        return read(entry.name(), entry.path());
    }

    /** Reads {@code path} under the corpus name {@code name}. */
    private static CorpusScan read(String name, Path path) {
        try {
            Decoded decoded = decode(readBytes(path));
            if (isHtml(path)) {
                decoded = new Decoded(HtmlText.of(decoded.text()), decoded.charset());
            }
            decoded = nonBlank(decoded);
            return new CorpusScan(List.of(new SourceText(name, path, decoded.text(), decoded.charset(),
                    sha256(decoded.text()))), List.of());
        } catch (UndecodableException | IOException e) {
            LOG.warn("skipping corpus file {}: {}", name, e.getMessage());
            return new CorpusScan(List.of(), List.of(new SkippedFile(name, e.getMessage())));
        }
    }

    /** The file's bytes; a file swapped for a link since the walk is not followed either. */
    private static byte[] readBytes(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    /** True for the files this reader reads: .txt, .md and .html/.htm. */
    public static boolean isCorpusFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || isHtml(path);
    }

    /** A saved web page: read as the text a browser shows (see {@link HtmlText}). */
    static boolean isHtml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private record Decoded(String text, String charset) {
    }

    /** A file of spaces and line breaks holds no text: it is skipped like an empty one. */
    private static Decoded nonBlank(Decoded decoded) throws UndecodableException {
        if (decoded.text().isBlank()) {
            throw new UndecodableException("empty file (whitespace only)");
        }
        return decoded;
    }

    private static Decoded decode(byte[] bytes) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException("empty file");
        }
        // UTF-16 is recognised by its byte-order mark (Windows Notepad's "Unicode"); without one, its NULs mean binary.
        Charset utf16 = utf16ByMark(bytes);
        if (utf16 != null) {
            return strict(bytes, utf16).map(text -> new Decoded(normalise(text), utf16.name()))
                    .orElseThrow(() -> new UndecodableException("starts with a " + utf16.name()
                            + " byte-order mark but is not valid " + utf16.name()));
        }
        for (byte b : bytes) {
            // NUL never occurs in UTF-8 or GB18030 text; it marks a binary file (or UTF-16, which we do not accept).
            if (b == 0) {
                throw new UndecodableException("binary content (NUL bytes)");
            }
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(normalise(utf8.get()), "UTF-8");
        }
        String detected = detect(bytes);
        Charset charset = candidateFor(detected);
        return strict(bytes, charset)
                .map(text -> new Decoded(normalise(text), charset.name()))
                .orElseThrow(() -> new UndecodableException("not valid UTF-8 and not valid " + charset.name()
                        + " (detected: " + (detected == null ? "nothing" : detected) + ")"));
    }

    private static Charset utf16ByMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /**
     * The second charset to try. GB2312 and GBK are subsets of GB18030, so the superset accepts all they accept;
     * Big5 is kept when detected. Any other guess (windows-1252 …) would "decode" any byte soup, so for a Chinese
     * corpus we insist on GB18030 and let strict decoding reject what is not text.
     */
    private static Charset candidateFor(String detected) {
        if (detected != null && detected.toUpperCase(Locale.ROOT).startsWith("BIG5")) {
            return Charset.forName("Big5");
        }
        return GB18030;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String text) {
        String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // CRLF (exports), lone CR (old Mac tools), form feeds (pdftotext page breaks) and Unicode line and
        // paragraph separators all end a line
        return noBom.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Why a file's bytes are not text we can read. */
    private static final class UndecodableException extends Exception {
        private static final long serialVersionUID = 1L;

        UndecodableException(String message) {
            super(message);
        }
    }
}
