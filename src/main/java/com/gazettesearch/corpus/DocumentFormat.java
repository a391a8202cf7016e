package com.gazettesearch.corpus;

import java.nio.file.Path;

/**
 * A file format whose text is extracted rather than decoded (PDF, Word): one small reader per format, each
 * returning the plain text the parser reads — paragraphs on lines of their own, table rows as tab-separated cells,
 * page furniture (headers, footers, page numbers) left out. A file it cannot read is an {@link UnreadableFile}
 * whose message is the reason shown in the index summary; a reader never hangs (its work is bounded) and never
 * lets the parser library's failure on a broken file escape as anything else.
 */
interface DocumentFormat {
    /** The format's name as users know it: PDF, DOCX, DOC. */
    String name();

    /** The text of the file at {@code path}. */
    String text(Path path) throws UnreadableFile;

    /** Why a file of a document format cannot be read; the message is the reason a user sees. */
    final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFile(String reason) {
            super(reason);
        }

        UnreadableFile(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
