package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.HtmlText;
import com.gazettesearch.model.GazetteDocument;

/**
 * Texts with no 公文 structure, in the shapes of holdout2's 统计公报 page (wanzai…html), report PDF (shenzhen…pdf) and
 * Word table (yichun…docx), made up with other words and invented places: the title a government page's metadata
 * names, the issuers a byline names (the month-only date is not read), the place a year-led title begins with, and a
 * town under its district.
 */
class NonOfficialShapesTest {
    @Test
    void aGovernmentPageIsTitledFromItsSiteMetadataAndItsBylineNamesTheIssuers() {
        String html = """
                <html><head>
                <meta name="SiteName" content="青岚县人民政府">
                <meta name="ArticleTitle" content="青岚县2024年国民经济和社会发展统计公报">
                <meta name="PubDate" content="2025-06-20 09:12:00">
                <meta name="ContentSource" content="青岚县统计局">
                </head><body>
                <div>青岚县人民政府-</div><div>统计局</div>
                <div>您当前所在位置： 首页>政务公开>部门信息公开目录>统计局>统计数据</div>
                <div>索 引 号：</div><div>0123456789/2025-0001</div>
                <div>生成日期：</div><div>2025-04-30</div>
                <div>公开方式：</div><div>主动公开</div>
                <div>责任部门：</div><div>青岚县统计局</div>
                <div>公开范围：</div><div>面向全社会</div>
                <div>信息分类：</div><div>统计数据</div>
                <div>发布机构：</div><div>青岚县统计局</div>
                <div>青岚县2024年国民经济和社会发展统计公报</div>
                <div>访问量：321</div>
                <p>青岚县统计局\u2002\u2002国家统计局青岚调查队<br>（2025年4月）</p>
                <p>2024年，全县经济运行稳中有进。</p>
                <p>一、综合</p><p>全年实现生产总值100.2亿元，增长5.1%。</p>
                <p>二、农业</p><p>全年粮食产量20.3万吨。</p>
                </body></html>
                """;
        GazetteDocument d = OneDocument.of("p.html", HtmlText.of(html));

        assertThat(d.title()).isEqualTo("青岚县2024年国民经济和社会发展统计公报");
        assertThat(d.kind()).isEqualTo("公报");
        assertThat(d.issuer()).isEqualTo("青岚县统计局、国家统计局青岚调查队");
        assertThat(d.region()).isEqualTo("青岚县");
        // PubDate is when the page went up, and the byline gives a month only: no 成文日期
        assertThat(d.date()).isNull();
    }

    @Test
    void aReportCoverNamesItsIssuersOnePerLine() {
        GazetteDocument d = OneDocument.of("r.txt", """
                2023年澄溪市妇女发展统计报告
                澄溪市统计局
                澄溪市妇女儿童工作委员会
                二〇二四年三月
                1 人口
                2023年末，全市常住人口300万人。
                """);

        assertThat(d.issuer()).isEqualTo("澄溪市统计局、澄溪市妇女儿童工作委员会");
        assertThat(d.region()).isEqualTo("澄溪市");
        assertThat(d.date()).isNull();
    }

    @Test
    void aResponsibleUnitAndADeadlineInATableReadOneCellPerLineAreNoByline() {
        GazetteDocument d = OneDocument.of("t.txt", """
                青岚县农村公路提质改造工作方案
                为改善农村出行条件，制定本方案。
                1
                完成农村公路提质改造
                县交通运输局
                2024年12月
                """);

        assertThat(d.issuer()).isNull();
    }

    @Test
    void aTitleLedByAYearNamesThePlaceAfterIt() {
        GazetteDocument d = OneDocument.of("t.txt", """
                附件1：
                2025年澄溪市市直机关公开遴选公务员职位表
                序号\t部门名称\t职位名称\t人数
                1\t澄溪市档案馆\t文秘岗\t1
                """);

        assertThat(d.title()).isEqualTo("2025年澄溪市市直机关公开遴选公务员职位表");
        assertThat(d.kind()).isEqualTo("职位表");
        assertThat(d.region()).isEqualTo("澄溪市");
    }

    /** holdout2/moyu…txt: a reposting site masks words with *** — printed text, not bold markup (**…**). */
    @Test
    void maskingAsterisksArePrintedTextAndBoldMarksAreNot() {
        GazetteDocument d = OneDocument.of("m.txt", """
                澄溪县调整垃圾处理价格标准的实施方案
                一、价格标准
                1.居民用户类:按户征收,每户每月6元。
                2.装修垃圾:按 *** 元/吨计收。
                3.**大件垃圾**:另行协商。
                """);

        assertThat(d.sections()).anySatisfy(s -> assertThat(s.text()).contains("按 *** 元/吨计收"));
        assertThat(d.sections()).anySatisfy(s -> assertThat(s.text()).contains("3.大件垃圾:另行协商"));
    }

    /** holdout2/shenzhen…pdf: a report's parts headed "1 人口特征" (a digit and a space), numbered 1, 2, 3 … in order. */
    @Test
    void aRunOfDigitAndSpaceHeadingsIsTheReportsParts() {
        GazetteDocument d = OneDocument.of("r.txt", """
                2023年澄溪市妇女发展统计报告
                1 人口
                2023年末，全市常住人口300万人。
                表 1 2023 年澄溪市分年龄人口
                3 岁以下 9.80 103.47
                2 教育
                全市共有学校120所。
                3 就业
                全市城镇新增就业3.2万人。
                """);

        assertThat(d.sections()).extracting(s -> s.path().isEmpty() ? "" : s.path().get(0)).contains("1 人口", "2 教育", "3 就业")
                .doesNotContain("3 岁以下 9.80 103.47");
    }

    /** Two digit-and-space lines are no run: not headings. */
    @Test
    void twoDigitAndSpaceLinesAreNoHeadings() {
        GazetteDocument d = OneDocument.of("r.txt", """
                2023年澄溪市妇女发展统计报告
                1 人口
                2023年末，全市常住人口300万人。
                2 教育
                全市共有学校120所。
                """);

        assertThat(d.sections()).allSatisfy(s -> assertThat(s.path()).doesNotContain("1 人口", "2 教育"));
    }

    @Test
    void aTownGovernmentsRegionIsTheTownUnderItsDistrict() {
        assertThat(Regions.of("青岚区梧桐镇人民政府", "")).isEqualTo("青岚区梧桐镇");
        assertThat(Regions.of("青岚区城乡建设管理委员会", "")).isEqualTo("青岚区");
        assertThat(Regions.of("澄溪县乡镇企业局", "")).isEqualTo("澄溪县");
    }
}
