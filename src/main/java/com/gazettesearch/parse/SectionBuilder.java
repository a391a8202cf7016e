package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.SectionType;

/**
 * Cuts a document's body lines into sections. First page-break fragments are rejoined into paragraphs; then a
 * heading stack follows the document's own nesting of heading styles (a style already open closes back to it, a
 * new style nests under the current heading). Articles (第X条) keep everything down to the next article; numbered
 * items keep their heading words in their text; chronicle lines become events and table lines rows.
 */
final class SectionBuilder {
    /** Sections longer than this are split at paragraph boundaries under the same path. */
    static final int MAX_SECTION_CHARS = 3000;
    private static final int MAX_HEADING_CHARS = 60;
    /** A line this short followed by one shorter than {@link #SHORT_NEXT_LINE} is a list line, not a fragment. */
    private static final int SHORT_LINE = 20;
    private static final int SHORT_NEXT_LINE = 40;
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*[：:]");
    private static final Pattern DATE_LED = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日[\\s\\u3000]");
    private static final Pattern ITEM_BEFORE_DIGIT = Pattern.compile("^(\\d{1,3})[.．](?=\\d)");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3})");
    /** 附件 / 附件2 alone on a line: the title of the appendix follows on the next one. */
    private static final Pattern BARE_APPENDIX = Pattern.compile("^附[\\s\\u3000]*件[\\s\\u3000]*[\\d０-９]{0,2}$");

    private final List<SectionDraft> out = new ArrayList<>();
    private final List<Open> stack = new ArrayList<>();
    private final TableRowFormatter table = new TableRowFormatter();
    private final List<String> textTitles;
    /** The digit-and-space headings of this body (1 人口特征), see {@link HeadingStyle#numberedTitles}. */
    private java.util.Set<String> numberedTitles = java.util.Set.of();
    private final NumberingCheck numbering;
    private Group group;
    private boolean inAttachmentList;

    private SectionBuilder(List<String> textTitles, List<String> warnings) {
        this.textTitles = textTitles.stream().map(TextPatterns::titleKey).toList();
        this.numbering = new NumberingCheck(warnings);
    }

    private static final class Open {
        final HeadingStyle style;
        final String heading;
        boolean hasContent;

        Open(HeadingStyle style, String heading) {
            this.style = style;
            this.heading = heading;
        }
    }

    private static final class Group {
        final List<String> path;
        final SectionType type;
        final List<String> paragraphs = new ArrayList<>();

        Group(List<String> path, SectionType type) {
            this.path = path;
            this.type = type;
        }
    }

    /** The cover letter as one body section headed {@code label} (印发通知, 政府令). */
    static List<SectionDraft> coverLetter(List<SourceLine> lines, String label) {
        List<String> paragraphs = paragraphs(lines, false, List.of());
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        SectionBuilder b = new SectionBuilder(List.of(), new ArrayList<>());
        b.group = new Group(List.of(label), SectionType.BODY);
        b.group.paragraphs.addAll(paragraphs);
        b.flush();
        return b.out;
    }

    /**
     * Sections of a chronicle: every dated line is one event under [title, year heading, month heading, date
     * label] (title and headings where the text prints them); undated lines continue the entry before them.
     */
    static List<SectionDraft> chronicle(String title, List<SourceLine> lines, List<String> warnings) {
        SectionBuilder b = new SectionBuilder(List.of(), warnings);
        List<String> base = title == null ? List.of() : List.of(title);
        String year = null;
        String month = null;
        int undated = 0;
        for (String p : paragraphs(lines, true, List.of())) {
            if (Chronicles.yearHeading(p)) {
                b.flush();
                year = TextPatterns.collapse(p);
                month = null;
                continue;
            }
            if (Chronicles.monthHeading(p)) {
                b.flush();
                month = TextPatterns.collapse(p);
                continue;
            }
            List<String> headings = new ArrayList<>(base);
            if (year != null) {
                headings.add(year);
            }
            if (month != null) {
                headings.add(month);
            }
            Optional<String> label = Chronicles.entryLabel(p);
            if (label.isPresent()) {
                b.flush();
                headings.add(label.get());
                b.group = new Group(headings, SectionType.EVENT);
            } else if (b.group == null) {
                b.group = new Group(headings, SectionType.BODY);
            } else if (b.group.type == SectionType.EVENT) {
                undated++;
            }
            b.group.paragraphs.add(p);
        }
        b.flush();
        if (undated > 0) {
            warnings.add(undated + " paragraph(s) of the chronicle do not open with a date: kept with the entry before them");
        }
        return b.out;
    }

    /**
     * Closing lines kept apart from the last section — a chronicle's compiler and date, a 版记 — as one body
     * section under {@code path}, if any.
     */
    static List<SectionDraft> closing(List<String> path, List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        SectionBuilder b = new SectionBuilder(List.of(), new ArrayList<>());
        b.group = new Group(path, SectionType.BODY);
        b.group.paragraphs.addAll(lines.stream().map(l -> l.text().strip()).toList());
        b.flush();
        return b.out;
    }

    /**
     * Sections of an ordinary document body; {@code textTitles} are the titles of the texts a notice issues
     * together, each opening a top-level part. Numbering gaps go to {@code warnings}.
     */
    static List<SectionDraft> body(List<SourceLine> lines, List<String> textTitles, List<String> warnings) {
        SectionBuilder b = new SectionBuilder(textTitles, warnings);
        b.numberedTitles = HeadingStyle.numberedTitles(lines.stream().map(SourceLine::text).toList());
        List<String> standalone = new ArrayList<>(b.textTitles);
        b.numberedTitles.forEach(t -> standalone.add(TextPatterns.titleKey(t)));
        for (String p : paragraphs(lines, false, standalone)) {
            b.accept(p);
        }
        b.flush();
        while (!b.stack.isEmpty()) {
            b.pop();
        }
        return b.out;
    }

    private void accept(String paragraph) {
        if (paragraph.indexOf('\t') >= 0) {
            flush();
            if (!table.accept(paragraph)) {
                String row = table.row(paragraph);
                if (!row.isEmpty()) {
                    List<String> path = path();
                    emit(new SectionDraft(path, last(path), SectionType.TABLE_ROW, row));
                }
            }
            return;
        }
        if (ATTACHMENT_LIST.matcher(paragraph).find()) {
            // "附件：1. …" lists the attachments after the last article: it belongs to the document, not to
            // whatever heading is open, and its further numbered lines are entries of the list.
            flush();
            while (!stack.isEmpty()) {
                pop();
            }
            group = new Group(List.of(), SectionType.BODY);
            group.paragraphs.add(paragraph);
            inAttachmentList = true;
            return;
        }
        if (inAttachmentList && group != null && HeadingStyle.of(paragraph).filter(HeadingStyle::item).isPresent()
                && paragraph.length() <= MAX_HEADING_CHARS) {
            group.paragraphs.add(paragraph);
            return;
        }
        inAttachmentList = false;
        Optional<HeadingStyle> style = !textTitles.isEmpty() && textTitles.contains(TextPatterns.titleKey(paragraph))
                ? Optional.of(HeadingStyle.TEXT)
                : numberedTitles.contains(paragraph.strip()) ? Optional.of(HeadingStyle.NUMBERED_TITLE)
                : HeadingStyle.of(paragraph).or(() -> itemBeforeADigit(paragraph))
                .filter(this::opensHere);
        if (style.isEmpty()) {
            if (group == null) {
                group = new Group(path(), SectionType.BODY);
            }
            group.paragraphs.add(paragraph);
            return;
        }
        flush();
        HeadingStyle s = style.get();
        boolean inline = false;
        String heading;
        if (s == HeadingStyle.ARTICLE) {
            heading = HeadingStyle.articleHeading(paragraph);
        } else if (s.title()) {
            heading = TextPatterns.collapse(paragraph);
        } else {
            heading = leadSentence(paragraph);
            inline = !heading.equals(TextPatterns.collapse(paragraph));
        }
        open(s, heading);
        numbering.heading(s, heading);
        if (s.root()) {
            table.reset();
        }
        SectionType type = s == HeadingStyle.ARTICLE ? SectionType.ARTICLE
                : (s.item() || inline) ? SectionType.ITEM : SectionType.BODY;
        group = new Group(path(), type);
        if (type != SectionType.BODY) {
            // Articles and items are searched as a whole: their first line (label and lead words) is text too.
            group.paragraphs.add(paragraph);
        }
    }

    /**
     * "3.6月底前完成…" reads like the number 3.6, but after item 2. it is item 3: an Arabic label followed by a digit
     * is an item only when it continues the items open at that point.
     */
    private Optional<HeadingStyle> itemBeforeADigit(String paragraph) {
        Matcher m = ITEM_BEFORE_DIGIT.matcher(paragraph.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open o = stack.get(i);
            if (o.style == HeadingStyle.ARABIC_DOT) {
                Matcher open = ITEM_NUMBER.matcher(o.heading);
                return open.find() && Integer.parseInt(open.group(1)) == n - 1
                        ? Optional.of(HeadingStyle.ARABIC_DOT) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Inside an article only structural headings (章, 节, 条, or a style already open above it) end it. */
    private boolean opensHere(HeadingStyle style) {
        boolean inArticle = stack.stream().anyMatch(o -> o.style == HeadingStyle.ARTICLE);
        if (!inArticle) {
            return true;
        }
        return style.root() || style == HeadingStyle.CHAPTER || style == HeadingStyle.PART
                || stack.stream().anyMatch(o -> o.style == style);
    }

    private void open(HeadingStyle style, String heading) {
        if (style.root()) {
            while (!stack.isEmpty()) {
                pop();
            }
        } else {
            int at = -1;
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).style == style) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                while (stack.size() > at) {
                    pop();
                }
            } else {
                // 前言 holds no sub-headings: a new outline after it starts at the top again.
                while (!stack.isEmpty() && stack.get(stack.size() - 1).style.root()
                        && !stack.get(stack.size() - 1).style.holdsOutline()) {
                    pop();
                }
            }
        }
        stack.add(new Open(style, heading));
    }

    /** Closes the innermost heading; a heading with nothing under it becomes a section of its own. */
    private void pop() {
        flush();
        Open top = stack.get(stack.size() - 1);
        if (!top.hasContent) {
            // A numbered line that is a whole sentence ("(二) 农村居民生活用水为0.85元/立方米…。") is an item.
            SectionType type = !top.style.title() && TextPatterns.endsSentence(top.heading)
                    ? SectionType.ITEM : SectionType.BODY;
            emit(new SectionDraft(path(), top.heading, type, top.heading));
        }
        stack.remove(stack.size() - 1);
    }

    private List<String> path() {
        return stack.stream().map(o -> o.heading).toList();
    }

    private void flush() {
        if (group == null) {
            return;
        }
        Group g = group;
        group = null;
        if (g.paragraphs.isEmpty()) {
            return;
        }
        for (String chunk : chunks(g.paragraphs)) {
            emit(new SectionDraft(g.path, last(g.path), g.type, chunk));
        }
    }

    private void emit(SectionDraft draft) {
        stack.forEach(o -> o.hasContent = true);
        out.add(draft);
    }

    private static String last(List<String> path) {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }

    /** Joins paragraphs with newlines, starting a new chunk before one would exceed the limit. */
    static List<String> chunks(List<String> paragraphs) {
        List<String> pieces = new ArrayList<>();
        for (String p : paragraphs) {
            pieces.addAll(splitLong(p));
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String p : pieces) {
            if (current.length() > 0 && current.length() + 1 + p.length() > MAX_SECTION_CHARS) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(p);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** A single paragraph over the limit is cut after a 。 (or hard at the limit when it has none). */
    private static List<String> splitLong(String paragraph) {
        List<String> parts = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > MAX_SECTION_CHARS) {
            int cut = rest.lastIndexOf('。', MAX_SECTION_CHARS - 1);
            int end = cut > 0 ? cut + 1 : MAX_SECTION_CHARS;
            parts.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /**
     * The heading of a numbered line: the whole line when it is a short title, else its lead sentence up to the
     * first 。 (1. 大力发展可再生能源。), or up to the first comma when it has no full stop.
     */
    static String leadSentence(String paragraph) {
        String t = TextPatterns.collapse(paragraph);
        int stop = t.indexOf('。');
        if (stop < 0 || stop == t.length() - 1) {
            boolean shortTitle = t.length() <= MAX_HEADING_CHARS
                    && !TextPatterns.hasProsePunctuation(stop < 0 ? t : t.substring(0, stop));
            if (shortTitle) {
                return t;
            }
            if (stop == t.length() - 1 && t.length() <= MAX_HEADING_CHARS) {
                return t;
            }
            int comma = firstOf(t, "，；：,;:");
            return comma > 0 ? t.substring(0, comma) : t.substring(0, Math.min(t.length(), MAX_HEADING_CHARS));
        }
        return t.substring(0, stop + 1);
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Rejoins lines broken by page breaks: a line without sentence-final punctuation continues on the next
     * non-blank line, unless either is a heading or the next starts something new (numbered item, list marker,
     * date, chronicle entry, table row) or the title of an issued text ({@code titles}, title keys). Two short
     * lines in a row are a list (names, short labels), not a sentence broken by a page. A bare 附件 / 附件2 line
     * and the title under it make one heading. In a chronicle ({@code chronicle}) a year heading and every dated
     * entry start a paragraph of their own.
     */
    static List<String> paragraphs(List<SourceLine> lines, boolean chronicle, List<String> titles) {
        List<String> paragraphs = new ArrayList<>();
        SourceLine previous = null;
        for (SourceLine line : lines) {
            if (line.blank()) {
                continue;
            }
            String last = previous == null ? null : paragraphs.get(paragraphs.size() - 1);
            if (last != null && BARE_APPENDIX.matcher(last).matches() && appendixTitle(line)) {
                paragraphs.set(paragraphs.size() - 1, last + " " + line.text().strip());
            } else if (previous != null
                    // A paragraph stops absorbing lines at the longest section (sections are cut to it anyway):
                    // thousands of lines without a full stop, rebuilt and re-checked for each one, took a 30 MB
                    // export hours to parse.
                    && last.length() < MAX_SECTION_CHARS
                    && continues(previous, last, line, chronicle)
                    && (titles.isEmpty() || !titles.contains(TextPatterns.titleKey(previous.text()))
                            && !titles.contains(TextPatterns.titleKey(line.text())))) {
                paragraphs.set(paragraphs.size() - 1, TextPatterns.joinBroken(last, line.text().strip()));
            } else {
                paragraphs.add(line.tabular() ? line.text() : line.text().strip());
            }
            previous = line;
        }
        return paragraphs;
    }

    private static boolean appendixTitle(SourceLine line) {
        String t = line.text().strip();
        return !line.tabular() && t.length() <= MAX_HEADING_CHARS && !TextPatterns.hasProsePunctuation(t)
                && HeadingStyle.of(t).isEmpty();
    }

    private static boolean continues(SourceLine previous, String paragraph, SourceLine next, boolean chronicle) {
        if (previous.tabular() || next.tabular() || previous.markdownHeading() || next.markdownHeading()) {
            return false;
        }
        if (TextPatterns.endsSentence(paragraph) || TextPatterns.DATE_LINE.matcher(paragraph).matches()) {
            return false;
        }
        if (headingOnly(paragraph) || BARE_APPENDIX.matcher(paragraph).matches()) {
            return false;
        }
        String t = next.text().strip();
        if (TextPatterns.collapse(previous.text()).length() < SHORT_LINE && t.length() < SHORT_NEXT_LINE) {
            return false;
        }
        if (DATE_LED.matcher(t).find()) {
            // 2020年7月24日 山东省…批准: a line opening with a full date and a space is a note of its own
            return false;
        }
        if (chronicle && (Chronicles.yearHeading(paragraph) || Chronicles.monthHeading(paragraph)
                || Chronicles.yearHeading(t) || Chronicles.entryLabel(t).isPresent())) {
            return false;
        }
        return HeadingStyle.of(t).isEmpty()
                && !TextPatterns.LIST_MARKER.matcher(t).find()
                && !TextPatterns.DATE_LINE.matcher(t).matches()
                && !TextPatterns.EVENT_START.matcher(t).find()
                && !t.startsWith("附件");
    }

    /** A heading line with no text after it (一、总体要求 / 第 1 条 区域地理特征): never continued. */
    private static boolean headingOnly(String paragraph) {
        Optional<HeadingStyle> style = HeadingStyle.of(paragraph);
        if (style.isEmpty()) {
            return false;
        }
        if (style.get().title()) {
            return true;
        }
        if (style.get() == HeadingStyle.ARTICLE) {
            String heading = HeadingStyle.articleHeading(paragraph);
            return TextPatterns.collapse(paragraph).equals(heading);
        }
        return paragraph.length() <= MAX_HEADING_CHARS && !TextPatterns.hasProsePunctuation(paragraph);
    }
}
