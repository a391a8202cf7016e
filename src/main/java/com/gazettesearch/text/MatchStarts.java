package com.gazettesearch.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can start with, searched by trying it only where one of them stands.
 * {@link Matcher#find()} tries a pattern at every position, and a pattern that opens with a choice of character
 * classes or words (a date, an amount, 不超过|不得超过|…) costs that choice at every character of a whole text; the
 * indexer runs such patterns over every section. A {@link Scan} gives the matches {@code find()} gives, in the same
 * order: the pattern is tried with the whole text in view (transparent bounds, so a look-behind sees what precedes
 * the position), and each search continues where the last match ended. The start characters must be all the
 * characters a match can start with; the tests of each pattern compare it with {@code find()}.
 */
public final class MatchStarts {
    private final Pattern pattern;
    private final BitSet starts = new BitSet();

    /** @param starts every character a match of {@code pattern} can start with (BMP characters) */
    public MatchStarts(Pattern pattern, String starts) {
        this.pattern = pattern;
        starts.chars().forEach(this.starts::set);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches of the pattern in {@code text}, one {@link Scan#find()} at a time. */
    public Scan scan(CharSequence text) {
        return new Scan(text);
    }

    /** Whether {@code text} holds a match. */
    public boolean in(CharSequence text) {
        return scan(text).find();
    }

    /** The search of one text: like a {@link Matcher} used with {@code find()}. */
    public final class Scan {
        private final CharSequence text;
        private final Matcher matcher;
        private int next;

        private Scan(CharSequence text) {
            this.text = text;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match: true with {@link #matcher()}'s groups and offsets set (into the whole text). */
        public boolean find() {
            int length = text.length();
            for (int i = next; i < length; i++) {
                if (starts.get(text.charAt(i)) && matcher.region(i, length).lookingAt()) {
                    // as find() goes on: after the match, or one further after an empty one
                    next = matcher.end() == i ? i + 1 : matcher.end();
                    return true;
                }
            }
            next = length;
            return false;
        }

        /** The matcher holding the last match {@link #find()} found. */
        public Matcher matcher() {
            return matcher;
        }
    }
}
