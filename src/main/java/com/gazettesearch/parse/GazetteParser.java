package com.gazettesearch.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * Parses one decoded source file into its documents with metadata (title, 文号, 登记号, issuer, region, date,
 * kind, gazette issue) and sections with stable ids. Everything is derived from patterns in the text; nothing
 * here knows the corpus files.
 */
public final class GazetteParser {
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    /** 文种, longest first so 实施方案 wins over 方案 where both end at the same place. */
    private static final List<String> KINDS = List.of("实施方案", "工作方案", "行动方案", "实施意见", "实施细则",
            "大事记", "办法", "规划", "通知", "意见", "规定", "决定", "方案", "细则", "计划", "公告", "通告", "批复",
            "报告", "条例", "措施", "纲要", "函");
    private static final Pattern CITY_DISTRICT = Pattern.compile("^(\\p{IsHan}{2,3}市)(\\p{IsHan}{1,4}?(?:新区|区|县))");
    private static final Pattern DISTRICT = Pattern.compile("^(\\p{IsHan}{2,6}?(?:新区|区|县))");

    /** Parses {@code source}; throws {@link GazetteParseException} when no document can be found in it. */
    public List<GazetteDocument> parse(SourceText source) {
        List<SourceLine> lines = lines(source);
        DocumentSplitter.Split split = new DocumentSplitter().split(lines);
        List<GazetteDocument> documents = new ArrayList<>();
        DocumentIds ids = new DocumentIds(source.fileName());
        for (DocumentBlock block : split.documents()) {
            String issuer = block.issuer();
            if (issuer == null && block.chronicle() && split.gazetteIssuer() != null) {
                // A gazette's 大事记 records the government that publishes the gazette.
                issuer = split.gazetteIssuer();
            }
            String id = ids.next(block.docNumber() != null ? block.docNumber() : block.title());
            List<SectionDraft> drafts = new ArrayList<>(SectionBuilder.coverLetter(block.coverLetter()));
            drafts.addAll(block.chronicle() ? SectionBuilder.chronicle(block.title(), block.body())
                    : SectionBuilder.body(block.body()));
            documents.add(new GazetteDocument(id, source.fileName(), block.title(), block.docNumber(),
                    block.registration(), issuer, region(issuer, source.text()), block.date(), kind(block.title()),
                    split.gazetteIssue(), documents.size(), sections(id, drafts)));
        }
        return documents;
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
            text = text.replace("**", "");
            // Tabs are cell separators: only spaces are trimmed, so leading empty cells survive.
            text = text.indexOf('\t') >= 0 ? text.replaceAll("^[ \\u3000]+|[ \\u3000]+$", "") : text.strip();
            if (text.isBlank()) {
                text = "";
            }
            lines.add(new SourceLine(i + 1, text, heading));
        }
        return lines;
    }

    private static List<Section> sections(String docId, List<SectionDraft> drafts) {
        List<Section> sections = new ArrayList<>(drafts.size());
        Map<String, Integer> seen = new HashMap<>();
        for (SectionDraft d : drafts) {
            String key = String.join("\u001f", d.path()) + "\u001e" + d.text();
            int occurrence = seen.merge(key, 1, Integer::sum);
            String id = "s-" + sha1(docId + "\u001d" + key + "\u001d" + occurrence).substring(0, 12);
            sections.add(new Section(id, docId, d.path(), d.heading(), d.type(), d.text(), sections.size()));
        }
        return sections;
    }

    /**
     * The region an issuer belongs to: 株洲市渌口区 from 株洲市渌口区发展和改革局, 湖南湘江新区 from its leading group.
     * A bare district (鹤城区) gets its city when the text names the city with it (怀化市鹤城区).
     */
    static String region(String issuer, String text) {
        if (issuer == null) {
            return null;
        }
        Matcher cd = CITY_DISTRICT.matcher(issuer);
        if (cd.find()) {
            return cd.group(1) + cd.group(2);
        }
        Matcher d = DISTRICT.matcher(issuer);
        if (!d.find()) {
            return null;
        }
        String district = d.group(1);
        Matcher withCity = Pattern.compile("(\\p{IsHan}{2,3}市)" + Pattern.quote(district)).matcher(text);
        return withCity.find() ? withCity.group(1) + district : district;
    }

    /** 文种 from the title: the kind word that ends last (a trailing （试行） or period ignored). */
    static String kind(String title) {
        String t = TextPatterns.withoutParentheticals(title);
        String best = null;
        int bestEnd = -1;
        for (String kind : KINDS) {
            int at = t.lastIndexOf(kind);
            if (at < 0) {
                continue;
            }
            int end = at + kind.length();
            if (end > bestEnd || (end == bestEnd && kind.length() > best.length())) {
                best = kind;
                bestEnd = end;
            }
        }
        return best;
    }

    static String sha1(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JVM", e);
        }
    }
}
