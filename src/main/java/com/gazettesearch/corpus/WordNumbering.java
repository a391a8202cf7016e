package com.gazettesearch.corpus;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

import com.gazettesearch.text.ChineseNumerals;

/**
 * The labels Word's automatic numbering draws before paragraphs (一、 （一） 1. 第一条 ①), which are in no run of the
 * paragraph's text: without them a numbered document would lose the outline the parser reads. Counted per list and
 * level in document order, as Word does: a level's counter restarts when a higher level of its list advances. A
 * format it does not know (bullets among them) gives no label.
 */
final class WordNumbering {
    private static final int MAX_LEVELS = 9;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label {@code p} is numbered with, or "" when it is not numbered or its format is not a counter. */
    String label(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), MAX_LEVELS - 1);
        CTAbstractNum list = abstractNum(numId);
        if (list == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[MAX_LEVELS]);
        CTLvl lvl = lvl(list, level);
        count[level] = count[level] == 0 ? start(lvl) : count[level] + 1;
        for (int deeper = level + 1; deeper < MAX_LEVELS; deeper++) {
            count[deeper] = 0;
        }
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
            return "";
        }
        String text = lvl.getLvlText().getVal();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int ref = text.charAt(++i) - '1';
                if (ref < 0 || ref >= MAX_LEVELS) {
                    continue;
                }
                // a higher level not counted yet (a list that starts at its second level) stands at its start
                String value = format(lvl(list, ref), count[ref] == 0 ? start(lvl(list, ref)) : count[ref]);
                if (value == null) {
                    return "";
                }
                out.append(value);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private CTAbstractNum abstractNum(BigInteger numId) {
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abs = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        return abs == null ? null : abs.getCTAbstractNum();
    }

    private static CTLvl lvl(CTAbstractNum list, int level) {
        for (CTLvl lvl : list.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private static int start(CTLvl lvl) {
        return lvl != null && lvl.getStart() != null && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    /** {@code n} in the level's number format, or null for a format that is no counter (bullet, none, unknown). */
    private static String format(CTLvl lvl, int n) {
        String fmt = lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
                : lvl.getNumFmt().getVal().toString();
        return switch (fmt) {
            case "decimal", "decimalZero" -> Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                 "japaneseCounting", "taiwaneseCounting", "ideographDigital" -> n >= 0 && n <= 999
                    ? ChineseNumerals.format(n) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20
                    ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "upperLetter" -> n >= 1 && n <= 26 ? String.valueOf((char) ('A' + n - 1)) : Integer.toString(n);
            case "lowerLetter" -> n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : Integer.toString(n);
            default -> null;
        };
    }

    private static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('０' + (c - '0')));
        }
        return b.toString();
    }
}
