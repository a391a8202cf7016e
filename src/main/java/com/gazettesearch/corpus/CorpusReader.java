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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gazettesearch.text.Digests;

/**
 * Reads a corpus directory: every {@code .txt}, {@code .md}, {@code .html}, {@code .pdf}, {@code .docx} and
 * {@code .doc} file in it or its folders ({@link CorpusWalk}). A file whose first bytes are a PDF's, a Word
 * document's (ZIP) or an old Word document's (OLE2) is read by its {@link DocumentFormat} whatever its name says;
 * any other file is text, read by name (a web page as the text it shows, see {@link HtmlText}) and decoded strictly
 * as UTF-16 when it starts with a byte-order mark, as UTF-8 (BOM optional) or, failing that, as the charset
 * juniversalchardet detects (GBK/GB2312 read as their superset GB18030), line endings (CRLF, lone CR) made \n.
 * Files that cannot be read (undecodable, scanned, encrypted, broken), and files with no text (empty or whitespace
 * only), are reported as {@link SkippedFile}s with the reason, never fatal.
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
            Optional<DocumentFormat> format = DocumentFormats.sniff(readHead(path));
            if (format.isPresent()) {
                return extracted(name, path, format.get());
            }
            byte[] bytes = readBytes(path);
            Optional<DocumentFormat> named = DocumentFormats.byName(name);
            Decoded decoded;
            try {
                decoded = decode(bytes);
            } catch (UndecodableException e) {
                if (named.isPresent()) {
                    // a .pdf that is no PDF and no text either: say what it is not
                    throw new UndecodableException("not a " + named.get().name() + " file (its first bytes are not a "
                            + named.get().name() + "'s) and not text: " + e.getMessage());
                }
                throw e;
            }
            boolean html = isHtml(path) || (named.isPresent() && looksLikeHtml(decoded.text()));
            if (html) {
                // a web page saved under a Word name (sites serve .doc pages) is read as the page it is
                decoded = new Decoded(HtmlText.of(decoded.text()), decoded.charset());
            }
            decoded = nonBlank(decoded);
            return new CorpusScan(List.of(new SourceText(name, path, decoded.text(), decoded.charset(),
                    Digests.sha256(decoded.text()), html ? "HTML" : SourceText.textFormat(name))), List.of());
        } catch (UndecodableException | IOException e) {
            LOG.warn("skipping corpus file {}: {}", name, e.getMessage());
            return new CorpusScan(List.of(), List.of(new SkippedFile(name, e.getMessage())));
        }
    }

    /** A PDF's, Word document's or old Word document's text, extracted by its format. */
    private static CorpusScan extracted(String name, Path path, DocumentFormat format) {
        try {
            String text = normalise(format.text(path));
            if (text.isBlank()) {
                throw new DocumentFormat.UnreadableFile(format.name() + " file without text (its pages or paragraphs are empty)");
            }
            return new CorpusScan(List.of(new SourceText(name, path, text, format.name(), Digests.sha256(text), format.name())),
                    List.of());
        } catch (DocumentFormat.UnreadableFile e) {
            LOG.warn("skipping corpus file {}: {}", name, e.getMessage());
            return new CorpusScan(List.of(), List.of(new SkippedFile(name, e.getMessage())));
        }
    }

    /** The first bytes of the file, enough to tell a document format by ({@link DocumentFormats#HEAD_BYTES}). */
    private static byte[] readHead(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(DocumentFormats.HEAD_BYTES);
        }
    }

    /** The file's bytes; a file swapped for a link since the walk is not followed either. */
    private static byte[] readBytes(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    /** True for the files this reader reads by their name: .txt, .md, .html/.htm, .pdf, .docx and .doc. */
    public static boolean isCorpusFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || isHtml(path)
                || DocumentFormats.byName(name).isPresent();
    }

    /** True when the file's first bytes say it is a PDF, whatever its name (a download saved without .pdf). */
    static boolean isPdf(Path path) {
        try {
            return DocumentFormats.sniff(readHead(path)).filter(f -> f == DocumentFormats.PDF).isPresent();
        } catch (IOException e) {
            // unreadable here means unreadable later: the walk lists it by name as it would any other
            return false;
        }
    }

    /** Text that opens as an HTML page does (<!DOCTYPE html>, <html>). */
    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
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

    /** Why a file's bytes are not text we can read. */
    private static final class UndecodableException extends Exception {
        private static final long serialVersionUID = 1L;

        UndecodableException(String message) {
            super(message);
        }
    }
}
