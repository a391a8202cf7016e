package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Every line of every corpus file must end up somewhere: in exactly one section's text, or (for headings) in a
 * heading path, or (for title, number, date and issuer lines) in the document metadata, or be front matter that
 * this test names by pattern. The test reads the raw files itself and shares no recogniser with the parser.
 */
class NothingLostTest {
    /** Printed by gazettes and cover pages, never indexed: these lines must appear in no section text. */
    private static final List<Pattern> FRONT_MATTER = List.of(
            Pattern.compile("^[A-Za-z][A-Za-z .,'’-]*$"),                        // English masthead
            Pattern.compile("^◎.*"),                                              // validity notice
            Pattern.compile("^发布政令\\s*公开政务\\s*指导工作\\s*服务社会$"),       // slogan
            Pattern.compile("^编辑委员会$"),
            Pattern.compile("^[\\p{IsHan} ]{1,8}：(\\p{IsHan}{1,3}(\\s+|$))+$"),  // 主任：王 娴 / 编委：杨英松 向高怀 …
            Pattern.compile("^(\\p{IsHan}{2,3}\\s+)+\\p{IsHan}{2,3}$"),           // 杨建文 罗媛媛 徐浩珊
            Pattern.compile("^目\\s*录$"),
            Pattern.compile("^.*\\S(\\t|\\.{2,}\\s*)\\d{1,3}$"),                  // contents entry … page
            Pattern.compile("^\\d{4}年\\d{1,2}月区政府大事记\\s+\\d{1,3}$"),       // contents entry with a space
            Pattern.compile("^【.+】$"),                                          // contents group
            Pattern.compile("^.{2,20}公报$"),                                     // masthead
            Pattern.compile("^第\\s*\\d+\\s*期.*"), Pattern.compile("^总第\\s*\\d+\\s*期$"), Pattern.compile("^\\d{4}$"),
            Pattern.compile("^.{2,20}办公室$"),                                    // publisher
            Pattern.compile("^[(（]免费赠阅[)）]$"),
            Pattern.compile("^[〇一二三四五六七八九十]{4}年[一二三四五六七八九十]+月$"), // cover page month
            Pattern.compile("^[(（]\\d{4}\\s*-\\s*\\d{4}\\s*年[)）]$"),            // cover page period
            Pattern.compile("^\\p{IsHan}+·\\p{IsHan}+$"));                        // 湖南省·株洲市
    /** Lines that may live in document metadata instead of a section text. */
    private static final List<Pattern> METADATA = List.of(
            Pattern.compile(".*文件$"),                                            // red header
            Pattern.compile(".*关于印发.*通\\s*知$"),                              // cover letter title
            Pattern.compile("^.{0,30}关于.*的通知$"),                               // notice title
            Pattern.compile("^\\p{IsHan}*\\s*[〔\\[(（【]\\s*\\d{4}\\s*[〕\\])）】]\\s*\\d+\\s*号$"), // 文号
            Pattern.compile("^[A-Z]{4,8}-\\d{4}-\\d{5}$"),                         // 登记号
            Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$"),  // signature / gazette date
            Pattern.compile("^.{2,30}(人民政府|局|领导小组)$"));                    // issuer line
    /** Paragraphs at least this long are never printed twice, so emitting one twice is a parser bug. */
    private static final int UNIQUE_FROM_CHARS = 12;

    static Stream<String> corpusFiles() {
        return CorpusFixture.scan().files().stream().map(SourceText::fileName);
    }

    /**
     * Walks the file's lines in order with a cursor over the concatenated section texts: each body line must be
     * found at or after the cursor (so every line is consumed once, in reading order, and page-break fragments
     * are found inside their joined paragraph); a line that is not found must be a heading in some section's path
     * or a metadata line. Front matter must not be in any section.
     */
    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyBodyLineIsInExactlyOneSection(String fileName) {
        SourceText source = CorpusFixture.source(fileName);
        List<GazetteDocument> docs = new GazetteParser().parse(source);
        List<Section> sections = docs.stream().flatMap(d -> d.sections().stream()).toList();
        List<String> texts = sections.stream().map(s -> norm(s.text())).toList();
        List<String> textLines = sections.stream().flatMap(s -> Stream.of(s.text().split("\n")))
                .map(NothingLostTest::norm).toList();
        List<String> headings = sections.stream().flatMap(s -> s.path().stream()).map(NothingLostTest::norm).toList();
        List<String> titles = docs.stream().map(d -> norm(d.title())).toList();

        List<String> problems = new ArrayList<>();
        int consumed = 0;
        int section = 0;
        int offset = 0;
        String[] lines = source.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("^\\s*#+\\s+", "").replace("**", "").strip();
            if (line.isEmpty() || tableLine(lines[i])) {
                continue;
            }
            String n = norm(line);
            if (FRONT_MATTER.stream().anyMatch(p -> p.matcher(line).matches())) {
                boolean indexed = textLines.contains(n)
                        || (n.length() >= UNIQUE_FROM_CHARS && texts.stream().anyMatch(t -> t.contains(n)));
                if (indexed) {
                    problems.add((i + 1) + ": front matter indexed: " + line);
                }
                continue;
            }
            String titleKey = n.replace('(', '（').replace(')', '）');
            boolean title = titles.stream().anyMatch(t -> t.equals(titleKey) || (titleKey.length() >= 6 && t.startsWith(titleKey)));
            boolean metadata = METADATA.stream().anyMatch(p -> p.matcher(line).matches());
            boolean heading = headings.contains(n) || headings.contains(titleKey);
            if (title || metadata || heading) {
                continue;
            }
            boolean found = false;
            for (int s = section; s < texts.size() && !found; s++) {
                int at = texts.get(s).indexOf(n, s == section ? offset : 0);
                if (at >= 0) {
                    section = s;
                    offset = at + n.length();
                    found = true;
                }
            }
            if (found) {
                consumed++;
            } else {
                problems.add((i + 1) + ": lost or out of order: " + line);
            }
        }
        assertThat(consumed).isGreaterThan(10);
        assertThat(problems).as(fileName).isEmpty();

        // nothing is indexed twice: no long paragraph occurs in two places
        List<String> paragraphs = sections.stream().filter(s -> s.type() != SectionType.TABLE_ROW)
                .flatMap(s -> Stream.of(s.text().split("\n"))).map(NothingLostTest::norm)
                .filter(p -> p.length() >= UNIQUE_FROM_CHARS).toList();
        assertThat(paragraphs).as(fileName).doesNotHaveDuplicates();
    }

    /**
     * Table rows are checked per cell: the n-th data row of the file (a line of 3+ tabs that is not a header with
     * 序号 or 现状值) must be the n-th table_row section, holding every non-empty cell of the row.
     */
    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyTableCellIsInItsRowSection(String fileName) {
        SourceText source = CorpusFixture.source(fileName);
        List<Section> rows = new GazetteParser().parse(source).stream().flatMap(d -> d.sections().stream())
                .filter(s -> s.type() == SectionType.TABLE_ROW).toList();
        List<String[]> dataRows = new ArrayList<>();
        for (String line : source.text().split("\n")) {
            if (!tableLine(line)) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            List<String> names = Stream.of(cells).map(NothingLostTest::norm).toList();
            if (names.contains("序号") || names.contains("现状值")) {
                continue;
            }
            dataRows.add(cells);
        }
        assertThat(rows).hasSameSizeAs(dataRows);
        for (int r = 0; r < dataRows.size(); r++) {
            String text = norm(rows.get(r).text());
            for (String cell : dataRows.get(r)) {
                assertThat(text).as("row %d of %s", r + 1, fileName).contains(norm(cell));
            }
        }
    }

    private static boolean tableLine(String line) {
        return line.chars().filter(c -> c == '\t').count() >= 3;
    }

    private static String norm(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
