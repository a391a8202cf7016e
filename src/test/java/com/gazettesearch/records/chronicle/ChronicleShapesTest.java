package com.gazettesearch.records.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

/**
 * Chronicles in the shapes of real ones from elsewhere: entries {@code M月D日 text} with a space or nothing after the
 * date, years from headings (in Chinese numerals too), a year printed on the first entry only, dates without a day
 * (上旬, 是月, 月底, 本年, 年底) kept at month or year precision, ranges with －, ～, ─ and —, and 同日.
 */
class ChronicleShapesTest {
    private final ChronicleExtractor extractor = new ChronicleExtractor();

    private static List<ChronicleEvent> events(String title, LocalDate date, String text) {
        GazetteDocument doc = TextDocs.chronicle(new Meta("c", title, "某县", date, null, "大事记"), text);
        return new ChronicleExtractor().extract(doc);
    }

    /** 中华人民共和国大事记 (real/prc-chronicle-1949-1952.txt): the year of each entry is the heading above it. */
    @Test
    void yearHeadingsInChineseNumeralsDateTheEntriesBelowThem() {
        List<ChronicleEvent> events = events("中华人民共和国大事记", null, """
                一九五〇年

                　　10月14日 政务院作出《关于治理淮河的决定》。1951年，毛泽东题词“一定要把淮河修好”。

                　　11月24日 政务院第六十次政务会议批准《培养少数民族干部试行方案》。1951年6月11日，中央民族学院开学。

                　　一九五一年

                　　2月26日 政务院公布《中华人民共和国劳动保险条例》。

                　　3月28日－4月9日 中共中央召开第一次全国组织工作会议。

                　　一九五二年

                　　年底 国民经济获得全面恢复和初步增长。

                　　本年 全国高等学校进行院系调整。到1953年底，调整工作基本完成。
                """);

        assertThat(events).extracting(ChronicleEvent::isoDate, ChronicleEvent::endDate, ChronicleEvent::precision,
                        ChronicleEvent::dateText)
                .containsExactly(
                        tuple("1950-10-14", null, DatePrecision.DAY, "10月14日"),
                        tuple("1950-11-24", null, DatePrecision.DAY, "11月24日"),
                        tuple("1951-02-26", null, DatePrecision.DAY, "2月26日"),
                        tuple("1951-03-28", LocalDate.of(1951, 4, 9), DatePrecision.DAY, "3月28日－4月9日"),
                        tuple("1952", null, DatePrecision.YEAR, "年底"),
                        tuple("1952", null, DatePrecision.YEAR, "本年"));
        assertThat(events.getFirst().body()).startsWith("政务院作出《关于治理淮河的决定》");
        assertThat(events.get(4).lastDay()).isEqualTo(LocalDate.of(1952, 12, 31));
    }

    /** The same chronicle: 同日 is the previous entry's day; 10月上旬 is October, day unknown. */
    @Test
    void sameDayAndThePartOfAMonth() {
        List<ChronicleEvent> events = events("中华人民共和国大事记", null, """
                一九五〇年
                　　5月1日 中共中央发出《关于在全党全军开展整风运动的指示》。
                　　同日 新中国成立后制定的第一部法律——《中华人民共和国婚姻法》公布施行。
                　　同日 人民解放军解放海南岛。
                　　10月上旬 应朝鲜党和政府的请求，中共中央作出抗美援朝、保家卫国的战略决策。10月8日，毛泽东发布命令。
                　　10月10日 中共中央发出《关于镇压反革命活动的指示》。
                """);

        assertThat(events).extracting(ChronicleEvent::isoDate, ChronicleEvent::precision)
                .containsExactly(tuple("1950-05-01", DatePrecision.DAY), tuple("1950-05-01", DatePrecision.DAY),
                        tuple("1950-05-01", DatePrecision.DAY), tuple("1950-10", DatePrecision.MONTH),
                        tuple("1950-10-10", DatePrecision.DAY));
        assertThat(events.get(3).lastDay()).isEqualTo(LocalDate.of(1950, 10, 31));
        assertThat(events.get(3).body()).startsWith("应朝鲜党和政府的请求");
    }

    /** 庆元县大事记 (found/qingyuan-county-chronicle-1989-excerpt.txt): ranges with ─ and the first 日 left out. */
    @Test
    void rangesWithBoxDrawingDashesAndTwoSpacesAfterTheDate() {
        List<ChronicleEvent> events = events("庆元县大事记(四)——社会主义现代化建设新时期②", null, """
                      1989年
                         1月3日  县政府批准直属企业工资总额同经济效益挂钩方案。
                         1月11─14日  县委、县政府召开全县农村工作会议。
                    3月26─29日  国际热带菌类学会主席张树庭教授来庆元考察。
                         4月5日\s\s
                """);

        assertThat(events).extracting(ChronicleEvent::date, ChronicleEvent::endDate)
                .containsExactly(tuple(LocalDate.of(1989, 1, 3), null),
                        tuple(LocalDate.of(1989, 1, 11), LocalDate.of(1989, 1, 14)),
                        tuple(LocalDate.of(1989, 3, 26), LocalDate.of(1989, 3, 29)));
    }

    /** The shapes of a monthly county chronicle: 上旬/中旬/下旬, 是月, 月底, ～ and — ranges, U+3000 after the date. */
    @Test
    void aMonthlyChronicleWithPartsOfTheMonth() {
        List<ChronicleEvent> events = events("霁川县大事记（2022年4月）", LocalDate.of(2022, 5, 10), """
                　　4月上旬，全县开展“清明”祭扫期间森林防火专项检查。
                　　4月6日　县人民政府召开第十五次常务会议。
                　　同日　霁川县乡村振兴产业示范园开园。
                　　4月13～15日，县人大常委会组织开展执法检查。
                　　4月21日—22日，全县第一季度经济运行分析会召开。
                　　是月，全县完成固定资产投资6.3亿元。
                　　月底，县城至石门坳公路改扩建工程全线通车。
                霁川县地方志编纂委员会办公室
                2022年5月10日
                """);

        assertThat(events).extracting(ChronicleEvent::isoDate, ChronicleEvent::endDate, ChronicleEvent::dateText)
                .containsExactly(
                        tuple("2022-04", null, "4月上旬"),
                        tuple("2022-04-06", null, "4月6日"),
                        tuple("2022-04-06", null, "同日"),
                        tuple("2022-04-13", LocalDate.of(2022, 4, 15), "4月13～15日"),
                        tuple("2022-04-21", LocalDate.of(2022, 4, 22), "4月21日—22日"),
                        tuple("2022-04", null, "是月"),
                        tuple("2022-04", null, "月底"));
    }

    /** A year printed on the first entry only: it dates the entries after it, and carries into the next year. */
    @Test
    void aYearPrintedOnTheFirstEntryOnly() {
        List<ChronicleEvent> events = events("某县大事记", null, """
                1984年1月14日，县人民政府成立县志编纂委员会。
                3月2日 县城自来水厂扩建工程竣工。
                12月28日，县第九届人民代表大会第三次会议召开。
                1月5日，全县农村工作会议召开。
                同年3月8日，县妇联召开第五次代表大会。
                """);

        assertThat(events).extracting(ChronicleEvent::date).containsExactly(LocalDate.of(1984, 1, 14),
                LocalDate.of(1984, 3, 2), LocalDate.of(1984, 12, 28), LocalDate.of(1985, 1, 5), LocalDate.of(1985, 3, 8));
    }

    /** 文成纪事 (found/wencheng-county-chronicle-2011.txt): the year from a title "2011大事记", a month heading. */
    @Test
    void theYearOfATitleWithoutNianAndAMonthHeading() {
        List<ChronicleEvent> events = events("2011大事记", null, """
                大  事  记
                1月
                1月3日  县消防大队官兵成功营救一位年近花甲、误入百丈漈镇呈山峡谷被困的老人。
                1月4日  县科技局、南田镇联合举办杨梅种植培训会。
                """);

        assertThat(events).extracting(ChronicleEvent::date)
                .containsExactly(LocalDate.of(2011, 1, 3), LocalDate.of(2011, 1, 4));
    }

    /** A monthly layout: month headings, then entries that print only the day. */
    @Test
    void daysUnderMonthHeadings() {
        List<ChronicleEvent> events = events("2023年大事记", null, """
                一月
                3日　县委召开常委会议。
                5—7日，县人大召开第十九届二次会议。
                二月
                1日，全县春运工作会议召开。
                """);

        assertThat(events).extracting(ChronicleEvent::date, ChronicleEvent::endDate).containsExactly(
                tuple(LocalDate.of(2023, 1, 3), null), tuple(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 7)),
                tuple(LocalDate.of(2023, 2, 1), null));
    }

    @Test
    void monthsAndDaysInChineseNumerals() {
        List<ChronicleEvent> events = events("一九五六年大事记", null, """
                十月一日，举行国庆游行。
                十二月，全县完成农业合作化。
                """);

        assertThat(events).extracting(ChronicleEvent::isoDate).containsExactly("1956-10-01", "1956-12");
    }

    @Test
    void aDocumentOfDatedLinesIsAChronicleWithoutATitleThatSaysSo() {
        GazetteDocument doc = TextDocs.chronicle(new Meta("c", "一九四九年", null, null, null, null), """
                　　10月1日 中华人民共和国中央人民政府成立。
                　　10月2日 苏联政府决定同新中国建立外交关系。
                　　10月9日 中国人民政治协商会议第一届全国委员会第一次会议举行。
                　　10月21日 中央人民政府政务院成立。
                　　10月22日 最高人民法院、最高人民检察署成立。
                """);

        assertThat(ChronicleExtractor.isChronicle(doc)).isTrue();
        assertThat(extractor.extract(doc)).extracting(ChronicleEvent::isoDate)
                .containsExactly("1949-10-01", "1949-10-02", "1949-10-09", "1949-10-21", "1949-10-22");
    }

    @Test
    void aNoticeAboutAChronicleIsNotOne() {
        GazetteDocument doc = TextDocs.fromParagraphs(
                new Meta("n", "关于做好2024年度大事记编纂工作的通知", "某县", LocalDate.of(2024, 1, 5), null, "通知"),
                "各乡镇：\n\n1月10日前报送上年度大事记初稿。");
        assertThat(ChronicleExtractor.isChronicle(doc)).isFalse();
    }
}
