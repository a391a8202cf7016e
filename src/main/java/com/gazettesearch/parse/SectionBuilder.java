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
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*[：:]");

    private final List<SectionDraft> out = new ArrayList<>();
    private final List<Open> stack = new ArrayList<>();
    private final TableRowFormatter table = new TableRowFormatter();
    private Group group;
    private boolean inAttachmentList;

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

    /** The cover letter as one body section headed 印发通知. */
    static List<SectionDraft> coverLetter(List<SourceLine> lines) {
        List<String> paragraphs = paragraphs(lines);
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        SectionBuilder b = new SectionBuilder();
        b.group = new Group(List.of("印发通知"), SectionType.BODY);
        b.group.paragraphs.addAll(paragraphs);
        b.flush();
        return b.out;
    }

    /** Sections of a chronicle: every dated line is one event under [title, date label]. */
    static List<SectionDraft> chronicle(String title, List<SourceLine> lines) {
        SectionBuilder b = new SectionBuilder();
        for (String p : paragraphs(lines)) {
            Matcher m = TextPatterns.EVENT_START.matcher(p);
            if (m.find()) {
                b.flush();
                b.group = new Group(List.of(title, m.group(1)), SectionType.EVENT);
            } else if (b.group == null) {
                b.group = new Group(List.of(title), SectionType.BODY);
            }
            b.group.paragraphs.add(p);
        }
        b.flush();
        return b.out;
    }

    /** Sections of an ordinary document body. */
    static List<SectionDraft> body(List<SourceLine> lines) {
        SectionBuilder b = new SectionBuilder();
        for (String p : paragraphs(lines)) {
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
        Optional<HeadingStyle> style = HeadingStyle.of(paragraph).filter(this::opensHere);
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
                // 前言 / 附件 hold no sub-headings: a new outline after them starts at the top again.
                while (!stack.isEmpty() && stack.get(stack.size() - 1).style.root()) {
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
     * date, chronicle entry, table row).
     */
    static List<String> paragraphs(List<SourceLine> lines) {
        List<String> paragraphs = new ArrayList<>();
        SourceLine previous = null;
        for (SourceLine line : lines) {
            if (line.blank()) {
                continue;
            }
            // A paragraph stops absorbing lines at the longest section (sections are cut to it anyway): thousands of
            // lines without a full stop, rebuilt and re-checked for each one, took a 30 MB export hours to parse.
            if (previous != null && paragraphs.get(paragraphs.size() - 1).length() < MAX_SECTION_CHARS
                    && continues(previous, paragraphs.get(paragraphs.size() - 1), line)) {
                int lastIndex = paragraphs.size() - 1;
                paragraphs.set(lastIndex, paragraphs.get(lastIndex) + line.text().strip());
            } else {
                paragraphs.add(line.tabular() ? line.text() : line.text().strip());
            }
            previous = line;
        }
        return paragraphs;
    }

    private static boolean continues(SourceLine previous, String paragraph, SourceLine next) {
        if (previous.tabular() || next.tabular() || previous.markdownHeading() || next.markdownHeading()) {
            return false;
        }
        if (TextPatterns.endsSentence(paragraph) || TextPatterns.DATE_LINE.matcher(paragraph).matches()) {
            return false;
        }
        if (headingOnly(paragraph)) {
            return false;
        }
        String t = next.text().strip();
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
