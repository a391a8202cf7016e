package com.gazettesearch.parse;

/**
 * One line of a source file after markup cleanup: Markdown {@code #} and {@code **} removed, outer spaces trimmed
 * (tabs kept on table lines, where leading empty cells matter).
 *
 * @param number            1-based line number in the source file
 * @param text              cleaned text, empty for a blank line
 * @param markdownHeading   the line was a Markdown {@code #} heading
 */
record SourceLine(int number, String text, boolean markdownHeading) {
    boolean blank() {
        return text.isBlank();
    }

    boolean tabular() {
        return text.indexOf('\t') >= 0;
    }
}
