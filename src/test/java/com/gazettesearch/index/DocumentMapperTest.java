package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;
import com.gazettesearch.records.RecordExtractor;
import com.gazettesearch.schema.Schema;

class DocumentMapperTest {
    private final DocumentMapper mapper = new DocumentMapper();
    private final RecordExtractor extractor = RecordExtractor.standard();

    private List<Document> map(GazetteDocument doc, String sourceHash) {
        return mapper.map(doc, extractor.extract(doc), sourceHash);
    }

    private static GazetteDocument feeNotice() {
        List<Section> sections = List.of(
                new Section("s0", "d1", List.of("一、调整标准", "（一）城区"), "（一）城区", SectionType.ITEM,
                        "居民生活用水由0.58元/立方米调整为0.85元/立方米。", 0),
                new Section("s1", "d1", List.of(), null, SectionType.BODY, "本通知自2024年5月1日起执行。", 1));
        return new GazetteDocument("d1", "lukou.txt", "关于调整污水处理费收费标准的通知", "渌发改发〔2024〕6号",
                "zzlkdr-2024-00003", "株洲市渌口区发展和改革局", "株洲市渌口区", LocalDate.of(2024, 4, 8), "通知",
                null, 2, sections);
    }

    private static List<String> names(Document d) {
        return d.getFields().stream().map(IndexableField::name).distinct().toList();
    }

    @Test
    void aDocumentBecomesOneDocumentRecordAndOneRecordPerSection() {
        List<Document> records = map(feeNotice(), "abc123");

        assertThat(records).extracting(d -> d.get(Schema.RECORD_TYPE))
                .containsExactly(Schema.TYPE_DOCUMENT, Schema.TYPE_SECTION, Schema.TYPE_SECTION);
        assertThat(records).extracting(d -> d.get(Schema.ID)).containsExactly("d1", "s0", "s1");

        Document doc = records.get(0);
        assertThat(doc.get(Schema.DOC_TITLE)).isEqualTo("关于调整污水处理费收费标准的通知");
        assertThat(doc.get(Schema.DOC_NUMBER)).isEqualTo("渌发改发〔2024〕6号");
        assertThat(doc.get(Schema.REG_NUMBER)).isEqualTo("ZZLKDR-2024-00003");
        assertThat(doc.getField(Schema.SECTION_COUNT).numericValue().intValue()).isEqualTo(2);
        assertThat(doc.getField(Schema.DATE).numericValue().longValue()).isEqualTo(LocalDate.of(2024, 4, 8).toEpochDay());
        assertThat(doc.get(Schema.SOURCE_HASH)).isEqualTo("abc123");
        assertThat(doc.get(Schema.SOURCE_FILE)).isEqualTo("lukou.txt");
        assertThat(doc.getField(Schema.ORDER_IN_SOURCE).numericValue().intValue()).isEqualTo(2);
    }

    @Test
    void aNoticeThatIssuesTwoTextsKeepsTheirTitlesOnItsDocumentRecord() {
        List<Section> sections = List.of(
                new Section("s0", "d2", List.of(), null, SectionType.BODY, "现将两个文件印发给你们，请认真贯彻执行。", 0),
                new Section("s1", "d2", List.of("城乡居民医疗保险办法", "第一章　总则"), "第一章　总则", SectionType.ARTICLE,
                        "第一条 为了……制定本办法。", 1),
                new Section("s2", "d2", List.of("城乡居民医疗保险办法", "第二章　参保"), "第二章　参保", SectionType.ARTICLE,
                        "第二条 ……", 2),
                new Section("s3", "d2", List.of("大病保险实施细则", "一、目标"), "一、目标", SectionType.ITEM, "……", 3),
                // a short label the title happens to contain is a heading, not a text's title
                new Section("s4", "d2", List.of("办法"), "办法", SectionType.ITEM, "……", 4));
        GazetteDocument notice = new GazetteDocument("d2", "notice.txt",
                "关于印发城乡居民医疗保险办法和大病保险实施细则的通知", null, null, "某县人民政府", "某县",
                LocalDate.of(2021, 3, 1), "通知", null, 0, sections);

        Document record = map(notice, "h").get(0);

        assertThat(record.getValues(Schema.ISSUED_TITLES)).containsExactly("城乡居民医疗保险办法", "大病保险实施细则");
        assertThat(map(feeNotice(), "h").get(0).getValues(Schema.ISSUED_TITLES)).isEmpty();
    }

    @Test
    void aSectionCarriesItsPathInOrderTheDocumentMetadataAndFacets() {
        Document s = map(feeNotice(), "h").get(1);

        assertThat(s.getValues(Schema.PATH)).containsExactly("一、调整标准", "（一）城区");
        assertThat(s.get(Schema.HEADING)).isEqualTo("（一）城区");
        assertThat(s.get(Schema.SECTION_TYPE)).isEqualTo("item");
        assertThat(s.get(Schema.TEXT)).startsWith("居民生活用水");
        assertThat(s.getField(Schema.TEXT).fieldType()).isSameAs(Schema.STORED_TEXT_WITH_OFFSETS);
        assertThat(s.getField(Schema.ORDER).numericValue().intValue()).isZero();
        assertThat(s.get(Schema.DOC_ID)).isEqualTo("d1");
        assertThat(s.get(Schema.REGION)).isEqualTo("株洲市渌口区");
        assertThat(s.get(Schema.ISSUER)).isEqualTo("株洲市渌口区发展和改革局");
        assertThat(s.get(Schema.KIND)).isEqualTo("通知");
        assertThat(s.get(Schema.YEAR)).isEqualTo("2024");
        assertThat(names(s)).contains(Schema.PATH_TEXT, Schema.HEADING_WORDS, Schema.TEXT_WORDS, Schema.DOC_TITLE_WORDS,
                Schema.DOC_NUMBER_KEY);
        // FacetsConfig.build turned the facet fields into sorted-set doc values under its own field.
        assertThat(names(s)).anyMatch(n -> n.startsWith("$facets"));
    }

    @Test
    void unknownValuesAreLeftOutNotStoredAsEmptyStrings() {
        GazetteDocument bare = new GazetteDocument("d2", "x.txt", "标题", null, null, null, null, null, null, null, 0,
                List.of(new Section("t0", "d2", List.of(), null, SectionType.BODY, "正文。", 0)));
        for (Document d : map(bare, null)) {
            assertThat(names(d)).doesNotContain(Schema.DOC_NUMBER, Schema.DOC_NUMBER_KEY, Schema.REG_NUMBER,
                    Schema.ISSUER, Schema.REGION, Schema.KIND, Schema.DATE, Schema.YEAR, Schema.GAZETTE_ISSUE,
                    Schema.PATH, Schema.PATH_TEXT, Schema.HEADING, Schema.SOURCE_HASH);
            assertThat(d.getFields()).noneMatch(f -> f.stringValue() != null && f.stringValue().isEmpty());
        }
        assertThat(Arrays.asList(map(bare, null).get(1).getValues(Schema.PATH))).isEmpty();
    }
}
