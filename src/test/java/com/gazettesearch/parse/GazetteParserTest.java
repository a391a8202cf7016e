package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/** The parser on made-up texts (so it is not fitted to the corpus) and the stability of its ids. */
class GazetteParserTest {
    private final GazetteParser parser = new GazetteParser();

    private static SourceText source(String name, String text) {
        return new SourceText(name, Path.of(name), text, "UTF-8", "test");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GazetteParserTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesAMinimalNotice() throws IOException {
        List<GazetteDocument> docs = parser.parse(source("minimal.txt", resource("/parse/minimal-notice.txt")));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("关于做好2025年秋季学期开学工作的通知");
            assertThat(d.docNumber()).isEqualTo("青教发〔2025〕12号");
            assertThat(d.issuer()).isEqualTo("青山县教育局");
            assertThat(d.region()).isEqualTo("青山县");
            assertThat(d.date()).isEqualTo(LocalDate.of(2025, 8, 20));
            assertThat(d.kind()).isEqualTo("通知");
            assertThat(d.gazetteIssue()).isNull();
            assertThat(d.sections()).extracting(Section::path).containsExactly(
                    List.of(),
                    List.of("一、做好开学准备", "（一）校舍安全检查"),
                    List.of("一、做好开学准备", "（二）教材发放"),
                    List.of("二、加强组织领导"));
            assertThat(d.sections()).extracting(Section::type).containsOnly(SectionType.BODY);
            assertThat(d.sections().get(0).text())
                    .isEqualTo("各乡镇中心学校，县直各学校：\n为确保秋季学期顺利开学，现将有关事项通知如下：");
            assertThat(d.sections().get(1).text()).isEqualTo("各校要在开学前完成校舍、消防设施和食堂的安全检查，发现隐患立即整改，不留死角。");
            assertThat(d.sections().get(3).text()).endsWith("亲自检查。\n青山县教育局\n2025年8月20日");
        });
    }

    @Test
    void aHugeSingleLineBodyIsSplitIntoBoundedSectionsAndNothingIsLost() {
        // A PDF conversion that lost every line break: one paragraph of 200,000 characters.
        String line = "各单位要认真落实节能降碳工作要求，".repeat(12_500);
        List<GazetteDocument> docs = parser.parse(source("one-line.txt", "关于印发节能工作方案的通知\n" + line + "\n"));
        assertThat(docs).singleElement().satisfies(d -> {
            // like 关于印发《X》的通知, the notice's document is the text it issues
            assertThat(d.title()).isEqualTo("节能工作方案");
            assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("no signature date"));
            assertThat(d.sections()).hasSizeGreaterThan(60)
                    .allSatisfy(sec -> assertThat(sec.text().length()).isLessThanOrEqualTo(SectionBuilder.MAX_SECTION_CHARS));
            assertThat(d.sections().stream().map(Section::text).reduce("", String::concat)).isEqualTo(line);
            assertThat(d.sections()).extracting(Section::id).doesNotHaveDuplicates();
        });
    }

    @Test
    void aTextWithoutAnyStructureIsOneDocumentTitledFromItsFileNameWithWarnings() {
        List<GazetteDocument> docs = parser.parse(source("notes.txt", "随手记下的几行字。\n没有标题，也没有文号。\n"));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("notes");
            assertThat(d.docNumber()).isNull();
            assertThat(d.issuer()).isNull();
            assertThat(d.sections()).singleElement().satisfies(s -> {
                assertThat(s.type()).isEqualTo(SectionType.BODY);
                assertThat(s.text()).isEqualTo("随手记下的几行字。\n没有标题，也没有文号。");
            });
            assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("titled from the file name"));
        });
    }

    @Test
    void aBlankTextGivesNoDocument() {
        assertThat(parser.parse(source("blank.txt", " \n\u3000\n"))).isEmpty();
    }

    @Test
    void idsAreStableAcrossParses() {
        for (var file : CorpusFixture.scan().files()) {
            List<String> first = ids(parser.parse(file));
            assertThat(ids(parser.parse(file))).as(file.fileName()).isEqualTo(first).doesNotHaveDuplicates();
        }
    }

    @Test
    void changingOneParagraphChangesOnlyThatSectionsId() {
        SourceText original = CorpusFixture.source("shifeng-carbon-peak-plan");
        String changedText = original.text().replace("本方案自公布之日起施行。", "本方案自印发之日起施行。");
        assertThat(changedText).isNotEqualTo(original.text());
        List<Section> before = parser.parse(original).get(0).sections();
        List<Section> after = parser.parse(source(original.fileName(), changedText)).get(0).sections();
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).id().equals(after.get(i).id())) {
                changed++;
                assertThat(after.get(i).text()).contains("本方案自印发之日起施行。");
            }
        }
        assertThat(changed).isEqualTo(1);
        assertThat(parser.parse(original).get(0).id()).isEqualTo(parser.parse(source(original.fileName(), changedText)).get(0).id());
    }

    @Test
    void longBodiesAreSplitAtParagraphsUnderTheSamePath() {
        StringBuilder text = new StringBuilder("某某县人民政府\n关于印发《某某县长文件测试方案》的通知\n某政发〔2025〕3号\n各单位：\n现印发给你们。\n"
                + "某某县人民政府\n2025年1月2日\n某某县长文件测试方案\n一、总体要求\n");
        for (int i = 0; i < 30; i++) {
            text.append("第").append(i).append("段，").append("内容".repeat(100)).append("。\n\n");
        }
        GazetteDocument d = parser.parse(source("long.txt", text.toString())).get(0);
        List<Section> parts = d.sections().stream().filter(s -> s.path().equals(List.of("一、总体要求"))).toList();
        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.text()).hasSizeLessThanOrEqualTo(SectionBuilder.MAX_SECTION_CHARS))
                .allSatisfy(s -> assertThat(s.heading()).isEqualTo("一、总体要求"));
        assertThat(String.join("\n", parts.stream().map(Section::text).toList()).split("\n")).hasSize(30);
        assertThat(parts).extracting(Section::id).doesNotHaveDuplicates();
    }

    @Test
    void aSectionsHeadingIsTheLastLevelOfItsPathWhateverTheBuilderGave() {
        assertThat(GazetteParser.withHeadingLast(List.of("一、目标", "（一）城区"), "（一）城区"))
                .containsExactly("一、目标", "（一）城区");
        assertThat(GazetteParser.withHeadingLast(List.of("附件"), null)).containsExactly("附件");
        assertThat(GazetteParser.withHeadingLast(List.of(), "4月2日")).containsExactly("4月2日");
        assertThat(GazetteParser.withHeadingLast(List.of("一、目标"), "（一）城区")).containsExactly("一、目标", "（一）城区");
    }

    private static List<String> ids(List<GazetteDocument> docs) {
        return docs.stream().flatMap(d -> java.util.stream.Stream.concat(java.util.stream.Stream.of(d.id()),
                d.sections().stream().map(Section::id))).toList();
    }
}
