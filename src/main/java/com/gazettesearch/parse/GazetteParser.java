package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.text.Digests;
import com.gazettesearch.text.TraditionalChinese;

/**
 * Parses one decoded source file into its documents with metadata (title, 文号, 登记号, issuer, region, date,
 * kind, gazette issue) and sections with stable ids. Everything is derived from how official documents are laid
 * out; nothing here knows the corpus files. Recognition degrades instead of failing: a file without any
 * recognisable structure is still one document, titled as well as the text allows, and whatever was not
 * recognised is listed in the document's {@link GazetteDocument#warnings() warnings}. Only a blank text gives no
 * document.
 *
 * <p>Stages: {@link WrapperReader} takes off export and crawl wrappers, {@link LineRecovery} restores the lines
 * a crawl or export ran together, {@link DocumentSplitter} and {@link DocumentReader} find the documents and
 * their metadata, {@link SectionBuilder} cuts each body into sections.
 */
public final class GazetteParser {
    /** The heading a document's 版记 is indexed under. */
    private static final String IMPRINT_HEADING = "版记";
    /** How far down the text a crawl header's title may be printed again. */
    private static final int CRAWL_TITLE_LINES = 5;
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BOLD_MARK = Pattern.compile("(?<!\\*)\\*\\*(?!\\*)");
    private static final Pattern MARKDOWN_COMMENT = Pattern.compile("^<!--.*-->$");

    /** The documents of {@code source}, in order; empty only when the text is blank. */
    public List<GazetteDocument> parse(SourceText source) {
        if (source.text().isBlank()) {
            return List.of();
        }
        if (TraditionalChinese.isTraditional(source.text())) {
            // recognised in simplified characters (关于, 号, 第一条), stored and indexed as printed; region and 文种 are
            // facet values and stay in their simplified, canonical form
            TraditionalChinese.Folding folding = TraditionalChinese.folding(source.text());
            SourceText folded = new SourceText(source.fileName(), source.path(), folding.folded(),
                    source.charset(), source.sha256(), source.format());
            return parse(folded, folding::restore,
                    "the text is printed in traditional characters: recognised in simplified form, kept as printed");
        }
        return parse(source, UnaryOperator.identity(), null);
    }

    /**
     * The documents of {@code source}; {@code asPrinted} gives what was recognised back in the characters the
     * original text prints, and {@code note}, when not null, is a warning every document carries.
     */
    private List<GazetteDocument> parse(SourceText source, UnaryOperator<String> asPrinted, String note) {
        ParseNotes notes = new ParseNotes();
        // a recognised wrapper is no warning: everything in it was understood
        WrapperReader.Unwrapped unwrapped = WrapperReader.read(lines(source));
        WrapperReader.CrawlFields crawl = unwrapped.fields();
        List<SourceLine> lines = withCrawlTitle(LineRecovery.recover(unwrapped.lines(), notes), crawl);
        DocumentSplitter.Split split = new DocumentSplitter()
                .split(lines, new DocumentReader.Fallback(crawl.title(), fileTitle(source.fileName())));
        List<GazetteDocument> documents = new ArrayList<>();
        DocumentIds ids = new DocumentIds(source.fileName());
        for (DocumentBlock block : split.documents()) {
            boolean first = documents.isEmpty();
            List<String> warnings = new ArrayList<>(notes.between(block.firstLine(), block.lastLine(), first));
            if (note != null) {
                warnings.add(note);
            }
            warnings.addAll(block.warnings());
            Metadata meta = first ? Metadata.reconciled(block, crawl, warnings) : Metadata.of(block);
            String issuer = meta.issuer();
            if (issuer == null && block.chronicle() && split.gazetteIssuer() != null) {
                // A gazette's 大事记 records the government that publishes the gazette.
                issuer = split.gazetteIssuer();
            }
            String title = asPrinted.apply(block.title());
            String docNumber = asPrinted.apply(meta.docNumber());
            String id = ids.next(docNumber != null ? docNumber : title);
            List<SectionDraft> drafts = new ArrayList<>(SectionBuilder.coverLetter(block.coverLetter(), block.coverLabel()));
            drafts.addAll(block.chronicle()
                    ? SectionBuilder.chronicle(chronicleTitle(block), block.body(), warnings)
                    : SectionBuilder.body(block.body(), block.textTitles(), warnings));
            String chronicleTitle = chronicleTitle(block);
            drafts.addAll(SectionBuilder.closing(chronicleTitle == null ? List.of() : List.of(chronicleTitle),
                    block.closing()));
            drafts.addAll(SectionBuilder.closing(List.of(IMPRINT_HEADING), block.imprint()));
            if (drafts.isEmpty()) {
                warnings.add("no text found under the title");
            }
            String kind = block.chronicle() ? Kinds.CHRONICLE : Kinds.of(block.title());
            if (kind == null) {
                // a text without a title of its own still says what it is in its closing words (特此公告)
                kind = Kinds.ofClosing(block.body());
            }
            List<SectionDraft> printed = drafts.stream().map(d -> new SectionDraft(
                    d.path().stream().map(asPrinted).toList(), asPrinted.apply(d.heading()), d.type(),
                    asPrinted.apply(d.text()))).toList();
            documents.add(new GazetteDocument(id, source.fileName(), title, docNumber,
                    asPrinted.apply(block.registration()), asPrinted.apply(issuer), region(issuer, block, source),
                    meta.date(), kind, split.gazetteIssue(), documents.size(), sections(id, printed),
                    warnings.stream().map(asPrinted).toList(),
                    first ? DocNumbers.indexNumber(crawl.indexNumber()).orElse(null) : null));
        }
        return documents;
    }

    /**
     * The issuer's region; without an issuer, the unit a printed title begins with (东营市城市供水条例, 庆元县大事记, past a
     * year: 2016年宜春市…职位表), else a
     * web page's 来源 when that is wholly a place (来源:文成县), else the place a signature's name line begins with
     * when that line is no organisation's name: the region, never the issuer.
     */
    private static String region(String issuer, DocumentBlock block, SourceText source) {
        String text = source.text();
        if (issuer != null) {
            return Regions.of(issuer, text);
        }
        // any title the text or its page prints names the place it begins with; a file name may not be the text's
        boolean printedTitle = block.titled() || !block.title().equals(fileTitle(source.fileName()));
        String fromTitle = printedTitle ? Regions.leading(block.title(), text) : null;
        if (fromTitle != null) {
            return fromTitle;
        }
        String fromPage = block.pageSource() == null ? null : Regions.whole(block.pageSource(), text);
        if (fromPage != null) {
            return fromPage;
        }
        // a signature whose name is misprinted (西宁市发展和改革委员) still names the place it signs for
        return block.signatureName() == null ? null : Regions.leading(block.signatureName(), text);
    }

    /**
     * A crawl header's 标题 that is itself a title element (X关于转发《Y》的通知) while the text under it opens
     * straight with the addressee: the page printed the title only in its header, so it is put back above the text.
     */
    private static List<SourceLine> withCrawlTitle(List<SourceLine> lines, WrapperReader.CrawlFields crawl) {
        if (crawl.title() == null || Titles.start(crawl.title()).isEmpty()) {
            return lines;
        }
        String key = TextPatterns.titleKey(crawl.title());
        for (int i = 0, seen = 0; i < lines.size() && seen < CRAWL_TITLE_LINES; i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            seen++;
            if (Titles.start(lines.get(i).text()).isPresent() || TextPatterns.titleKey(lines.get(i).text()).equals(key)) {
                return lines;
            }
        }
        List<SourceLine> out = new ArrayList<>(lines.size() + 1);
        int number = lines.isEmpty() ? 1 : lines.get(0).number();
        out.add(new SourceLine(number, crawl.title(), false));
        out.addAll(lines);
        return out;
    }

    /** A chronicle's entries sit under its title only when the text prints one. */
    private static String chronicleTitle(DocumentBlock block) {
        return block.titled() ? block.title() : null;
    }

    /** A file name without its extension, the title of last resort. */
    static String fileTitle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Splits the text into lines, removing Markdown markup but remembering which lines were headings. */
    static List<SourceLine> lines(SourceText source) {
        boolean markdown = source.fileName().toLowerCase(Locale.ROOT).endsWith(".md");
        String[] raw = source.text().split("\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i];
            boolean heading = false;
            if (markdown) {
                Matcher m = MARKDOWN_HEADING.matcher(text.strip());
                if (m.matches()) {
                    heading = true;
                    text = m.group(1);
                }
            }
            // bold markup (**…**) goes; a longer run of asterisks is printed text (a masked amount: 按 *** 元/吨)
            text = BOLD_MARK.matcher(text).replaceAll("");
            if (markdown && MARKDOWN_COMMENT.matcher(text.strip()).matches()) {
                // <!-- INFO END --> and the like are markup, not text
                text = "";
            }
            // Tabs are cell separators: only spaces are trimmed, so leading empty cells survive.
            text = text.indexOf('\t') >= 0 ? text.replaceAll("^[ \\u3000]+|[ \\u3000]+$", "") : text.strip();
            if (text.isBlank()) {
                text = "";
            }
            lines.add(new SourceLine(i + 1, text, heading));
        }
        return lines;
    }

    /**
     * The path with the section's own heading as its last level, as {@link Section} requires. The section builder
     * always makes it so; should a layout ever give a heading outside its path, the heading joins the path rather than
     * the file failing to index.
     */
    static List<String> withHeadingLast(List<String> path, String heading) {
        if (heading == null || (!path.isEmpty() && heading.equals(path.getLast()))) {
            return path;
        }
        List<String> out = new ArrayList<>(path);
        out.add(heading);
        return out;
    }

    private static List<Section> sections(String docId, List<SectionDraft> drafts) {
        List<Section> sections = new ArrayList<>(drafts.size());
        Map<String, Integer> seen = new HashMap<>();
        for (SectionDraft d : drafts) {
            String key = String.join("\u001f", d.path()) + "\u001e" + d.text();
            int occurrence = seen.merge(key, 1, Integer::sum);
            String id = "s-" + Digests.sha1(docId + "\u001d" + key + "\u001d" + occurrence).substring(0, 12);
            sections.add(new Section(id, docId, withHeadingLast(d.path(), d.heading()), d.heading(), d.type(), d.text(),
                    sections.size()));
        }
        return sections;
    }
}
