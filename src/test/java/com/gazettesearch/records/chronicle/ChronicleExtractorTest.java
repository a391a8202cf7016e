package com.gazettesearch.records.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;
import com.gazettesearch.records.ParsedCorpus;

/** The 鹤城区 chronicles of the real corpus, as the parser gives them. */
class ChronicleExtractorTest {
    private static final String REGION = "怀化市鹤城区";
    private static List<ChronicleEvent> events;
    private static List<String> sectionIds;

    @BeforeAll
    static void extractCorpusChronicles() {
        List<GazetteDocument> docs = ParsedCorpus.from("hecheng-gazette").stream()
                .filter(ChronicleExtractor::isChronicle).toList();
        assertThat(docs).extracting(GazetteDocument::title)
                .containsExactly("2024年4月区政府大事记", "2024年5月区政府大事记", "2024年6月区政府大事记");
        sectionIds = docs.stream().flatMap(d -> d.sections().stream())
                .filter(s -> s.type() == SectionType.EVENT).map(Section::id).toList();
        ChronicleExtractor extractor = new ChronicleExtractor();
        events = docs.stream().flatMap(d -> extractor.extract(d).stream()).toList();
    }

    @Test
    void twentyFourEventsNineInAprilEightInMaySevenInJune() {
        assertThat(events).hasSize(24);
        Map<Integer, Long> byMonth = events.stream()
                .collect(Collectors.groupingBy(e -> e.date().getMonthValue(), Collectors.counting()));
        assertThat(byMonth).containsExactlyInAnyOrderEntriesOf(Map.of(4, 9L, 5, 8L, 6, 7L));
    }

    @Test
    void datesEndDatesAndPartsOfDayAreExact() {
        assertThat(events).extracting(ChronicleEvent::date, ChronicleEvent::endDate, ChronicleEvent::partOfDay)
                .containsExactly(
                        tuple(d(4, 2), null, null), tuple(d(4, 3), null, null), tuple(d(4, 8), null, null),
                        tuple(d(4, 8), null, null), // 同日
                        tuple(d(4, 10), null, null), tuple(d(4, 12), null, null), tuple(d(4, 17), null, "下午"),
                        tuple(d(4, 25), d(4, 28), null), tuple(d(4, 29), null, null),
                        tuple(d(5, 8), null, null), tuple(d(5, 9), null, "上午"),
                        tuple(d(5, 9), null, "下午"), // 同日下午
                        tuple(d(5, 13), null, null), tuple(d(5, 17), null, null), tuple(d(5, 24), null, null),
                        tuple(d(5, 30), null, null), tuple(d(5, 31), null, null),
                        tuple(d(6, 12), null, null), tuple(d(6, 18), null, null),
                        tuple(d(6, 18), null, "下午"), // 同日下午
                        tuple(d(6, 20), null, null), tuple(d(6, 21), null, null), tuple(d(6, 24), null, "下午"),
                        tuple(d(6, 28), null, null));
    }

    @Test
    void anEventBrokenByAPageBreakIsOneEventWithItsWholeText() {
        ChronicleEvent trip = events.get(7);
        assertThat(trip.text()).startsWith("4月25日至28日,鹤城区委副书记")
                .contains("北京皓宇润泽空间农业种植有限公司董事长张云和").endsWith("区委常委、副区长韩道旺参加。");
        assertThat(events.get(15).text()).contains("整治形式主义、官僚主义和为基层减负");
    }

    @Test
    void peopleCarryTheTitlesTheTextGivesThem() {
        assertThat(events.get(0).people()).containsExactly(new Person("郑明明", "区委副书记、区长"));
        assertThat(events.get(1).people()).containsExactly(new Person("郑明明", "区委副书记、区长"),
                new Person("向艳平", "区领导"), new Person("翟明华", "区领导"), new Person("曾治国", "区领导"));
        assertThat(events.get(3).people()).containsExactly(new Person("郑明明", "区委副书记、区长"),
                new Person("李利朝", "副区长"));
        assertThat(events.get(9).people()).containsExactly(new Person("郑明明", "区委副书记、区长"),
                new Person("向艳平", "区委常委、常务副区长"));
        assertThat(events.get(10).people()).containsExactly(new Person("唐成", "区委书记"),
                new Person("郑明明", "区委副书记、区长"), new Person("韩道旺", "区领导"),
                new Person("刘育军", "区领导"), new Person("翟明华", "区领导"));
        assertThat(events.get(11).people()).containsExactly(new Person("唐成", "区委书记、区委全面依法治区委员会主任"),
                new Person("郑明明", "区委副书记、区长、区委全面依法治区委员会副主任"));
        assertThat(events.get(17).people()).extracting(Person::name).containsExactly("郑明明", "姚晨");
        assertThat(events.get(14).people()).containsExactly(new Person("郑明明", "区委副书记、区长"),
                new Person("彭先庆", "深圳市彭氏宏电子有限公司总经理"), new Person("黄梅芳", "市政府驻大湾区招商工作专班二组组长"),
                new Person("刘育军", "区领导"), new Person("曾治国", "区领导"));
        assertThat(events.get(7).people()).containsExactly(new Person("郑明明", "区委副书记、区长"),
                new Person("姚勇", "北京华如科技股份有限公司党委书记、联席总裁"), new Person("裴明涛", "北京山海文旅集团副总裁"),
                new Person("潘成龙", "中城生态产业发展(北京)有限公司党委书记、总经理"),
                new Person("张云和", "北京皓宇润泽空间农业种植有限公司董事长"), new Person("刘平", "中联智科高新技术有限公司运营总经理"),
                new Person("韩道旺", "区委常委、副区长"));
    }

    @Test
    void everyNameFoundIsARealNameAndNoneIsMissedAfterATitle() {
        var names = events.stream().flatMap(e -> e.people().stream()).map(Person::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).containsExactlyInAnyOrder("郑明明", "向艳平", "翟明华", "曾治国", "李利朝", "彭心付", "姚勇",
                "裴明涛", "潘成龙", "张云和", "刘平", "韩道旺", "唐成", "刘育军", "彭先庆", "黄梅芳", "姚晨", "张艳娟", "姚利");
    }

    @Test
    void eachEventSectionIsOneEventThatKeepsItsSourceAndRegion() {
        assertThat(events).extracting(ChronicleEvent::sectionId).containsExactlyElementsOf(sectionIds);
        assertThat(events).allSatisfy(e -> assertThat(e.region()).isEqualTo(REGION));
        assertThat(events.stream().map(ChronicleEvent::docId).distinct()).hasSize(3);
    }

    @Test
    void aDocumentThatIsNotAChronicleHasNoEvents() {
        Section s = new Section("x-0", "x", List.of(), null, SectionType.BODY, "4月2日，召开会议。", 0);
        GazetteDocument plan = new GazetteDocument("x", "f", "鹤城区碳达峰实施方案", null, null, null, REGION,
                LocalDate.of(2024, 3, 1), "实施方案", null, 0, List.of(s));
        assertThat(ChronicleExtractor.isChronicle(plan)).isFalse();
        assertThat(new ChronicleExtractor().extract(plan)).isEmpty();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
