package com.gazettesearch.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@link DocumentFormat} reads a file: the one its first bytes say (a PDF's {@code %PDF-}, a ZIP's
 * {@code PK}, an OLE2 compound file's {@code D0 CF 11 E0}), whatever the file is called, so a PDF saved as
 * {@code .txt} is read as a PDF; none for text. The file names the walk reads are those of text files and of these
 * formats.
 */
final class DocumentFormats {
    static final DocumentFormat PDF = new PdfText();
    static final DocumentFormat DOCX = new DocxText();
    static final DocumentFormat DOC = new DocText();
    /** The extensions of the document formats, as the walk lists them. */
    static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".doc");
    /** How far into a file a PDF header may start (PDF 32000 allows bytes before it; readers look at 1024). */
    static final int HEAD_BYTES = 1024;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private DocumentFormats() {
    }

    /** The document format {@code head} (a file's first bytes) starts like, if any. */
    static Optional<DocumentFormat> sniff(byte[] head) {
        if (indexOf(head, PDF_MAGIC) >= 0) {
            return Optional.of(PDF);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return Optional.of(DOCX);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return Optional.of(DOC);
        }
        return Optional.empty();
    }

    /** The document format a file name says (.pdf, .docx, .doc), if any. */
    static Optional<DocumentFormat> byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (n.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        return n.endsWith(".doc") ? Optional.of(DOC) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] magic) {
        int last = Math.min(bytes.length, HEAD_BYTES) - magic.length;
        for (int at = 0; at <= last; at++) {
            boolean match = true;
            for (int i = 0; i < magic.length && match; i++) {
                match = bytes[at + i] == magic[i];
            }
            if (match) {
                return at;
            }
        }
        return -1;
    }
}
