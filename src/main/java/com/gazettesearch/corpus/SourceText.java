package com.gazettesearch.corpus;

import java.nio.file.Path;

/**
 * One corpus file, decoded: the input of the parse stage.
 *
 * @param fileName name inside the corpus directory (used as the document's source)
 * @param path     where it was read from
 * @param text     decoded text, BOM stripped, line endings normalised to \n
 * @param charset  the charset it was decoded with (UTF-8, GB18030 …)
 * @param sha256   hex SHA-256 of {@code text}, to recognise unchanged files
 */
public record SourceText(String fileName, Path path, String text, String charset, String sha256) {
}
