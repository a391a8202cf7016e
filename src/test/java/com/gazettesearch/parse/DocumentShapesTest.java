package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Shapes of official documents the test texts do not all show, each in a small made-up text (places invented):
 * GB/T 9704 命令 (令) with its number on the next line, 第N次公告 titles, 文号 in [], a title wrapped over two lines,
 * ① and （1） items, chronicles dated with the year on the first entry only, and regions of every level.
 */
class DocumentShapesTest {
    private final GazetteParser parser = new GazetteParser();

    private GazetteDocument only(String text) {
        List<GazetteDocument> docs = parser.parse(new SourceText("shape.txt", Path.of("shape.txt"), text, "UTF-8", "t"));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void aDecreeWithItsNumberOnTheNextLineAndTheRuleAfterThePromulgation() {
        GazetteDocument d = only("""
                青岚市人民政府令
                （第16号）

                　　《青岚市河道管理办法》已经2024年3月1日市人民政府第20次常务会议通过，现予公布，自2024年5月1日起施行。

                市长　林某某
                2024年3月8日

                青岚市河道管理办法

                第一章　总　则
                第一条　为了加强河道管理，制定本办法。
                第二条　本办法适用于本市行政区域内的河道。
                第二章　附　则
                第三条　本办法自2024年5月1日起施行。
                """);
        assertThat(d.title()).isEqualTo("青岚市河道管理办法");
        assertThat(d.docNumber()).isEqualTo("青岚市人民政府令第16号");
        assertThat(d.issuer()).isEqualTo("青岚市人民政府");
        assertThat(d.region()).isEqualTo("青岚市");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(d.kind()).isEqualTo("办法");
        assertThat(d.sections().get(0).path()).containsExactly("政府令");
        assertThat(d.sections()).filteredOn(s -> s.type() == SectionType.ARTICLE).extracting(Section::path)
                .containsExactly(List.of("第一章 总 则", "第一条"), List.of("第一章 总 则", "第二条"),
                        List.of("第二章 附 则", "第三条"));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aNumberedAnnouncementAndANumberInSquareBrackets() {
        GazetteDocument d = only("""
                梧溪县自然资源局关于梧溪县2024年第一批次建设用地的第3次公告
                梧自然资发[2024]7号

                　　根据有关规定，现将有关事项公告如下：
                　　一、用地位置：城关镇。
                　　二、用地面积：3.2公顷。

                梧溪县自然资源局
                2024年6月3日
                """);
        assertThat(d.title()).isEqualTo("梧溪县自然资源局关于梧溪县2024年第一批次建设用地的第3次公告");
        assertThat(d.docNumber()).isEqualTo("梧自然资发〔2024〕7号");
        assertThat(d.issuer()).isEqualTo("梧溪县自然资源局");
        assertThat(d.region()).isEqualTo("梧溪县");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(d.kind()).isEqualTo("公告");
    }

    @Test
    void aNoticeForwardingATextWithoutGuanyu() {
        GazetteDocument d = only("""
                梧溪县人民政府办公室转发《梧溪县教育局校园安全管理办法》的通知
                梧政办发〔2024〕2号
                各乡镇人民政府：
                　　县教育局拟定的《梧溪县教育局校园安全管理办法》已经县人民政府同意，现转发给你们，请遵照执行。
                梧溪县人民政府办公室
                2024年2月1日
                梧溪县教育局校园安全管理办法
                第一条　为加强校园安全管理，制定本办法。
                """);
        assertThat(d.title()).isEqualTo("梧溪县教育局校园安全管理办法");
        assertThat(d.issuer()).isEqualTo("梧溪县人民政府办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(d.sections()).extracting(Section::path).containsExactly(List.of("印发通知"), List.of("第一条"));
    }

    @Test
    void aTitleWrappedOverTwoLinesAndCircledAndParenthesisedItems() {
        GazetteDocument d = only("""
                松原县人民政府办公室关于印发《松原县农村生活污水
                治理三年行动方案》的通知
                松政办发〔2023〕11号
                各乡镇人民政府，县直各单位：
                　　现将《松原县农村生活污水治理三年行动方案》印发给你们，请认真贯彻执行。
                松原县人民政府办公室
                2023年5月6日
                松原县农村生活污水治理三年行动方案
                一、主要任务
                （1）完善管网。新建管网20公里。
                （2）建设站点。新建处理站点8座。
                二、保障措施
                ①加强组织领导。成立工作专班。
                ②强化资金保障。统筹各级资金。
                """);
        assertThat(d.title()).isEqualTo("松原县农村生活污水治理三年行动方案");
        assertThat(d.issuer()).isEqualTo("松原县人民政府办公室");
        assertThat(d.docNumber()).isEqualTo("松政办发〔2023〕11号");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(d.kind()).isEqualTo("行动方案");
        assertThat(d.sections()).filteredOn(s -> s.type() == SectionType.ITEM).extracting(Section::path)
                .containsExactly(List.of("一、主要任务", "（1）完善管网。"), List.of("一、主要任务", "（2）建设站点。"),
                        List.of("二、保障措施", "①加强组织领导。"), List.of("二、保障措施", "②强化资金保障。"));
    }

    @Test
    void aChronicleWithTheYearOnItsFirstEntryAndVagueDates() {
        GazetteDocument d = only("""
                1984年1月14日　县人民政府召开全县经济工作会议。
                2月3日　县城自来水厂建成供水。
                5月中旬　全县开展春季植树活动。
                是年　全县粮食总产量创历史新高。
                1985年
                3月8日　县妇联召开第五次代表大会。
                年底　县城至江口公路建成通车。
                """);
        assertThat(d.kind()).isEqualTo("大事记");
        assertThat(d.sections()).extracting(Section::path).containsExactly(List.of("1984年1月14日"), List.of("2月3日"),
                List.of("5月中旬"), List.of("是年"), List.of("1985年", "3月8日"), List.of("1985年", "年底"));
        assertThat(d.sections()).allSatisfy(s -> assertThat(s.type()).isEqualTo(SectionType.EVENT));
    }

    @Test
    void anIssuerLongerThanThirtyCharacters() {
        GazetteDocument d = only("""
                青岚市白沙新区（青岚高新技术产业开发区、白沙区）推进数字政府建设工作领导小组办公室关于印发《白沙新区数据共享工作规则》的通知
                白数办发〔2024〕1号
                各成员单位：
                　　现将《白沙新区数据共享工作规则》印发给你们，请遵照执行。
                2024年7月1日
                白沙新区数据共享工作规则
                一、总则
                　　为规范数据共享，制定本规则。
                """);
        assertThat(d.title()).isEqualTo("白沙新区数据共享工作规则");
        assertThat(d.issuer()).isEqualTo("青岚市白沙新区推进数字政府建设工作领导小组办公室");
        assertThat(d.region()).isEqualTo("青岚市白沙新区");
        assertThat(d.kind()).isEqualTo("规则");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void theImprintIsKeptApartFromTheLastSection() {
        GazetteDocument d = only("""
                梧溪县人民政府办公室文件
                梧政办发〔2024〕5号
                关于做好汛期安全工作的通知
                各乡镇人民政府：
                　　一、压实责任。各乡镇要落实防汛责任。
                　　二、加强值守。汛期实行24小时值班。
                梧溪县人民政府办公室
                2024年5月20日
                抄送：县委办公室，县人大常委会办公室。
                梧溪县人民政府办公室　　　　2024年5月21日印发
                """);
        assertThat(d.issuer()).isEqualTo("梧溪县人民政府办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 20));
        Section last = d.sections().get(d.sections().size() - 1);
        assertThat(last.path()).containsExactly("版记");
        assertThat(last.text()).isEqualTo("抄送：县委办公室，县人大常委会办公室。\n梧溪县人民政府办公室　　　　2024年5月21日印发");
        assertThat(d.sections().get(d.sections().size() - 2).text()).endsWith("梧溪县人民政府办公室\n2024年5月20日");
    }

    @Test
    void aLegalDatabaseHeaderOfBracketedFields() {
        GazetteDocument d = only("""
                【标题】 梧溪县城市道路管理办法
                【发布部门】 梧溪县人民政府
                【发文字号】 梧政发〔2022〕9号
                【发布日期】 2022-08-01

                梧溪县城市道路管理办法

                第一条　为了加强城市道路管理，制定本办法。
                第二条　本办法自2022年9月1日起施行。
                """);
        assertThat(d.title()).isEqualTo("梧溪县城市道路管理办法");
        assertThat(d.docNumber()).isEqualTo("梧政发〔2022〕9号");
        // the export names the issuer and the text does not contradict it: still only a warning, never the issuer
        assertThat(d.issuer()).isNull();
        assertThat(d.region()).isEqualTo("梧溪县");
        assertThat(d.date()).isNull();
        assertThat(d.sections()).extracting(Section::heading).containsExactly("第一条", "第二条");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("文号 梧政发〔2022〕9号 taken from"))
                .anySatisfy(w -> assertThat(w).contains("梧溪县人民政府"));
    }

    @Test
    void aMonthlyChronicleWhoseEntriesPrintTheDayOnly() {
        GazetteDocument d = only("""
                梧溪县2023年大事记
                1月
                3日　县委召开全县经济工作会议。
                10日至12日　县人大召开第三次会议。
                是月　全县完成植树造林。
                2月
                5日　县城元宵灯会开幕。
                """);
        assertThat(d.kind()).isEqualTo("大事记");
        assertThat(d.sections()).extracting(Section::path).containsExactly(
                List.of("梧溪县2023年大事记", "1月", "3日"), List.of("梧溪县2023年大事记", "1月", "10日至12日"),
                List.of("梧溪县2023年大事记", "1月", "是月"), List.of("梧溪县2023年大事记", "2月", "5日"));
        assertThat(d.sections()).allSatisfy(s -> assertThat(s.type()).isEqualTo(SectionType.EVENT));
    }

    @Test
    void regionsOfEveryLevelOfIssuer() {
        assertThat(Regions.of("桂岭壮族自治区人民政府", "")).isEqualTo("桂岭壮族自治区");
        assertThat(Regions.of("霞浦州人民政府办公室", "霞浦苗族侗族自治州人民政府办公室")).isEqualTo("霞浦苗族侗族自治州");
        assertThat(Regions.of("霞浦州人民政府办公室", "霞浦州")).isEqualTo("霞浦州");
        assertThat(Regions.of("乌拉特盟行政公署", "")).isEqualTo("乌拉特盟");
        assertThat(Regions.of("青岭旗人民政府", "")).isEqualTo("青岭旗");
        assertThat(Regions.of("青岚市城区管理局", "")).isEqualTo("青岚市");
        assertThat(Regions.of("青岚市白沙新区管理委员会", "")).isEqualTo("青岚市白沙新区");
        assertThat(Regions.of("云溪综合实验区管委会", "")).isEqualTo("云溪综合实验区");
        assertThat(Regions.of("梧溪县人民政府", "关于青岚市梧溪县的通知")).isEqualTo("青岚市梧溪县");
        assertThat(Regions.of("国务院办公厅", "")).isNull();
    }
}
