package com.gazettesearch.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents in a file's lines. A document starts at a red header (…文件), a cover letter title
 * (…关于印发《X》的通知), a notice title (关于…的通知, with its issuer on the line above) or a chronicle title
 * (2024年4月…大事记); a gazette's masthead, contents and editorial board before the first document are front
 * matter. Each document's header (number, 登记号), cover letter and cover page are separated from its body.
 */
final class DocumentSplitter {
    private static final Pattern RED_HEADER = Pattern.compile("^(?!.*[，。；：]).{4,60}文件$");
    private static final Pattern COVER_TITLE =
            Pattern.compile("^(?!.*[。；]).*?关于印发\\s*《(.+)》\\s*的\\s*通\\s*知$");
    private static final Pattern NOTICE_TITLE =
            Pattern.compile("^(?!.*[。；，])(.{0,30}?)(关于.{2,80}的(?:通\\s*知|决定|意见|公告|通告|批复|报告|函))$");
    private static final Pattern CHRONICLE_TITLE = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月.{0,15}大事记$");
    private static final Pattern MASTHEAD = Pattern.compile("^(?!.*[，。；：])(.{2,30})公报$");
    private static final Pattern ISSUE = Pattern.compile("(?<!总)第(\\d+)期");
    private static final Pattern TOTAL_ISSUE = Pattern.compile("总第(\\d+)期");
    private static final Pattern YEAR_LINE = Pattern.compile("^(\\d{4})(?:\\s*年.*)?$");

    private enum StartKind { RED_HEADER, COVER_TITLE, NOTICE_TITLE, CHRONICLE_TITLE }

    /** The documents of one file plus what its front matter says about the gazette issue. */
    record Split(List<DocumentBlock> documents, String gazetteIssue, String gazetteIssuer) {
    }

    Split split(List<SourceLine> lines) {
        boolean[] contents = contentsMask(lines);
        List<Integer> starts = documentStarts(lines, contents);
        if (starts.isEmpty()) {
            throw new GazetteParseException("no document start found (no red header, 关于…通知 title or 大事记 title)");
        }
        List<SourceLine> front = lines.subList(0, starts.get(0));
        boolean gazette = front.stream().anyMatch(l -> MASTHEAD.matcher(l.text()).matches());
        if (!gazette) {
            // A single document file: what precedes its red header (a 登记号 line) belongs to its header.
            starts.set(0, 0);
        }
        String issue = gazette ? gazetteIssue(front) : null;
        String gazetteIssuer = gazette ? front.stream().map(l -> MASTHEAD.matcher(l.text()))
                .filter(Matcher::matches).map(m -> m.group(1).strip()).findFirst().orElse(null) : null;
        List<DocumentBlock> docs = new ArrayList<>();
        for (int d = 0; d < starts.size(); d++) {
            int end = d + 1 < starts.size() ? starts.get(d + 1) : lines.size();
            docs.add(document(lines, contents, starts.get(d), end));
        }
        return new Split(docs, issue, gazetteIssuer);
    }

    private static Optional<StartKind> startKind(String text) {
        if (COVER_TITLE.matcher(text).matches()) {
            return Optional.of(StartKind.COVER_TITLE);
        }
        if (RED_HEADER.matcher(text).matches()) {
            return Optional.of(StartKind.RED_HEADER);
        }
        if (NOTICE_TITLE.matcher(text).matches()) {
            return Optional.of(StartKind.NOTICE_TITLE);
        }
        if (CHRONICLE_TITLE.matcher(text).matches()) {
            return Optional.of(StartKind.CHRONICLE_TITLE);
        }
        return Optional.empty();
    }

    private static boolean numberLine(String text) {
        return text.length() <= 30 && !TextPatterns.hasProsePunctuation(text) && DocNumbers.find(text).isPresent();
    }

    private static boolean registrationLine(String text) {
        return text.length() <= 30 && DocNumbers.findRegistration(text).isPresent();
    }

    private static boolean headerLine(String text) {
        return startKind(text).isPresent() || numberLine(text) || registrationLine(text)
                || TextPatterns.ORG_LINE.matcher(text).matches();
    }

    private static List<Integer> documentStarts(List<SourceLine> lines, boolean[] contents) {
        List<Integer> starts = new ArrayList<>();
        boolean inHeader = false;
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.blank() || contents[i]) {
                continue;
            }
            Optional<StartKind> kind = startKind(line.text());
            if (kind.isPresent()) {
                if (!inHeader) {
                    int start = i;
                    // A notice's issuer is printed on the line above its title.
                    if (kind.get() == StartKind.NOTICE_TITLE && previous >= 0
                            && (starts.isEmpty() || previous > starts.get(starts.size() - 1))
                            && TextPatterns.ORG_LINE.matcher(lines.get(previous).text()).matches()) {
                        start = previous;
                    }
                    starts.add(start);
                    inHeader = true;
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
                if (TextPatterns.TOC_ENTRY.matcher(t).matches()) {
                    lastEntry = j;
                } else if (t.strip().length() > 20 || TextPatterns.hasProsePunctuation(t)) {
                    break;
                }
            }
            for (int j = i; j <= lastEntry; j++) {
                mask[j] = true;
            }
            i = lastEntry;
        }
        return mask;
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

    private DocumentBlock document(List<SourceLine> lines, boolean[] contents, int start, int end) {
        String title = null;
        String issuer = null;
        String headerIssuer = null;
        String number = null;
        String registration = null;
        boolean chronicle = false;
        boolean coverLetterExpected = false;
        int i = start;
        for (; i < end; i++) {
            String t = lines.get(i).text();
            if (t.isBlank() || contents[i]) {
                continue;
            }
            if (!headerLine(t)) {
                break;
            }
            Optional<StartKind> kind = startKind(t);
            if (kind.isPresent()) {
                switch (kind.get()) {
                    case RED_HEADER -> headerIssuer = cleanIssuer(t.substring(0, t.length() - 2));
                    case COVER_TITLE -> {
                        Matcher m = matched(COVER_TITLE, t);
                        title = cleanTitle(m.group(1));
                        issuer = issuerBefore(t, "关于");
                        coverLetterExpected = true;
                    }
                    case NOTICE_TITLE -> {
                        Matcher m = matched(NOTICE_TITLE, t);
                        title = cleanTitle(m.group(2));
                        if (!m.group(1).isBlank()) {
                            issuer = cleanIssuer(m.group(1));
                        }
                    }
                    case CHRONICLE_TITLE -> {
                        title = TextPatterns.collapse(t);
                        chronicle = true;
                    }
                }
            } else if (numberLine(t) && number == null) {
                number = DocNumbers.normalise(t).orElseThrow();
            } else if (registrationLine(t) && registration == null) {
                registration = DocNumbers.findRegistration(t).orElseThrow();
            } else if (TextPatterns.ORG_LINE.matcher(t).matches() && issuer == null) {
                issuer = cleanIssuer(t);
            }
        }
        if (headerIssuer != null) {
            issuer = headerIssuer;
        }
        List<SourceLine> cover = new ArrayList<>();
        LocalDate date = null;
        if (coverLetterExpected) {
            for (; i < end; i++) {
                SourceLine line = lines.get(i);
                if (line.blank() || contents[i]) {
                    continue;
                }
                if (titleLine(line.text(), title) || HeadingStyle.of(line.text()).isPresent()) {
                    break;
                }
                cover.add(line);
                Optional<LocalDate> signed = TextPatterns.date(line.text());
                if (signed.isPresent()) {
                    date = signed.get();
                    i++;
                    break;
                }
            }
            // The cover page repeats title, period, issuer and month; none of it is body text.
            for (; i < end; i++) {
                String t = lines.get(i).text();
                if (t.isBlank() || contents[i]) {
                    continue;
                }
                if (!coverPageLine(t, title, issuer)) {
                    break;
                }
            }
        }
        List<SourceLine> body = new ArrayList<>();
        for (; i < end; i++) {
            SourceLine line = lines.get(i);
            if (!line.blank() && !contents[i] && !TextPatterns.TRAILER.matcher(line.text()).matches()) {
                body.add(line);
            }
        }
        if (title == null) {
            throw new GazetteParseException("document at line " + lines.get(start).number() + " has no title");
        }
        if (date == null) {
            // Without a cover letter the signature closes the document: take the last date line of the body.
            for (SourceLine line : body) {
                Optional<LocalDate> d = TextPatterns.date(line.text());
                if (d.isPresent()) {
                    date = d.get();
                }
            }
        }
        return new DocumentBlock(title, issuer, number, registration, date, chronicle, cover, body);
    }

    private static Matcher matched(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("start kind and pattern disagree on: " + text);
        }
        return m;
    }

    private static boolean titleLine(String text, String title) {
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

    private static String issuerBefore(String line, String marker) {
        int at = line.indexOf(marker);
        String before = at > 0 ? line.substring(0, at).strip() : "";
        return before.isEmpty() ? null : cleanIssuer(before);
    }

    private static String cleanIssuer(String text) {
        return TextPatterns.withoutParentheticals(text).replaceAll("[\\s\\u3000]+", "");
    }

    /** Titles are printed with line-break spaces and either kind of parentheses; keep one spelling. */
    static String cleanTitle(String text) {
        return TextPatterns.titleKey(text);
    }
}
