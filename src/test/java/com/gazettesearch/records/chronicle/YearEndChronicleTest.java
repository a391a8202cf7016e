package com.gazettesearch.records.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;

/**
 * A made-up county gazette (fictional places and people), parsed by the real parser, with chronicles
 * in other phrasings: a December chronicle reaching into January, a
 * title that spans the year end, 次日, 晚, full-width digits, a compound surname, a date that does
 * not exist.
 */
class YearEndChronicleTest {
    private static List<GazetteDocument> docs;
    private static final ChronicleExtractor EXTRACTOR = new ChronicleExtractor();

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        Path file = Path.of(YearEndChronicleTest.class.getResource("/records/chronicle/yearend-chronicle.txt").toURI());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        docs = new GazetteParser().parse(new SourceText(file.getFileName().toString(), file, text, "UTF-8", "test"));
        assertThat(docs).extracting(GazetteDocument::title)
                .containsExactly("2024年12月县政府大事记", "2024年12月—2025年1月县政府大事记");
    }

    @Test
    void aDecemberChronicleResolvesJanuaryEventsToTheNextYear() {
        List<ChronicleEvent> events = EXTRACTOR.extract(docs.get(0));
        assertThat(events).extracting(ChronicleEvent::date, ChronicleEvent::endDate, ChronicleEvent::partOfDay)
                .containsExactly(
                        tuple(LocalDate.of(2024, 12, 3), null, "上午"),
                        tuple(LocalDate.of(2024, 12, 16), null, "晚上"),
                        tuple(LocalDate.of(2024, 12, 17), null, null), // 次日
                        tuple(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2), null),
                        tuple(LocalDate.of(2025, 1, 2), null, null),
                        tuple(LocalDate.of(2025, 1, 2), null, "下午")); // 同日下午; 2月30日 is skipped
        assertThat(events.get(3).text()).contains("困难群众和老党员");
    }

    @Test
    void aTitleSpanningTheYearEndPlacesEachMonthInItsYear() {
        List<ChronicleEvent> events = EXTRACTOR.extract(docs.get(1));
        assertThat(events).extracting(ChronicleEvent::date, ChronicleEvent::endDate)
                .containsExactly(
                        tuple(LocalDate.of(2024, 12, 28), null), // full-width digits: a BODY section to the parser
                        tuple(LocalDate.of(2025, 1, 3), null),
                        tuple(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 2)));
    }

    @Test
    void countyTitlesCompoundSurnamesAndNameListsAreRead() {
        List<ChronicleEvent> events = EXTRACTOR.extract(docs.get(0));
        assertThat(events.get(0).people()).containsExactly(new Person("欧阳春", "县委副书记、县长"),
                new Person("王小明", "副县长"), new Person("罗一平", "副县长"));
        assertThat(events.get(1).people()).containsExactly(new Person("陈卫东", "县委书记"),
                new Person("李四海", "县领导"), new Person("赵五", "县领导"));
        // "县领导分组走访" names nobody; "县长欧阳春出席" does
        assertThat(events.get(3).people()).isEmpty();
        assertThat(events.get(2).people()).containsExactly(new Person("欧阳春", "县长"));
    }

    @Test
    void sectionsMapToTheirEventsDateAndContinuationsJoinTheirEvent() {
        GazetteDocument doc = docs.get(0);
        var base = doc.sections().get(0);
        List<com.gazettesearch.model.Section> split = List.of(base,
                new com.gazettesearch.model.Section("cont", doc.id(), List.of(), null,
                        com.gazettesearch.model.SectionType.EVENT, "会议还研究了其他事项。", 1));
        GazetteDocument splitDoc = new GazetteDocument(doc.id(), doc.sourceFile(), doc.title(), null, null, null,
                doc.region(), null, "大事记", null, 0, split);
        assertThat(EXTRACTOR.sectionDates(splitDoc)).containsExactly(
                java.util.Map.entry(base.id(), LocalDate.of(2024, 12, 3)), java.util.Map.entry("cont", LocalDate.of(2024, 12, 3)));
        assertThat(EXTRACTOR.extract(splitDoc)).singleElement()
                .satisfies(e -> assertThat(e.text()).endsWith("参加。会议还研究了其他事项。"));
    }

    @Test
    void periodsAreReadFromTitles() {
        assertThat(ChroniclePeriod.fromTitle("2024年第二季度大事记")).get()
                .extracting(ChroniclePeriod::start, ChroniclePeriod::end)
                .containsExactly(java.time.YearMonth.of(2024, 4), java.time.YearMonth.of(2024, 6));
        assertThat(ChroniclePeriod.fromTitle("2024年大事记").orElseThrow().yearOf(12)).isEqualTo(2024);
        assertThat(ChroniclePeriod.fromTitle("2024年11月—2月大事记").orElseThrow().yearOf(2)).isEqualTo(2025);
        assertThat(ChroniclePeriod.fromTitle("2024年1月大事记").orElseThrow().yearOf(12)).isEqualTo(2023);
        assertThat(ChroniclePeriod.fromTitle("区政府大事记")).isEmpty();
    }
}
