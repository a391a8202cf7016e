package com.gazettesearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as safe HTML: matched text in {@code <mark>…</mark>}, everything else
 * escaped. Overlapping and touching matches (CJK bigrams overlap by one character: 污水 水处 处理)
 * become one mark, so 污水处理 is {@code <mark>污水处理</mark>}, not four marks; so do matches a
 * space apart (第 20 条).
 */
public final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";
    /** Punctuation that continues a sentence; a passage should not start with it. */
    private static final String CLAUSE_PUNCTUATION = "，、；：,;:";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Passage passage : passages) {
            int from = passage.getStartOffset();
            boolean gap = from > pos;
            // a passage the sentence breaker started after a clause's comma (，节能环保…) starts mid-sentence:
            // drop the punctuation and say the text goes on before it; one that goes on from the last keeps it
            boolean midSentence = false;
            if (gap || pos == 0) {
                while (from < passage.getEndOffset() && CLAUSE_PUNCTUATION.indexOf(content.charAt(from)) >= 0) {
                    from++;
                    midSentence = true;
                }
            }
            if ((gap && pos > 0) || (midSentence && pos == 0)) {
                out.append(ELLIPSIS);
            }
            pos = Math.max(pos, from);
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            int n = passage.getNumMatches();
            int i = 0;
            while (i < n) {
                int start = Math.max(starts[i], pos);
                int end = ends[i];
                // Swallow every match that overlaps or touches this one, or is only spaces away (第 20 条).
                while (i + 1 < n && (starts[i + 1] <= end || onlySpaces(content, end, starts[i + 1]))) {
                    end = Math.max(end, ends[++i]);
                }
                i++;
                end = Math.min(end, passage.getEndOffset());
                if (end <= start) {
                    continue;
                }
                escape(out, content, pos, start);
                out.append("<mark>");
                escape(out, content, start, end);
                out.append("</mark>");
                pos = end;
            }
            escape(out, content, pos, Math.max(pos, passage.getEndOffset()));
            pos = Math.max(pos, passage.getEndOffset());
        }
        return out.toString();
    }

    private static boolean onlySpaces(String content, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (content.charAt(i) != ' ' && content.charAt(i) != '\u3000') {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code content[from, to)} HTML-escaped. */
    static void escape(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The escaped start of {@code text}, for a hit with no highlighted passage. */
    static String leading(String text, int maxChars) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), maxChars);
        escape(out, text, 0, end);
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }
}
