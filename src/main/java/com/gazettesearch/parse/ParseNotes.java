package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What the recognisers of one file could not recognise or had to guess, each at the source line it is about, so
 * that it ends up as a warning on the document that holds the line. Messages are for people adding a gazette:
 * they say what was found, what was done instead and, where it helps, the text in question.
 */
final class ParseNotes {
    /** One note: the 1-based source line it is about (0 = the whole file) and its message. */
    record Note(int line, String message) {
    }

    private static final int MAX_QUOTE = 40;
    private final List<Note> notes = new ArrayList<>();

    void add(int line, String message) {
        notes.add(new Note(line, message));
    }

    /** The notes about lines {@code from}..{@code to} (inclusive); a whole-file note goes to the first document. */
    List<String> between(int from, int to, boolean first) {
        List<String> out = new ArrayList<>();
        for (Note n : notes) {
            if ((n.line() == 0 && first) || (n.line() >= from && n.line() <= to)) {
                out.add(n.message());
            }
        }
        return out;
    }

    /** A short quotation of {@code text} for a message: 「开头…」. */
    static String quote(String text) {
        String t = TextPatterns.collapse(text);
        return "「" + (t.length() > MAX_QUOTE ? t.substring(0, MAX_QUOTE) + "…" : t) + "」";
    }
}
