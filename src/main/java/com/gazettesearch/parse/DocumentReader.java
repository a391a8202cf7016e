package com.gazettesearch.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one document block the way GB/T 9704 lays a document out: the header (版头: 份号, 发文机关标志, 发文字号,
 * 签发人), the title, the cover letter (主送机关 … 发文机关署名, 成文日期) of a notice that issues other texts, the
 * issued text's cover page, then the body. Each element is optional: what is missing is left null, and where the
 * reader has to fall back (no title line, text before the title it cannot place) it says so in a warning.
 */
final class DocumentReader {
    /** How many lines after the header a plain title (a 规章's name, a plan's title) may come. */
    private static final int TITLE_SEARCH_LINES = 3;
    /** How many lines of a title-less document are searched for a title-like line. */
    private static final int FALLBACK_TITLE_LINES = 15;
    /** How far down a saved page's furniture may push the line that prints the page's title. */
    private static final int PAGE_TITLE_LINES = 40;
    /** Lines above a fallback title this short (返回顶部, 首页 > 栏目) are page furniture. */
    private static final int FURNITURE_CHARS = 30;
    private static final String COVER_LABEL = "印发通知";
    /** A cover letter (主送机关, a few sentences, 署名, 日期) is short; a longer run without a date is a body. */
    private static final int MAX_COVER_LINES = 15;
    /** A 版记 is a few short lines at the very end. */
    private static final int IMPRINT_LINES = 6;
    private static final int MAX_IMPRINT_CHARS = 120;
    private static final String DECREE_LABEL = "政府令";

    /** What a document without a title line is titled from, best first: a crawl header's 标题, the file name. */
    record Fallback(String crawlTitle, String fileTitle) {
    }

    private final List<SourceLine> lines;
    private final boolean[] contents;
    private final Fallback fallback;

    DocumentReader(List<SourceLine> lines, boolean[] contents, Fallback fallback) {
        this.lines = lines;
        this.contents = contents;
        this.fallback = fallback;
    }

    /** Mutable state of one read. */
    private static final class Header {
        String title;
        boolean titleFromText;
        String issuer;
        /** The issuer was read from organisation lines, which may name several. */
        boolean jointIssuers;
        /** The issuer a title line names (X关于…的通知). */
        String titleIssuer;
        String headerIssuer;
        String number;
        String registration;
        boolean chronicle;
        boolean coverLetterExpected;
        boolean decree;
        String decreeName;
        /** A title-like line above the start element (a 规章's name above its decree header). */
        String titleAbove;
        /** The 来源 of the web page the text was copied from. */
        String pageSource;
        /** What a 规章's promulgation note under its title says (2022年4月14日 X令第56号公布), or null. */
        Promulgation promulgation;
        /** Page fields (时间:… 来源:…) read and not indexed, quoted. */
        final List<String> pageFields = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
    }

    /**
     * Reads lines {@code from}..{@code end} (exclusive) as one document whose start element is at {@code start}
     * (== {@code from} except in a single-document file, whose header zone begins at the top).
     */
    DocumentBlock read(int from, int start, int end, boolean first) {
        Header h = new Header();
        preTitleLines(h, from, start);
        int i = header(h, start, end);
        if (h.title == null) {
            i = plainTitle(h, i, end);
        }
        if (h.title == null && h.titleAbove != null) {
            h.title = h.titleAbove;
            h.titleFromText = true;
        }
        if (h.title != null) {
            // the note comes under the title, and under its repeat where a page prints the title twice
            int note = i;
            while (note < end && (skipped(note) || titleLine(lines.get(note).text(), h.title))) {
                note++;
            }
            h.promulgation = Promulgation.under(lines, note, end, this::skipped);
        }
        List<SourceLine> cover = new ArrayList<>();
        LocalDate date = null;
        String signatureIssuer = null;
        String signatureName = null;
        List<String> texts = Titles.issuedTexts(h.title);
        if (h.coverLetterExpected) {
            int coverStart = i;
            boolean bounded = false;
            for (; i < end; i++) {
                SourceLine line = lines.get(i);
                if (skipped(i)) {
                    continue;
                }
                if (titleLine(line.text(), h.title) || HeadingStyle.of(line.text()).isPresent()) {
                    bounded = true;
                    break;
                }
                Optional<LocalDate> signed = TextPatterns.date(line.text());
                if (signed.isPresent()) {
                    signatureIssuer = signature(cover);
                    signatureName = signatureName(cover);
                }
                cover.add(line);
                if (signed.isPresent()) {
                    date = signed.get();
                    i++;
                    break;
                }
            }
            if (date == null && (cover.size() > MAX_COVER_LINES || !bounded)) {
                // no signature date closed the cover letter: what was read is the body, not a letter
                h.warnings.add("the cover letter has no signature date (成文日期): its lines are read as the body");
                cover.clear();
                signatureIssuer = null;
                signatureName = null;
                i = coverStart;
            } else {
                i = notes(i, end, cover);
                if (h.title == null) {
                    i = titleAfterCover(h, i, end);
                }
                i = skipCoverPage(h, i, end, texts);
            }
        }
        List<SourceLine> body = new ArrayList<>();
        for (; i < end; i++) {
            SourceLine line = lines.get(i);
            if (!skipped(i) && !TextPatterns.TRAILER.matcher(line.text()).matches()) {
                body.add(line);
            }
        }
        // a gazette's column heading (【市政府文件】) before the next document heads that document's column
        while (!body.isEmpty() && TextPatterns.COLUMN_HEADING.matcher(body.get(body.size() - 1).text()).matches()) {
            body.remove(body.size() - 1);
        }
        List<String> furniture = new ArrayList<>();
        while (!body.isEmpty() && WebFurniture.AFTER_TEXT.matcher(body.get(body.size() - 1).text()).matches()) {
            furniture.add(0, ParseNotes.quote(body.remove(body.size() - 1).text()));
        }
        if (!furniture.isEmpty()) {
            h.warnings.add("website text after the document was not indexed: " + String.join(" ", furniture));
        }
        List<SourceLine> imprint = imprint(body);
        if (h.title == null) {
            fallbackTitle(h, body, first);
        }
        if (!h.chronicle && !h.titleFromText && Chronicles.mostlyEntries(body)) {
            h.chronicle = true;
        }
        List<SourceLine> closing = new ArrayList<>();
        if (h.chronicle) {
            // a chronicle may close with its compiler and a date; they are no part of the last entry
            int n = body.size();
            if (n >= 2 && TextPatterns.date(body.get(n - 1).text()).isPresent()
                    && signature(body.subList(n - 2, n - 1)) != null) {
                closing.addAll(body.subList(n - 2, n));
                body = new ArrayList<>(body.subList(0, n - 2));
                date = date != null ? date : TextPatterns.date(closing.get(1).text()).orElseThrow();
                signatureIssuer = signature(closing.subList(0, 1));
                signatureName = signatureName(closing.subList(0, 1));
            }
        } else if (date == null) {
            // Without a cover letter the signature closes the document: take the last date line of the body.
            for (int b = 0; b < body.size(); b++) {
                Optional<LocalDate> d = TextPatterns.date(body.get(b).text());
                if (d.isPresent()) {
                    date = d.get();
                    signatureIssuer = signature(body.subList(0, b));
                    signatureName = signatureName(body.subList(0, b));
                }
            }
        }
        String issuer = h.headerIssuer != null ? h.headerIssuer : h.issuer;
        if (h.headerIssuer != null && h.titleIssuer != null && h.titleIssuer.length() > h.headerIssuer.length()
                && h.titleIssuer.endsWith(h.headerIssuer)) {
            // a header naming the issuer short (行政公署文件 above 兴安盟行政公署关于…) yields to the title's full name
            issuer = h.titleIssuer;
        }
        if (issuer == null) {
            issuer = signatureIssuer;
        } else if (fullerName(signatureIssuer, issuer)) {
            // the title may name its issuer short (浦东新区…局关于…); the signature (发文机关署名) gives the full name
            issuer = signatureIssuer;
        }
        Promulgation note = h.promulgation;
        if (issuer == null && note != null) {
            issuer = note.issuer();
        }
        if (issuer == null && !h.chronicle) {
            issuer = Byline.issuer(body);
        }
        if (issuer == null && !h.chronicle) {
            issuer = Titles.issuerAtStart(h.title);
        }
        if (!h.pageFields.isEmpty()) {
            h.warnings.add("web page fields were not indexed: " + String.join(" ", h.pageFields));
        }
        String number = h.number;
        if (note != null && number == null) {
            number = note.number();
        }
        if (note != null && date == null) {
            date = note.date();
        }
        if (number == null && h.decree && h.decreeName != null) {
            h.warnings.add("decree header " + ParseNotes.quote(h.decreeName) + " without its number (第N号)");
        }
        int firstLine = lines.get(Math.min(from, lines.size() - 1)).number();
        int lastLine = lines.get(Math.max(from, end - 1)).number();
        return new DocumentBlock(h.title, h.titleFromText, issuer, number, h.registration, date, h.chronicle, cover,
                h.decree ? DECREE_LABEL : COVER_LABEL, body, texts, closing, imprint, h.pageSource,
                issuer == null ? signatureName : null, firstLine, lastLine, h.warnings);
    }

    /**
     * The 版记 (GB/T 9704) at the end of a body, taken out of it: from a 抄送 / 主题词 line among the last lines to
     * the end, or a lone "X 2024年1月5日印发" line. Empty when the body has none.
     */
    private static List<SourceLine> imprint(List<SourceLine> body) {
        int n = body.size();
        int from = -1;
        for (int k = n - 1; k >= 0 && k >= n - IMPRINT_LINES; k--) {
            if (TextPatterns.IMPRINT_START.matcher(body.get(k).text()).find()) {
                from = k;
            }
        }
        if (from < 0 && n > 0 && TextPatterns.IMPRINT_PRINTED.matcher(body.get(n - 1).text()).find()) {
            from = n - 1;
        }
        if (from < 0 || body.subList(from, n).stream().anyMatch(l -> l.text().length() > MAX_IMPRINT_CHARS)) {
            return List.of();
        }
        List<SourceLine> imprint = new ArrayList<>(body.subList(from, n));
        body.subList(from, n).clear();
        return imprint;
    }

    /** Lines before the start element: header elements are read, anything else is dropped with a warning. */
    private void preTitleLines(Header h, int from, int start) {
        List<String> dropped = new ArrayList<>();
        for (int i = from; i < start; i++) {
            String t = lines.get(i).text();
            if (skipped(i)) {
                continue;
            }
            if (headerElement(h, t)) {
                continue;
            }
            if (Titles.titleLike(t)) {
                // a 规章's title is often printed above its decree header: kept in case no title follows
                h.titleAbove = Titles.clean(t);
            } else {
                dropped.add(ParseNotes.quote(t));
            }
        }
        if (!dropped.isEmpty()) {
            h.warnings.add(dropped.size() + " line(s) before the title were not indexed: " + String.join(" ", dropped));
        }
    }

    /** Reads the header lines from {@code start}; returns the index of the first line after them. */
    private int header(Header h, int start, int end) {
        int i = start;
        for (; i < end; i++) {
            String t = lines.get(i).text();
            if (skipped(i)) {
                continue;
            }
            if (!(DocumentSplitter.headerLine(t) || WebFurniture.FIELDS.matcher(t).matches())
                    || !headerElement(h, t)) {
                break;
            }
        }
        return i;
    }

    /** Takes what a header line says into {@code h}; false when the line is no header element. */
    private static boolean headerElement(Header h, String t) {
        if (WebFurniture.FIELDS.matcher(t).matches()) {
            var source = WebFurniture.SOURCE.matcher(t);
            if (source.find() && h.pageSource == null) {
                h.pageSource = source.group(1);
            }
            h.pageFields.add(ParseNotes.quote(t));
            return true;
        }
        Optional<Titles.Start> start = Titles.start(t);
        if (start.isPresent()) {
            Titles.Start s = start.get();
            switch (s.kind()) {
                case RED_HEADER -> h.headerIssuer = s.issuer();
                case DECREE -> {
                    h.decree = true;
                    h.decreeName = TextPatterns.titleKey(t).replaceAll("[（(]?第.*$", "");
                    h.headerIssuer = s.issuer();
                    if (s.number() != null && h.number == null) {
                        h.number = s.number();
                    }
                    h.coverLetterExpected = true;
                }
                case COVER_TITLE -> {
                    h.title = s.title();
                    h.titleFromText = true;
                    titleIssuer(h, s.issuer());
                    h.coverLetterExpected = true;
                }
                case NOTICE_TITLE -> {
                    h.title = s.title();
                    h.titleFromText = true;
                    titleIssuer(h, s.issuer());
                }
                case CHRONICLE_TITLE -> {
                    h.title = s.title();
                    h.titleFromText = true;
                    h.chronicle = true;
                }
            }
            return true;
        }
        if (h.decree && h.number == null && Titles.DECREE_NUMBER.matcher(t).matches()) {
            var m = Titles.DECREE_NUMBER.matcher(t);
            if (m.matches() && h.decreeName != null) {
                h.number = Titles.decreeNumber(h.decreeName, m.group(1));
            }
            return true;
        }
        if (DocumentSplitter.numberLine(t)) {
            if (h.number == null) {
                h.number = DocNumbers.normalise(t).orElseThrow();
            }
            return true;
        }
        if (DocumentSplitter.registrationLine(t)) {
            if (h.registration == null) {
                h.registration = DocNumbers.findRegistration(t).orElseThrow();
            }
            return true;
        }
        if (TextPatterns.SIGNER.matcher(t).matches()) {
            return true;
        }
        if (TextPatterns.ORG_LINE.matcher(t).matches()) {
            String org = Titles.issuer(t);
            if (h.titleIssuer == null && org != null && (h.issuer == null || h.jointIssuers)) {
                // issuers printed one per line above a title issue it jointly (联合行文): joined with 、
                h.issuer = h.issuer == null ? org : h.issuer + "、" + org;
                h.jointIssuers = true;
            }
            return true;
        }
        return false;
    }

    private static void titleIssuer(Header h, String issuer) {
        if (issuer != null) {
            h.issuer = issuer;
            h.titleIssuer = issuer;
        }
    }

    /**
     * A title that is not a notice's: a 规章's or plan's name under a red header or a decree header. It must come
     * within a few lines and read as a title (no sentence punctuation, ending with a 文种).
     */
    private int plainTitle(Header h, int i, int end) {
        int seen = 0;
        for (int j = i; j < end && seen < TITLE_SEARCH_LINES; j++) {
            if (skipped(j)) {
                continue;
            }
            seen++;
            String t = lines.get(j).text();
            if (Titles.titleLike(t)) {
                h.title = Titles.clean(t);
                h.titleFromText = true;
                return j + 1;
            }
            if (h.decree) {
                // under a decree header the rule's title may follow its number and the issuer's name
                continue;
            }
            break;
        }
        return i;
    }

    /** 附注 lines after the signature (（此件公开发布）) close the cover letter. */
    private int notes(int i, int end, List<SourceLine> cover) {
        for (; i < end; i++) {
            if (skipped(i)) {
                continue;
            }
            if (!TextPatterns.ANNOTATION.matcher(lines.get(i).text()).matches()) {
                break;
            }
            cover.add(lines.get(i));
        }
        return i;
    }

    /** A decree's rule title printed after its promulgation text (GB/T 9704 命令格式): the next title-like line. */
    private int titleAfterCover(Header h, int i, int end) {
        for (int j = i; j < end; j++) {
            if (skipped(j)) {
                continue;
            }
            if (Titles.titleLike(lines.get(j).text())) {
                h.title = Titles.clean(lines.get(j).text());
                h.titleFromText = true;
                return j + 1;
            }
            return i;
        }
        return i;
    }

    /**
     * The cover page after the cover letter repeats title, period, issuer and month; none of it is body text. When
     * the notice issues several texts, each text's title starts a part of the body instead.
     */
    private int skipCoverPage(Header h, int i, int end, List<String> texts) {
        for (; i < end; i++) {
            String t = lines.get(i).text();
            if (skipped(i)) {
                continue;
            }
            if (texts.contains(TextPatterns.titleKey(t)) || !coverPageLine(t, h.title, h.issuer)) {
                break;
            }
        }
        return i;
    }

    /**
     * The issuer a signature names: the organisation line just above the date line (发文机关署名), if the lines
     * before the date end with one.
     */
    private static String signature(List<SourceLine> before) {
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 2; k--) {
            String t = before.get(k).text();
            if (t.length() <= 40 && !TextPatterns.hasProsePunctuation(t)) {
                String issuer = Titles.issuer(t);
                if (issuer != null) {
                    return issuer;
                }
            }
        }
        return null;
    }

    /**
     * The name line of a signature that does not read as an organisation's name (西宁市发展和改革委员, its last
     * character missing): a short line without punctuation right above the date. Only its place is used (the region),
     * never as the issuer.
     */
    private static String signatureName(List<SourceLine> before) {
        if (before.isEmpty()) {
            return null;
        }
        String t = before.get(before.size() - 1).text().strip();
        return t.length() <= 40 && !t.isEmpty() && !TextPatterns.hasProsePunctuation(t) && !TextPatterns.endsSentence(t)
                ? t : null;
    }

    /** True when {@code longer} is {@code name} with more in front of it (a place: 上海市 + 浦东新区…局). */
    private static boolean fullerName(String longer, String name) {
        return longer != null && longer.length() > name.length() && longer.endsWith(name) && !name.contains("、");
    }

    /**
     * True when {@code head} is the first line of a title that goes on in {@code tail}: a short line without prose
     * punctuation that holds the title's 关于 (the tail does not), and the two read as one title.
     */
    private static boolean wrappedTitleHead(String head, String tail) {
        String h = head.strip();
        return !h.isEmpty() && h.length() <= 40 && !TextPatterns.hasProsePunctuation(h) && !TextPatterns.endsSentence(h)
                && h.contains("关于") && !h.endsWith("关于") && !tail.contains("关于") && Titles.titleLike(h + tail.strip());
    }

    /**
     * Titles a document whose text has none: a title-like line near the top, the crawl's 标题, the file name. A
     * title line taken from the top of the body leaves it, with its repeats and the page furniture above it.
     */
    private void fallbackTitle(Header h, List<SourceLine> body, boolean first) {
        int pageTitle = first ? pageTitleLine(body) : -1;
        for (int k = Math.max(0, pageTitle); k < body.size() && k < Math.max(FALLBACK_TITLE_LINES, pageTitle + 1); k++) {
            String t = body.get(k).text();
            if (k != pageTitle && !Titles.titleLike(t)) {
                continue;
            }
            if (k > 0 && wrappedTitleHead(body.get(k - 1).text(), t)) {
                // a title printed on two lines (国务院关于加快推进农业机械化和 / 农机装备产业转型升级的指导意见): its tail
                // alone reads as a title too, and would be a wrong one
                k--;
                t = body.get(k).text().strip() + t.strip();
            }
            h.title = Titles.clean(t);
            h.warnings.add("no title element (…的通知, …文件, …令) found: titled from the line " + ParseNotes.quote(t));
            if (h.promulgation == null) {
                // a 规章 titled by its name alone carries its promulgation note under it, past any repeat of the title
                int after = k + 1;
                while (after < body.size() && (body.get(after).blank() || titleLine(body.get(after).text(), h.title))) {
                    after++;
                }
                h.promulgation = Promulgation.under(body, after, body.size(), j -> body.get(j).blank());
            }
            List<SourceLine> above = body.subList(0, k);
            if (above.stream().allMatch(l -> l.text().length() <= FURNITURE_CHARS
                    && !TextPatterns.endsSentence(l.text()))) {
                if (!above.isEmpty()) {
                    h.warnings.add(above.size() + " line(s) before the title were not indexed: "
                            + String.join(" ", above.stream().map(l -> ParseNotes.quote(l.text())).toList()));
                }
                int last = k;
                while (last + 1 < body.size() && last < k + 2 && titleLine(body.get(last + 1).text(), h.title)) {
                    last++;
                }
                body.subList(0, last + 1).clear();
            }
            return;
        }
        if (first && fallback.crawlTitle() != null) {
            h.title = Titles.clean(fallback.crawlTitle());
            h.warnings.add("no title line found in the text: titled from the crawl header's 标题");
            return;
        }
        h.title = fallback.fileTitle();
        h.warnings.add("no title line found: titled from the file name");
    }

    /**
     * The body line that prints the title a crawl header or the page's own metadata gives (标题, ArticleTitle), when
     * page furniture above it pushes it below the lines a title is otherwise looked for in; -1 when there is none.
     */
    private int pageTitleLine(List<SourceLine> body) {
        if (fallback.crawlTitle() == null) {
            return -1;
        }
        String key = TextPatterns.titleKey(fallback.crawlTitle());
        for (int k = 0; k < body.size() && k < PAGE_TITLE_LINES; k++) {
            if (!key.isEmpty() && TextPatterns.titleKey(body.get(k).text()).equals(key)) {
                return k;
            }
        }
        return -1;
    }

    private boolean skipped(int i) {
        return lines.get(i).blank() || contents[i];
    }

    private static boolean titleLine(String text, String title) {
        if (title == null) {
            return false;
        }
        String key = TextPatterns.titleKey(text);
        String titleKey = TextPatterns.titleKey(title);
        return key.equals(titleKey) || (key.length() >= 6 && titleKey.startsWith(key));
    }

    private static boolean coverPageLine(String text, String title, String issuer) {
        String t = text.strip();
        return titleLine(t, title)
                || TextPatterns.CHINESE_DATE_LINE.matcher(t).matches()
                || TextPatterns.YEAR_RANGE_LINE.matcher(t).matches()
                || TextPatterns.PLACE_LINE.matcher(t).matches()
                || (issuer != null && TextPatterns.titleKey(t).equals(TextPatterns.titleKey(issuer)))
                || TextPatterns.ORG_LINE.matcher(t).matches();
    }
}
