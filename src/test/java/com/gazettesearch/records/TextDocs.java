package com.gazettesearch.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Test input for the record extractors without the parser: a document built from plain text, one BODY section
 * per blank-line-separated paragraph. Extractors only read section text (and path/type), so this is enough to
 * test them on text copied from the corpus and on made-up notices.
 */
public final class TextDocs {
    private TextDocs() {
    }

    /** Metadata of a test document. */
    public record Meta(String id, String title, String region, LocalDate date, String docNumber, String kind) {
    }

    /** A short outline heading on its own: 三、县城 / 一、征收标准 (no sentence punctuation). */
    private static final java.util.regex.Pattern HEADING =
            java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、[^。；：，,;:]{1,20}$");

    /** The text of a test text under {@code /texts/} (real/…, found/…, madeup/…). */
    public static String testText(String path) {
        return classPathText("/texts/" + path);
    }

    /**
     * A document whose sections are the paragraphs of {@code text}; a paragraph that is only an outline heading
     * (一、…) becomes the path of the paragraphs after it, as the parser does.
     */
    public static GazetteDocument fromParagraphs(Meta meta, String text) {
        return fromBlocks(meta, text.split("\\n\\s*\\n"), HEADING, p -> SectionType.BODY);
    }

    /** As {@link #fromParagraphs}, with every line a paragraph (texts that print one paragraph per line). */
    public static GazetteDocument fromLines(Meta meta, String text) {
        return fromBlocks(meta, text.split("\\r?\\n|\\r"), HEADING, p -> SectionType.BODY);
    }

    /** Sections from blocks of text; a block matching {@code heading} is the path of the blocks after it. */
    private static GazetteDocument fromBlocks(Meta meta, String[] blocks, java.util.regex.Pattern heading,
                                              java.util.function.Function<String, SectionType> type) {
        List<Section> sections = new ArrayList<>();
        List<String> path = List.of();
        int n = 0;
        for (String block : blocks) {
            String p = block.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (heading.matcher(p).matches()) {
                path = List.of(p);
                continue;
            }
            sections.add(new Section(meta.id() + "-s" + n, meta.id(), path, path.isEmpty() ? null : path.getLast(),
                    type.apply(p), p, n));
            n++;
        }
        return document(meta, sections);
    }

    /** A year heading line (一九五〇年, 1989年), as a parser keeps it in the path of the entries below it. */
    private static final java.util.regex.Pattern YEAR_HEADING =
            java.util.regex.Pattern.compile("^[〇零一二三四五六七八九0-9]{4}\\s*年$");
    /** How a chronicle entry opens: a digit, or a relative or partial date (同日, 是月, 本年, 年底 …). */
    private static final java.util.regex.Pattern ENTRY_START = java.util.regex.Pattern.compile(
            "^(?:[0-9０-９]|同日|当日|次日|是月|本月|当月|是年|本年|当年|年底|年末|年初|月底|月初|上旬|中旬|下旬)");

    /**
     * A chronicle as the parser is to give it: every non-blank line a section, an EVENT when it opens like an
     * entry, a year heading line the path of the entries below it, other lines BODY.
     */
    public static GazetteDocument chronicle(Meta meta, String text) {
        return fromBlocks(meta, text.split("\\r?\\n|\\r"), YEAR_HEADING,
                l -> ENTRY_START.matcher(l).find() ? SectionType.EVENT : SectionType.BODY);
    }

    public static GazetteDocument document(Meta meta, List<Section> sections) {
        return new GazetteDocument(meta.id(), "test.txt", meta.title(), meta.docNumber(), null, null, meta.region(),
                meta.date(), meta.kind(), null, 0, sections);
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) of a corpus file, as one text. */
    public static String corpusLines(String fileName, int from, int to) {
        try {
            List<String> lines = Files.readAllLines(Path.of("corpus", fileName), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(from - 1, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource under {@code /records/}, as text. */
    public static String resource(String name) {
        return classPathText("/records/" + name);
    }

    private static String classPathText(String path) {
        try (InputStream in = TextDocs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
