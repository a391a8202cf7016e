package com.gazettesearch.corpus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One corpus file, decoded: the input of the parse stage.
 *
 * @param fileName name inside the corpus directory (used as the document's source)
 * @param path     where it was read from
 * @param text     decoded text, BOM stripped, line endings normalised to \n
 * @param charset  how the text was read: the charset of a text file (UTF-8, GB18030 …), or the format of a
 *                 document file whose text was extracted (PDF, DOCX, DOC)
 * @param sha256   hex SHA-256 of {@code text}, to recognise unchanged files
 * @param format   the file's format as read (text, Markdown, HTML, PDF, DOCX, DOC), whatever its name says
 */
public record SourceText(String fileName, Path path, String text, String charset, String sha256, String format) {
    /** A text file (.txt, .md, .html by its name) decoded with {@code charset}. */
    public SourceText(String fileName, Path path, String text, String charset, String sha256) {
        this(fileName, path, text, charset, sha256, textFormat(fileName));
    }

    /** The format of a text file by its name: Markdown, HTML or text. */
    static String textFormat(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md")) {
            return "Markdown";
        }
        return n.endsWith(".html") || n.endsWith(".htm") ? "HTML" : "text";
    }
}
