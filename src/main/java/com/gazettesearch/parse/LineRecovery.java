package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.ChineseNumerals;

/**
 * Recovers the line structure that exports and crawls lose. Three cases:
 * <ul>
 *   <li>A PDF's text copied with its printed lines joined by spaces: a long line in which spaces between Chinese
 *   characters recur at the width of a printed line (GB/T 9704 prints 28 characters a line) is cut at each of them,
 *   so each printed line is a line again and the paragraph joiner puts the paragraphs back together (words the
 *   breaks split, 第九 届, are whole again). Spaces next to Latin letters and digits (2018 年) are the typesetting's
 *   and stay.</li>
 *   <li>In any line, a chapter, section or article label (第N章 / 第N节 / 第N条) that follows a space or a
 *   sentence end starts a new line when its number continues the numbering so far — e.g.
 *   {@code 第一章　总则　　第一条　为规范…} is a chapter heading and an article. A 第N条 cited inside a sentence
 *   (依照第十条规定) is never preceded by a space or a full stop, and rarely continues the sequence.</li>
 *   <li>A <em>run-on</em> line — a whole page body whose paragraphs were joined with spaces or nothing — is
 *   also cut after sentence ends followed by a space, before numbered items and outline labels that continue
 *   their sequence, around a signature date or a 文号 standing between spaces, and after a title. Pieces that
 *   are website furniture (当前位置：…, 来源：…, 附件下载) are dropped with a note.</li>
 * </ul>
 * Every piece keeps the number of the line it came from.
 */
final class LineRecovery {
    private static final String WS = "[\\s\\u3000]";
    private static final String CN_NUM = "[一二三四五六七八九十百零〇两\\d]+";
    private static final Pattern STRUCTURE = Pattern.compile("第" + WS + "*(" + CN_NUM + ")" + WS + "*([章节条])");
    private static final Pattern RUN_ON_MARK = Pattern.compile(
            "[。；！？][”’」』]?" + WS + "+"                                   // sentence end + space
            + "|(?<item>\\d{1,3})[.．、﹒](?![\\d.．])"                          // 1. / 1、 / 1．
            + "|(?<enum>[一二三四五六七八九十]{1,3})、"                           // 一、
            + "|[（(](?<paren>[一二三四五六七八九十]{1,3})[)）]"                  // （一）
            + "|[（(](?<aparen>\\d{1,2})[)）]"                                 // （1）
            + "|(?<date>\\d{4}年\\d{1,2}月\\d{1,2}日)"
            + "|(?<title>的(?:通知|决定|意见|公告|通告|批复|报告|函|通报))" + WS + "+");
    /** What a paragraph boundary inside a line looks like: a sentence end then a space, or a spaced 第N章/第N条. */
    private static final Pattern RUN_ON_SIGNAL = Pattern.compile("[。；！？]" + WS + "+\\S|" + WS + "第" + CN_NUM + "[章条]" + WS);
    private static final Pattern DOC_NUMBER_PIECE = Pattern.compile(
            "(?<=^|" + WS + ")[（(]?[\\p{IsHan}]{1,12}[〔\\[(（【][12]\\d{3}[〕\\])）】]\\d{1,4}号[)）]?(?=" + WS + "|$)");
    private static final String NO_CUT_AFTER_DATE = "起前后至以到的止内，。、；：）)前";
    private static final String ARTICLE_NOT_FOLLOWED_BY = "的规之中所款项和及或、，。；：（(";
    /** Lines shorter than this are never run-on; long single paragraphs of real text are a few hundred. */
    private static final int RUN_ON_MIN_CHARS = 600;
    private static final int RUN_ON_MIN_MARKS = 3;
    private static final int MAX_TITLE_CHARS = 100;
    /** A character of Chinese text or its punctuation (full-width, or ASCII where a page was NFKC-normalised). */
    private static final String CJK = "[\\p{IsHan}\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2014\\u2026\\u201C\\u201D"
            + "\\u2018\\u2019\\u00B7(),:;!?]";
    /** A space between two Chinese characters: where a printed line ended, in a PDF's joined text. */
    private static final Pattern PRINTED_BREAK = Pattern.compile("(?<=" + CJK + ")[ \\u00A0\\u3000]+(?=" + CJK + ")");
    /** A full date after a Chinese character and a space: a signature date at the end of a printed line. */
    private static final Pattern PRINTED_DATE = Pattern.compile(
            "(?<=\\p{IsHan}[ \\u00A0\\u3000])\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    /** A page number between spaces inside joined printed lines: group 1. */
    private static final Pattern PAGE_IN_TEXT = Pattern.compile(
            "[ \\u00A0\\u3000]+([—－\\-–]{1,2}\\s*\\d{1,4}\\s*[—－\\-–]{1,2})[ \\u00A0\\u3000]+");
    /** A line shorter than this is never taken for joined printed lines. */
    private static final int PRINTED_MIN_CHARS = 300;
    private static final int PRINTED_MIN_BREAKS = 8;
    /** Printed lines are 15 to 50 characters wide (28 in GB/T 9704), full lines all about the same width. */
    private static final int PRINTED_MIN_WIDTH = 15;
    private static final int PRINTED_MAX_WIDTH = 50;
    private static final int PRINTED_WIDTH_SLACK = 3;
    /** Pieces of about the line width needed, at least this many and three in ten. */
    private static final int PRINTED_MIN_FULL_LINES = 5;
    /** A page number on a line of its own: — 1 —, - 12 -, －3－, 第 2 页, 第2页 共9页. */
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[—－\\-–]{1,2}\\s*\\d{1,4}\\s*[—－\\-–]{1,2}|第\\s*\\d{1,4}\\s*页(?:\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?)$");

    private int lastChapter;
    private int lastSection;
    private int lastArticle;
    private final int[] lastItem = new int[4];
    private int lastItemAt;

    /** The lines with chapter/article labels and run-on bodies cut apart; notes what it cut and dropped. */
    static List<SourceLine> recover(List<SourceLine> lines, ParseNotes notes) {
        LineRecovery r = new LineRecovery();
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine joined : lines) {
            if (joined.blank() || joined.tabular() || joined.markdownHeading()) {
                out.add(joined);
                continue;
            }
            List<SourceLine> printed = printedLines(joined, notes);
            for (SourceLine line : printed) {
                if (PAGE_NUMBER.matcher(line.text().strip()).matches()) {
                    notes.add(line.number(), "page number not indexed: " + ParseNotes.quote(line.text()));
                    continue;
                }
                r.recoverLine(line, notes, out);
            }
        }
        return out;
    }

    /**
     * The printed lines of {@code line} when it is a PDF's text with its line breaks turned into spaces (see the
     * class comment), each numbered as {@code line}; else {@code line} alone.
     */
    private static List<SourceLine> printedLines(SourceLine line, ParseNotes notes) {
        String text = line.text();
        if (text.length() < PRINTED_MIN_CHARS) {
            return List.of(line);
        }
        List<Integer> breaks = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher m = PRINTED_BREAK.matcher(text);
        while (m.find()) {
            breaks.add(m.start());
            ends.add(m.end());
        }
        if (breaks.size() < PRINTED_MIN_BREAKS) {
            return List.of(line);
        }
        List<Integer> widths = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < breaks.size(); k++) {
            widths.add(breaks.get(k) - from);
            from = ends.get(k);
        }
        // the line width: the width most pieces have (a paragraph's last line and a heading are shorter); few
        // pieces are longer (two printed lines where a digit stood at the break)
        int width = 0;
        long full = 0;
        for (int w : widths) {
            long near = widths.stream().filter(x -> Math.abs(x - w) <= PRINTED_WIDTH_SLACK).count();
            if (near > full) {
                full = near;
                width = w;
            }
        }
        int lineWidth = width;
        long longer = widths.stream().filter(x -> x > lineWidth + PRINTED_WIDTH_SLACK).count();
        if (width < PRINTED_MIN_WIDTH || width > PRINTED_MAX_WIDTH || full < PRINTED_MIN_FULL_LINES
                || full * 10 < widths.size() * 3L || longer * 5 > widths.size()) {
            // paragraphs joined by spaces (a crawl) vary in length: that is a run-on body, read below
            return List.of(line);
        }
        // a signature's date is a printed line of its own, but the digit after the space keeps it from reading as a
        // break: cut before a date that ends where a printed line does
        List<int[]> cuts = new ArrayList<>();
        for (int k = 0; k < breaks.size(); k++) {
            cuts.add(new int[] {breaks.get(k), ends.get(k)});
        }
        // a page number between printed lines (— 1 —, - 2 -) is a line of its own
        Matcher page = PAGE_IN_TEXT.matcher(text);
        while (page.find()) {
            cuts.add(new int[] {page.start(), page.start(1)});
            cuts.add(new int[] {page.end(1), page.end()});
        }
        List<Integer> cutStarts = cuts.stream().map(c -> c[0]).toList();
        Matcher date = PRINTED_DATE.matcher(text);
        while (date.find()) {
            if (date.end() == text.length() || cutStarts.contains(date.end())) {
                cuts.add(new int[] {date.start(), date.start()});
            }
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<SourceLine> out = new ArrayList<>(cuts.size() + 1);
        from = 0;
        for (int[] cut : cuts) {
            // cuts found twice (a break that is also a page number's edge) overlap
            if (cut[0] >= from) {
                addPiece(out, line.number(), text.substring(from, cut[0]));
            }
            from = Math.max(from, cut[1]);
        }
        addPiece(out, line.number(), text.substring(from));
        notes.add(line.number(), "line " + line.number() + " holds " + out.size() + " printed lines of a PDF joined by"
                + " spaces (about " + lineWidth + " characters each): split at the spaces between Chinese characters");
        return out;
    }

    private static void addPiece(List<SourceLine> out, int number, String piece) {
        String p = piece.strip();
        if (!p.isEmpty()) {
            out.add(new SourceLine(number, p, false));
        }
    }

    /** Cuts one line at its chapter and article labels, and a run-on body into paragraphs, into {@code out}. */
    private void recoverLine(SourceLine line, ParseNotes notes, List<SourceLine> out) {
        boolean runOn = runOn(line.text());
        List<String> pieces = cut(line.text(), runOn);
        if (!runOn) {
            pieces.forEach(p -> out.add(new SourceLine(line.number(), p, false)));
            return;
        }
        List<String> dropped = new ArrayList<>();
        for (String p : pieces) {
            if (WebFurniture.IN_BODY.matcher(p).matches()) {
                dropped.add(p);
            } else {
                out.add(new SourceLine(line.number(), p, false));
            }
        }
        notes.add(line.number(), "line " + line.number() + " holds a whole body of " + line.text().length()
                + " characters on one line: split into " + (pieces.size() - dropped.size())
                + " paragraphs at sentence ends and numbered labels");
        if (!dropped.isEmpty()) {
            notes.add(line.number(), "website text not indexed: "
                    + String.join(" ", dropped.stream().map(ParseNotes::quote).toList()));
        }
    }

    /** A line holding several paragraphs: long, with sentence ends followed by spaces or several labels. */
    static boolean runOn(String text) {
        if (text.length() < RUN_ON_MIN_CHARS) {
            return false;
        }
        int marks = 0;
        Matcher m = RUN_ON_SIGNAL.matcher(text);
        while (m.find() && marks < RUN_ON_MIN_MARKS) {
            marks++;
        }
        return marks >= RUN_ON_MIN_MARKS;
    }

    private List<String> cut(String text, boolean runOn) {
        List<Integer> cuts = new ArrayList<>();
        structureCuts(text, cuts);
        if (runOn) {
            runOnCuts(text, cuts);
        }
        cuts.sort(Integer::compare);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            if (c > from) {
                add(pieces, text.substring(from, c));
                from = c;
            }
        }
        add(pieces, text.substring(from));
        return pieces;
    }

    private static void add(List<String> pieces, String piece) {
        String p = piece.strip();
        if (!p.isEmpty()) {
            pieces.add(p);
        }
    }

    private void structureCuts(String text, List<Integer> cuts) {
        Matcher m = STRUCTURE.matcher(text);
        while (m.find()) {
            OptionalInt n = ChineseNumerals.parse(m.group(1));
            if (n.isEmpty()) {
                continue;
            }
            int at = m.start();
            boolean lineStart = text.substring(0, at).isBlank();
            String kind = m.group(2);
            if (lineStart) {
                follow(kind, n.getAsInt());
                continue;
            }
            if (!afterBoundary(text, at, false) || !continues(kind, n.getAsInt()) || !labelEnds(text, m.end(), kind)) {
                continue;
            }
            follow(kind, n.getAsInt());
            cuts.add(at);
        }
    }

    private void runOnCuts(String text, List<Integer> cuts) {
        List<Integer> structure = List.copyOf(cuts);
        // a 文号 between spaces is a line of its own; cut first so a title after it is seen to start there
        Matcher number = DOC_NUMBER_PIECE.matcher(text);
        while (number.find()) {
            cuts.add(number.start());
            cuts.add(number.end());
        }
        lastItemAt = 0;
        Matcher m = RUN_ON_MARK.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (m.group("date") != null) {
                // a signature date stands between spaces or runs into the next title; a date inside a
                // sentence (自 2021年1月1日起) is followed by 起, 前, 的 …
                int end = m.end();
                boolean ends = end == text.length() || isSpace(text.charAt(end))
                        || (Character.isIdeographic(text.codePointAt(end)) && NO_CUT_AFTER_DATE.indexOf(text.charAt(end)) < 0);
                if (at > 0 && isSpace(text.charAt(at - 1)) && ends) {
                    cuts.add(at);
                    cuts.add(end);
                }
            } else if (m.group("title") != null) {
                String piece = text.substring(lastCutBefore(cuts, at), m.end()).strip();
                if (piece.length() <= MAX_TITLE_CHARS && !TextPatterns.hasProsePunctuation(piece)) {
                    cuts.add(m.end());
                }
            } else if (m.group("item") != null || m.group("enum") != null || m.group("paren") != null
                    || m.group("aparen") != null) {
                itemCut(text, m, cuts, structure);
            } else {
                cuts.add(m.end());
            }
        }
    }

    private static int lastCutBefore(List<Integer> cuts, int at) {
        int best = 0;
        for (int c : cuts) {
            if (c <= at && c > best) {
                best = c;
            }
        }
        return best;
    }

    private void itemCut(String text, Matcher m, List<Integer> cuts, List<Integer> structure) {
        int style;
        String number;
        if (m.group("item") != null) {
            style = 0;
            number = m.group("item");
        } else if (m.group("enum") != null) {
            style = 1;
            number = m.group("enum");
        } else if (m.group("paren") != null) {
            style = 2;
            number = m.group("paren");
        } else {
            style = 3;
            number = m.group("aparen");
        }
        int at = m.start();
        OptionalInt n = ChineseNumerals.parse(number);
        if (n.isEmpty() || at == 0 || !afterBoundary(text, at, true)) {
            return;
        }
        int previous = lastItemAt;
        if (structure.stream().anyMatch(c -> c > previous && c < at)) {
            // a new article or chapter began since the last item: its items number from 1 again
            java.util.Arrays.fill(lastItem, 0);
        }
        int v = n.getAsInt();
        if (v == 1 || v == lastItem[style] + 1) {
            lastItem[style] = v;
            lastItemAt = at;
            cuts.add(at);
        }
    }

    /** True when the label at {@code at} follows a space or a sentence end (a colon too, for list items). */
    private static boolean afterBoundary(String text, int at, boolean colonToo) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (isSpace(before) || "。；！？".indexOf(before) >= 0 || (colonToo && "：:".indexOf(before) >= 0)) {
            return true;
        }
        // 。” closes a quoted sentence
        return at >= 2 && "”’」』".indexOf(before) >= 0 && "。！？".indexOf(text.charAt(at - 2)) >= 0;
    }

    private static boolean labelEnds(String text, int end, String kind) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (isSpace(next)) {
            return true;
        }
        return kind.equals("条") && ARTICLE_NOT_FOLLOWED_BY.indexOf(next) < 0;
    }

    private boolean continues(String kind, int n) {
        int last = switch (kind) {
            case "章" -> lastChapter;
            case "节" -> lastSection;
            default -> lastArticle;
        };
        return n == 1 || n == last + 1;
    }

    private void follow(String kind, int n) {
        switch (kind) {
            case "章" -> lastChapter = n;
            case "节" -> lastSection = n;
            default -> lastArticle = n;
        }
        java.util.Arrays.fill(lastItem, 0);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
