package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents in a file's lines. A document starts at a red header (…文件), a decree header (…令), a
 * title naming the texts it issues (…印发《X》的通知), a notice title (关于…的通知, with its issuer on the line
 * above) or a chronicle title (…大事记); a gazette's masthead, contents and editorial board before the first
 * document are front matter. A file with none of these is still one document: {@link DocumentReader} titles
 * it as best it can and says so in a warning. Nothing here throws for lack of structure.
 */
final class DocumentSplitter {
    private static final Pattern MASTHEAD = Pattern.compile("^(?!.*[，。；：,;:])(.{2,30})公报$");
    private static final Pattern ISSUE = Pattern.compile("(?<!总)第(\\d+)期");
    private static final Pattern TOTAL_ISSUE = Pattern.compile("总第(\\d+)期");
    private static final Pattern YEAR_LINE = Pattern.compile("^(\\d{4})(?:\\s*年.*)?$");
    /** A wrapped title is at most this many lines. */
    private static final int MAX_TITLE_LINES = 3;
    /** A titleless block with less text than this is header material, not a document. */
    private static final int HEADER_ONLY_CHARS = 300;

    /** The documents of one file plus what its front matter says about the gazette issue. */
    record Split(List<DocumentBlock> documents, String gazetteIssue, String gazetteIssuer) {
    }

    /**
     * Splits {@code lines} into document blocks; {@code fallback} supplies what a file without a title line is
     * titled from (a crawl header's 标题, the file name).
     */
    Split split(List<SourceLine> input, DocumentReader.Fallback fallback) {
        List<SourceLine> lines = joinWrappedTitles(input);
        boolean[] contents = contentsMask(lines);
        List<Integer> starts = documentStarts(lines, contents);
        DocumentReader reader = new DocumentReader(lines, contents, fallback);
        if (starts.isEmpty()) {
            // one document; the reader warns if it has to fall back for its title
            return new Split(List.of(reader.read(0, 0, lines.size(), true)), null, null);
        }
        List<SourceLine> front = lines.subList(0, starts.get(0));
        boolean gazette = front.stream().anyMatch(l -> MASTHEAD.matcher(l.text()).matches());
        String issue = gazette ? gazetteIssue(front) : null;
        String gazetteIssuer = gazette ? front.stream().map(l -> MASTHEAD.matcher(l.text()))
                .filter(Matcher::matches).map(m -> m.group(1).strip()).findFirst().orElse(null) : null;
        List<DocumentBlock> docs = new ArrayList<>();
        int from = gazette ? starts.get(0) : 0;
        for (int d = 0; d < starts.size(); d++) {
            int end = d + 1 < starts.size() ? starts.get(d + 1) : lines.size();
            // A single-document file: what precedes its first start (a 登记号, a breadcrumb) is its header zone.
            DocumentBlock block = reader.read(from, starts.get(d), end, docs.isEmpty());
            if (d + 1 < starts.size() && headerOnly(block)) {
                // a header with no title and next to no text (a page title above the real header, a cover
                // sheet) belongs to the header zone of the document after it
                continue;
            }
            docs.add(block);
            from = end;
        }
        return new Split(docs, issue, gazetteIssuer);
    }

    /**
     * Joins a title wrapped over two or three lines (…关于印发《XX / XX》的通知) into one line, numbered as its first
     * line, so it is recognised like a title printed on one.
     */
    static List<SourceLine> joinWrappedTitles(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            int joined = wrappedTitleEnd(lines, i);
            if (joined > i) {
                String text = line.text();
                for (int j = i + 1; j <= joined; j++) {
                    text = TextPatterns.joinBroken(text, lines.get(j).text());
                }
                out.add(new SourceLine(line.number(), text, line.markdownHeading()));
                i = joined;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** The last line of a wrapped title starting at {@code i}, or {@code i} when the line is not one. */
    private static int wrappedTitleEnd(List<SourceLine> lines, int i) {
        String first = lines.get(i).text();
        if (first.isBlank() || lines.get(i).tabular() || !(first.contains("关于") || first.contains("印发"))
                || TextPatterns.hasProsePunctuation(first) || HeadingStyle.of(first).isPresent()
                || Titles.start(first).isPresent()) {
            return i;
        }
        String text = first;
        int parts = 1;
        for (int j = i + 1; j < lines.size() && parts < MAX_TITLE_LINES; j++) {
            String next = lines.get(j).text();
            if (next.isBlank() && j == i + 1) {
                // a page layout may put a blank line inside a wrapped title
                continue;
            }
            if (next.isBlank() || lines.get(j).tabular() || next.length() > 60 || TextPatterns.hasProsePunctuation(next)) {
                return i;
            }
            parts++;
            text = TextPatterns.joinBroken(text, next);
            Optional<Titles.Start> start = Titles.start(text);
            if (start.isPresent() && (start.get().kind() == Titles.Kind.COVER_TITLE
                    || start.get().kind() == Titles.Kind.NOTICE_TITLE)) {
                return j;
            }
        }
        return i;
    }

    /** A block without a title element whose text is too short to be a document of its own. */
    private static boolean headerOnly(DocumentBlock block) {
        int chars = block.body().stream().mapToInt(l -> l.text().length()).sum()
                + block.coverLetter().stream().mapToInt(l -> l.text().length()).sum();
        return !block.titled() && chars < HEADER_ONLY_CHARS;
    }

    static boolean numberLine(String text) {
        return text.length() <= 30 && !TextPatterns.hasProsePunctuation(text) && DocNumbers.find(text).isPresent();
    }

    static boolean registrationLine(String text) {
        return text.length() <= 30 && DocNumbers.findRegistration(text).isPresent();
    }

    /** Lines of a document's header (版头): start lines, 文号, 登记号, decree number, 签发人, issuer lines. */
    static boolean headerLine(String text) {
        return Titles.start(text).isPresent() || numberLine(text) || registrationLine(text)
                || Titles.DECREE_NUMBER.matcher(text).matches() || TextPatterns.SIGNER.matcher(text).matches()
                || TextPatterns.ORG_LINE.matcher(text).matches();
    }

    private static List<Integer> documentStarts(List<SourceLine> lines, boolean[] contents) {
        List<Integer> starts = new ArrayList<>();
        boolean inHeader = false;
        int previous = -1;
        List<String> issuedTitles = List.of();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.blank() || contents[i]) {
                continue;
            }
            Optional<Titles.Start> start = Titles.start(line.text());
            if (start.isPresent() && !inHeader && issuedTitles.contains(TextPatterns.titleKey(line.text()))) {
                // the issued text's own title above its body (关于…的指导意见) is not a new document
                start = Optional.empty();
            }
            if (start.isPresent()) {
                if (!inHeader) {
                    int first = i;
                    // A notice's issuer is printed on the line above its title.
                    if (start.get().kind() == Titles.Kind.NOTICE_TITLE && previous >= 0
                            && (starts.isEmpty() || previous > starts.get(starts.size() - 1))
                            && TextPatterns.ORG_LINE.matcher(lines.get(previous).text()).matches()) {
                        first = previous;
                    }
                    starts.add(first);
                    inHeader = true;
                    issuedTitles = new ArrayList<>();
                }
                if (start.get().kind() == Titles.Kind.COVER_TITLE) {
                    issuedTitles.add(start.get().title());
                    issuedTitles.addAll(Titles.issuedTexts(start.get().title()));
                }
            } else if (!(inHeader && headerLine(line.text()))) {
                inHeader = false;
            }
            previous = i;
        }
        return starts;
    }

    /** Marks contents blocks: the 目录 line, its entries (… page number) and short labels between them. */
    static boolean[] contentsMask(List<SourceLine> lines) {
        boolean[] mask = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!TextPatterns.TOC_MARKER.matcher(lines.get(i).text()).matches()) {
                continue;
            }
            int lastEntry = i;
            for (int j = i + 1; j < lines.size(); j++) {
                String t = lines.get(j).text();
                if (t.isBlank()) {
                    continue;
                }
                int next = nextNonBlank(lines, j + 1);
                if (TextPatterns.TOC_ENTRY.matcher(t).matches()) {
                    lastEntry = j;
                } else if (next > 0 && !TextPatterns.hasProsePunctuation(t)
                        && TextPatterns.TOC_ENTRY.matcher(TextPatterns.joinBroken(t.strip(), lines.get(next).text().strip()))
                        .matches()) {
                    // an entry too long for the page's width, wrapped before its page number (a PDF's contents)
                    lastEntry = next;
                    j = next;
                } else if (t.strip().length() > 20 || TextPatterns.hasProsePunctuation(t)) {
                    break;
                }
            }
            if (lastEntry == i) {
                lastEntry = headingContentsEnd(lines, i);
            }
            for (int j = i; j <= lastEntry; j++) {
                mask[j] = true;
            }
            i = lastEntry;
        }
        return mask;
    }

    /** A chapter or part heading as a 规章's contents lists it: 第一章 总则, 第三节 监督检查. */
    private static final Pattern CONTENTS_HEADING = Pattern.compile(
            "^第[一二三四五六七八九十百零〇\\d]{1,4}[编章节][\\s\\u3000]*[^，。；：,;:]{0,30}$");

    /**
     * The last entry of a contents block without page numbers (a 规章's 目录: 第一章 总则 … 第八章 附则), or
     * {@code marker} when there is none. The block is a run of chapter headings ended by the body's first heading,
     * which repeats the first entry; without that repeat the headings are the body's own and are left alone.
     */
    private static int headingContentsEnd(List<SourceLine> lines, int marker) {
        String first = null;
        int last = marker;
        for (int j = marker + 1; j < lines.size(); j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            String key = t.replaceAll("[\\s\\u3000]+", "");
            if (first != null && key.equals(first)) {
                return last;
            }
            if (!CONTENTS_HEADING.matcher(t).matches()) {
                return marker;
            }
            if (first == null) {
                first = key;
            }
            last = j;
        }
        return marker;
    }

    /** The index of the first non-blank line from {@code from}, or -1. */
    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).blank()) {
                return k;
            }
        }
        return -1;
    }

    private static String gazetteIssue(List<SourceLine> front) {
        String year = null;
        String issue = null;
        String total = null;
        for (SourceLine line : front) {
            String t = line.text().replaceAll("[\\s\\u3000]+", "");
            Matcher y = YEAR_LINE.matcher(t);
            if (year == null && y.matches()) {
                year = y.group(1);
            }
            Matcher i = ISSUE.matcher(t);
            if (issue == null && i.find()) {
                issue = i.group(1);
            }
            Matcher tot = TOTAL_ISSUE.matcher(t);
            if (total == null && tot.find()) {
                total = tot.group(1);
            }
        }
        if (issue == null) {
            return null;
        }
        return (year == null ? "" : year + "年") + "第" + issue + "期" + (total == null ? "" : "（总第" + total + "期）");
    }
}
