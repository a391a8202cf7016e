package com.gazettesearch.records.fee;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as the fee readers see it: one spelling per character (full-width digits, ．, ／, dashes, ＜＞ and the
 * ideographic space folded, character for character so offsets do not move), titles in 《》 blanked (a cited
 * document's name is not a charge set here), and split into sentences at 。！？ and line breaks
 * (and into clauses at ；).
 */
final class FeeText {
    private FeeText() {
    }

    /** {@code s} with one spelling per character and 《quoted titles》 blanked; same length as {@code s}. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int quoted = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '《') {
                quoted++;
            } else if (c == '》' && quoted > 0) {
                quoted--;
                b.append(' ');
                continue;
            }
            b.append(quoted > 0 ? ' ' : fold(c));
        }
        return b.toString();
    }

    private static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '．', '﹒' -> '.';
            case '／' -> '/';
            case '　', '\u00a0' -> ' ';
            case 'ｍ' -> 'm';
            case 'Ｍ' -> 'M';
            case '～' -> '~';
            case '－', '—', '–', '―' -> '-';
            case '＜' -> '<';
            case '＞' -> '>';
            default -> c;
        };
    }

    /** The sentences of {@code text}, split after 。！？ and at line breaks; blank ones dropped. */
    static List<String> sentences(String text) {
        return split(text, "。！？!?\n");
    }

    /** The clauses of {@code text}: its sentences, also split after ；. */
    static List<String> clauses(String text) {
        return split(text, "。；;！？!?\n");
    }

    private static List<String> split(String text, String ends) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ends.indexOf(text.charAt(i)) >= 0) {
                String s = text.substring(start, i);
                if (!s.isBlank()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        return out;
    }
}
