package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * The six real texts from other provinces (北大法宝 exports, a website crawl with its body on one line, a
 * chronicle excerpt without a title), each checked against what a reader of the text sees: documents, metadata
 * and the structure a user navigates by. Counts the facts files also hold are checked by the parse report; this
 * test checks the shape of the structure (which heading holds what).
 */
class RealTextsParseTest {
    @BeforeAll
    static void textsPresent() {
        Assumptions.assumeTrue(TestTexts.dir("real") != null, "the real test texts are not in this checkout");
    }

    private static GazetteDocument only(String prefix) {
        List<GazetteDocument> docs = TestTexts.parse("real", prefix);
        assertThat(docs).as(prefix).hasSize(1);
        return docs.get(0);
    }

    private static List<Section> sections(GazetteDocument d, SectionType type) {
        return d.sections().stream().filter(s -> s.type() == type).toList();
    }

    private static List<String> distinctFirstLevels(GazetteDocument d, Predicate<String> filter) {
        return d.sections().stream().filter(s -> !s.path().isEmpty()).map(s -> s.path().get(0)).filter(filter)
                .distinct().toList();
    }

    /** The distinct headings directly under the top-level heading {@code root}, in order. */
    private static List<String> secondLevels(GazetteDocument d, String root) {
        return d.sections().stream().filter(s -> s.path().size() >= 2 && s.path().get(0).equals(root))
                .map(s -> s.path().get(1)).distinct().toList();
    }

    @Test
    void abaMeasuresExportWithChapterHeadingsOnTheirFirstArticlesLine() {
        GazetteDocument d = only("aba-");
        assertThat(d.title()).isEqualTo("阿坝州政务数据资源管理暂行办法");
        assertThat(d.docNumber()).isEqualTo("阿府办发〔2021〕21号");
        assertThat(d.issuer()).isEqualTo("阿坝州人民政府办公室");
        // the text never prints 阿坝藏族羌族自治州, so the short form stays
        assertThat(d.region()).isEqualTo("阿坝州");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(d.kind()).isEqualTo("办法");
        List<Section> articles = sections(d, SectionType.ARTICLE);
        assertThat(articles).hasSize(49);
        assertThat(articles.get(0).heading()).isEqualTo("第一条");
        assertThat(articles.get(48).heading()).isEqualTo("第四十九条");
        assertThat(articles).allSatisfy(a -> assertThat(a.path()).hasSize(2));
        assertThat(distinctFirstLevels(d, p -> p.startsWith("第"))).containsExactly("第一章 总则", "第二章 规划建设",
                "第三章 目录管理", "第四章 采集与汇聚", "第五章 整合共享", "第六章 开放应用", "第七章 安全保障", "第八章 法律责任",
                "第九章 附则");
        assertThat(articles.get(7).path()).containsExactly("第二章 规划建设", "第八条");
        assertThat(articles.get(16).text()).startsWith("第十七条").contains("\n（一）法律、法规、规章等依据发生变化的；")
                .endsWith("（四）其他涉及政务数据变化的情形。");
        assertThat(articles.get(43).text()).contains("\n（十三）法律、法规规定的其他违法行为。");
        assertThat(d.sections().get(0).path()).containsExactly("印发通知");
        assertThat(d.sections().get(0).text()).startsWith("各县（市）人民政府、州级各部门").endsWith("2021年10月11日");
        assertThat(d.sections()).noneMatch(s -> s.text().contains("法宝引证码") || s.text().contains("pkulaw"));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void anhuiNoticeIssuingTwoTextsGivesEachItsOwnTopLevelPart() {
        GazetteDocument d = only("anhui-");
        assertThat(d.title()).isEqualTo("支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）");
        assertThat(d.docNumber()).isEqualTo("皖政办秘〔2021〕82号");
        assertThat(d.issuer()).isEqualTo("安徽省人民政府办公厅");
        assertThat(d.region()).isEqualTo("安徽省");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 9, 2));
        assertThat(distinctFirstLevels(d, p -> true)).containsExactly("印发通知", "支持工业互联网发展若干政策",
                "安徽省工业互联网创新发展行动计划（2021-2023年）", "附件 省推进工业互联网创新发展专项工作组名单");
        // what an exact-title query of either text finds the notice by (the 印发通知 and 附件 parts are not texts it issues)
        assertThat(d.issuedTextTitles()).containsExactly("支持工业互联网发展若干政策",
                "安徽省工业互联网创新发展行动计划（2021-2023年）");
        assertThat(secondLevels(d, "支持工业互联网发展若干政策")).hasSize(8).first().isEqualTo("一、支持工业互联网平台建设");
        assertThat(secondLevels(d, "安徽省工业互联网创新发展行动计划（2021-2023年）"))
                .containsExactly("一、总体要求", "二、行动步骤", "三、发挥市场和企业的主体作用", "四、建立齐抓共管的工作机制");
        List<Section> actions = d.sections().stream().filter(s -> s.heading() != null && s.heading().matches("^\\d+﹒.*"))
                .toList();
        assertThat(actions).hasSize(24).allSatisfy(a -> assertThat(a.type()).isEqualTo(SectionType.ITEM));
        assertThat(actions.get(23).heading()).startsWith("24﹒");
        assertThat(actions.get(0).path()).containsExactly("安徽省工业互联网创新发展行动计划（2021-2023年）", "二、行动步骤",
                "（一）网络体系强基行动。", "1﹒推进工业互联网外网建设。");
        List<String> boxes = d.sections().stream().map(Section::heading).filter(Objects::nonNull)
                .filter(h -> h.startsWith("专栏")).distinct().toList();
        assertThat(boxes).hasSize(12).first().isEqualTo("专栏1 工业互联网网络互联互通工程");
        Section members = d.sections().get(d.sections().size() - 1);
        assertThat(members.text().split("\n")).hasSizeGreaterThan(30).contains("汪春明 省政府副秘书长");
    }

    @Test
    void baotouMeasuresAndTheirAppendixWithItsOwnNumbering() {
        GazetteDocument d = only("baotou-");
        assertThat(d.title()).isEqualTo("包头市2022年数字政府建设考评办法");
        assertThat(d.docNumber()).isEqualTo("包府办发〔2022〕43号");
        // named only in the title; the signature has just the date
        assertThat(d.issuer()).isEqualTo("包头市人民政府办公室");
        assertThat(d.region()).isEqualTo("包头市");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 4, 14));
        assertThat(d.kind()).isEqualTo("办法");
        assertThat(distinctFirstLevels(d, p -> p.matches("^[一二三四五六七八九十]+、.*")))
                .containsExactly("一、考评对象", "二、考评内容", "三、考评方式", "四、考评结果应用");
        String appendix = "附件 包头市数字政府建设考评指标";
        assertThat(secondLevels(d, appendix)).hasSize(7).first().isEqualTo("一、政务服务\"一网通办\"（25分）");
        List<Section> items = d.sections().stream().filter(s -> s.heading() != null && s.heading().matches("^\\d+．.*"))
                .toList();
        assertThat(items).hasSize(90).allSatisfy(i -> assertThat(i.path().get(0)).isEqualTo(appendix));
        assertThat(items.get(89).text()).startsWith("90．");
        assertThat(d.sections()).anySatisfy(s -> assertThat(s.text()).startsWith("附件：\n包头市数字政府建设考评指标"));
    }

    @Test
    void beijingNoticeIssuingWithoutALeadingGuanyu() {
        GazetteDocument d = only("beijing-");
        // 印发《关于…的指导意见》的通知: the issued text's title, not a cut through the quotation marks
        assertThat(d.title()).isEqualTo("关于推进北京市数据专区建设的指导意见");
        assertThat(d.issuer()).isEqualTo("北京市经济和信息化局");
        assertThat(d.docNumber()).isEqualTo("京经信发〔2022〕87号");
        assertThat(d.region()).isEqualTo("北京市");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 11, 21));
        assertThat(d.kind()).isEqualTo("意见");
        assertThat(distinctFirstLevels(d, p -> p.matches("^[一二三四五六七八九十]+、.*"))).hasSize(8)
                .startsWith("一、总体要求").endsWith("八、保障措施");
        // a heading alone on its line, its body on the next
        Section guiding = d.sections().stream().filter(s -> "（一）指导思想".equals(s.heading())).findFirst().orElseThrow();
        assertThat(guiding.path()).containsExactly("一、总体要求", "（一）指导思想");
        assertThat(guiding.text()).startsWith("以习近平新时代中国特色社会主义思想为指导");
        assertThat(d.sections()).noneMatch(s -> s.text().startsWith("关于推进北京市数据专区建设的指导意见"));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void pingtanCrawlWithTheWholeBodyOnOneLine() {
        GazetteDocument d = only("pingtan-");
        assertThat(d.title()).isEqualTo("平潭综合实验区乡村民宿管理办法");
        // the crawl's 文号 field is empty: the number comes from the body
        assertThat(d.docNumber()).isEqualTo("岚综管综〔2021〕3号");
        // the crawl's 发布机构 names a department: the body's issuer wins
        assertThat(d.issuer()).isEqualTo("平潭综合实验区管委会");
        assertThat(d.region()).isEqualTo("平潭综合实验区");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 1, 15));
        List<Section> articles = sections(d, SectionType.ARTICLE);
        assertThat(articles).hasSize(35);
        assertThat(articles.stream().map(a -> a.path().get(0)).distinct().toList()).containsExactly("第一章 总则", "第二章 基本要求",
                "第三章 安全管理要求", "第四章 管理机制", "第五章 乡村民宿备案程序", "第六章 附则");
        Section fire = articles.get(21);
        assertThat(fire.heading()).isEqualTo("第二十二条");
        assertThat(fire.text().split("\n")).hasSize(13);
        assertThat(fire.text().split("\n")[12]).startsWith("12.乡村民宿业主及经营管理者是");
        assertThat(articles.get(34).text()).endsWith("同时废止。");
        assertThat(d.sections().get(0).path()).containsExactly("印发通知");
        assertThat(d.sections().get(0).text()).startsWith("各片区管理局").endsWith("2021年1月15日");
        assertThat(d.sections()).noneMatch(s -> s.text().contains("当前位置") || s.text().contains("QQ空间")
                || s.text().contains("附件下载"));
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("one line"))
                .anySatisfy(w -> assertThat(w).contains("发布机构"))
                // the crawl header, its note line and its ==== 正文 ==== separator are read whole
                .noneSatisfy(w -> assertThat(w).contains("before the title"));
    }

    @Test
    void prcChronicleWithoutATitleLine() {
        GazetteDocument d = only("prc-");
        assertThat(d.kind()).isEqualTo("大事记");
        assertThat(d.issuer()).isNull();
        assertThat(d.docNumber()).isNull();
        List<Section> events = sections(d, SectionType.EVENT);
        assertThat(events).hasSize(d.sections().size()).hasSize(47);
        assertThat(events.get(0).path()).containsExactly("一九四九年", "10月1日");
        assertThat(events).extracting(Section::path).contains(List.of("一九四九年", "12月23日－31日"),
                List.of("一九五〇年", "10月上旬"), List.of("一九五一年", "3月28日－4月9日"), List.of("一九五二年", "年底"),
                List.of("一九五二年", "本年"));
        assertThat(events).filteredOn(e -> e.heading().equals("同日")).hasSize(2)
                .allSatisfy(e -> assertThat(e.path().get(0)).isEqualTo("一九五〇年"));
        assertThat(events.get(events.size() - 1).text()).isEqualTo("本年 全国高等学校进行院系调整。到1953年底，调整工作基本完成。");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("file name"));
    }
}
