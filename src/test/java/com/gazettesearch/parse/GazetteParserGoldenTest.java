package com.gazettesearch.parse;

import static com.gazettesearch.parse.CorpusFixture.countsByType;
import static com.gazettesearch.parse.CorpusFixture.parse;
import static com.gazettesearch.parse.CorpusFixture.sectionWithHeading;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/** What the parser makes of each real corpus file: documents, metadata, section structure, exact texts. */
class GazetteParserGoldenTest {

    @Test
    void shifengCarbonPeakPlan() {
        List<GazetteDocument> docs = parse("shifeng-carbon-peak-plan");
        assertThat(docs).hasSize(1);
        GazetteDocument d = docs.get(0);
        assertMetadata(d, "株洲市石峰区碳达峰实施方案", "株石政发〔2024〕1号", "ZZSFDR-2024-00001", "株洲市石峰区人民政府",
                "株洲市石峰区", null, "实施方案", null);
        assertThat(countsByType(d)).isEqualTo(Map.of(SectionType.ITEM, 31, SectionType.BODY, 24));

        Section item = sectionWithHeading(d, "1. 大力发展可再生能源。");
        assertThat(item.path()).containsExactly("三、重点任务", "（一）推进能源结构低碳转型", "1. 大力发展可再生能源。");
        assertThat(item.type()).isEqualTo(SectionType.ITEM);
        assertThat(item.text()).startsWith("1. 大力发展可再生能源。积极利用太阳能等新能源")
                // line 53 ends "…比例。积极" and the page goes on with "探索“光伏+”…": one paragraph
                .contains("积极探索“光伏+”应用模式").doesNotContain("\n");

        Section principles = sectionWithHeading(d, "(二) 基本原则");
        assertThat(principles.path()).containsExactly("一、总体要求", "(二) 基本原则");
        assertThat(principles.type()).isEqualTo(SectionType.BODY);
        assertThat(principles.text()).contains("以国家、省、市碳达峰行动设计为指引，统筹推进全区碳达峰工作")
                .startsWith("——总体部署、联动发力。");
        assertThat(principles.text().split("\n")).hasSize(4);

        assertThat(d.sections().get(0).path()).containsExactly("印发通知");
        assertThat(d.sections().get(0).text())
                .isEqualTo("各相关单位：\n《株洲市石峰区碳达峰实施方案》已经区人民政府同意，现印发给你们，请认真抓好贯彻落实。");
        assertThat(d.sections().get(1).path()).isEmpty();
        assertThat(d.sections().get(1).heading()).isNull();
        assertThat(d.sections().get(1).text()).startsWith("为完整、准确、全面贯彻新发展理念");
        assertThat(d.sections().get(d.sections().size() - 1).text()).endsWith("本方案自公布之日起施行。");
    }

    @Test
    void lukouGazette() {
        List<GazetteDocument> docs = parse("lukou-gazette");
        assertThat(docs).extracting(GazetteDocument::title).containsExactly(
                "株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）",
                "株洲市渌口区碳达峰实施方案",
                "关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知");
        String issue = "2024年第1期（总第1期）";
        assertMetadata(docs.get(0), docs.get(0).title(), "渌政发〔2024〕1号", "ZZLKDR-2024-00001", "株洲市渌口区人民政府",
                "株洲市渌口区", LocalDate.of(2024, 1, 29), "办法", issue);
        assertMetadata(docs.get(1), docs.get(1).title(), "渌政发〔2024〕2号", "ZZLKDR-2024-00002", "株洲市渌口区人民政府",
                "株洲市渌口区", LocalDate.of(2024, 3, 29), "实施方案", issue);
        assertMetadata(docs.get(2), docs.get(2).title(), "渌发改发〔2024〕6号", "ZZLKDR-2024-02001",
                "株洲市渌口区发展和改革局", "株洲市渌口区", LocalDate.of(2024, 3, 18), "通知", issue);
        assertThat(docs).extracting(GazetteDocument::orderInSource).containsExactly(0, 1, 2);

        GazetteDocument militia = docs.get(0);
        assertThat(countsByType(militia)).isEqualTo(Map.of(SectionType.ARTICLE, 34, SectionType.BODY, 1));
        List<String> articles = militia.sections().stream().filter(s -> s.type() == SectionType.ARTICLE)
                .map(Section::heading).toList();
        assertThat(articles).hasSize(34).doesNotContain("第十一条")
                .startsWith("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条",
                        "第十二条")
                .endsWith("第三十四条", "第三十五条");
        Section fifth = sectionWithHeading(militia, "第五条");
        assertThat(fifth.path()).containsExactly("第一章 总 则", "第五条");
        assertThat(fifth.text()).isEqualTo("第五条 下列军民通用物资装备免于征用：\n（一）个人和家庭生活必需的物品；\n"
                + "（二）托儿所、幼儿园和孤儿院、养老院、残疾人康复机构、救助站等社会福利机构保障儿童、老人、残疾人和救助对象生活必需的物品；\n"
                + "（三）法律、行政法规规定免于征用的其他军民通用物资装备。");
        assertThat(sectionWithHeading(militia, "第二十四条").text()).contains("\n- (一) 军民通用物资装备灭失、损坏、折旧；")
                .endsWith("- (三) 应当给予合理补偿的其他直接财产损失。");
        assertThat(sectionWithHeading(militia, "第二十一条").text()).contains("按照有关规定办理移交手续，并出具使用、损坏情况证明。");
        assertThat(sectionWithHeading(militia, "第三十四条").text().split("\n")).hasSize(7);

        assertThat(countsByType(docs.get(1))).isEqualTo(Map.of(SectionType.ITEM, 61, SectionType.BODY, 12));
        Section pilot = sectionWithHeading(docs.get(1), "1. 建设低碳试点示范。");
        assertThat(pilot.path()).containsExactly("三、重点任务", "（十）组织开展低碳试点示范建设", "1. 建设低碳试点示范。");
        assertThat(pilot.text()).contains("协力推进两型创建与低碳创建。在渌口经开区");

        GazetteDocument fee = docs.get(2);
        assertThat(countsByType(fee)).isEqualTo(Map.of(SectionType.ITEM, 2, SectionType.BODY, 6));
        assertThat(fee.sections().get(0).path()).isEmpty();
        assertThat(fee.sections().get(0).text()).startsWith("各相关单位：\n根据《中华人民共和国价格法》");
        assertThat(sectionWithHeading(fee, "五、执行时间").text()).startsWith("从 2024 年 5 月 1 日起抄表见量执行。");
    }

    @Test
    void xiangjiangMarkdownPlan() {
        List<GazetteDocument> docs = parse("xiangjiang-carbon-action-plan");
        assertThat(docs).hasSize(1);
        GazetteDocument d = docs.get(0);
        assertMetadata(d, "湖南湘江新区推进碳达峰碳中和三年行动工作方案及责任分工（2023-2025）", "〔2023〕1号", null,
                "湖南湘江新区碳达峰碳中和工作领导小组", "湖南湘江新区", LocalDate.of(2023, 9, 6), "工作方案", null);
        assertThat(countsByType(d)).isEqualTo(Map.of(SectionType.ITEM, 41, SectionType.BODY, 6));

        Section pv = sectionWithHeading(d, "2. 大力实施“光伏+”工程。");
        assertThat(pv.path()).containsExactly("三、重点任务", "（一）有力有序推进能源绿色低碳转型", "2. 大力实施“光伏+”工程。");
        assertThat(pv.text()).startsWith("2. 大力实施“光伏+”工程。结合资源禀赋").doesNotContain("**").doesNotContain("#");
        // "#### **（四）…**" and "## **（二）…**" are the same level: the numbering decides, not the #s
        assertThat(sectionWithHeading(d, "1. 统筹推进城乡建设绿色低碳转型。").path())
                .containsExactly("三、重点任务", "（四）着力提升城乡建设绿色发展水平", "1. 统筹推进城乡建设绿色低碳转型。");
        assertThat(sectionWithHeading(d, "1. 打造绿色低碳先进产业集群。").text())
                .contains("加快构筑现代产业体系，建设国家重要的先进制造业高地");
        assertThat(sectionWithHeading(d, "5. 严格监督考核。").path()).containsExactly("四、保障措施", "5. 严格监督考核。");
        // the attachment note after the last item belongs to the document, not to item 5
        Section attachment = d.sections().get(d.sections().size() - 1);
        assertThat(attachment.path()).isEmpty();
        assertThat(attachment.text()).isEqualTo("附件：湖南湘江新区推进碳达峰碳中和三年行动工作方案任务分工表（2023-2025）（略）");
    }

    @Test
    void shifengEcoCivilizationPlan() {
        List<GazetteDocument> docs = parse("shifeng-eco-civilization-plan");
        assertThat(docs).hasSize(1);
        GazetteDocument d = docs.get(0);
        assertMetadata(d, "石峰区生态文明建设示范区规划（2024-2030年）", "株石政发〔2024〕7号", null, "株洲市石峰区人民政府",
                "株洲市石峰区", LocalDate.of(2024, 12, 30), "规划", null);
        // 107 articles (第 1 条 … 第 107 条) and rows counted by hand: appendix 1 has 31 data rows, appendix 2 has 31
        assertThat(countsByType(d)).isEqualTo(Map.of(SectionType.ARTICLE, 107, SectionType.TABLE_ROW, 62,
                SectionType.BODY, 3));
        Section attachments = d.sections().stream().filter(s -> s.text().startsWith("附件：")).findFirst().orElseThrow();
        assertThat(attachments.path()).isEmpty();
        assertThat(attachments.text()).isEqualTo("附件：1. 石峰区生态文明建设示范区创建的指标体系及现状达标情况一览表\n"
                + "2. 石峰区创建生态文明建设示范区重点建设项目库");
        assertThat(sectionWithHeading(d, "第 107 条 社会参与").text()).doesNotContain("附件");
        assertThat(sectionWithHeading(d, "前 言").path()).containsExactly("前 言");
        assertThat(sectionWithHeading(d, "前 言").text()).startsWith("党的十八大以来").endsWith("提供良好的生态环境保障。");

        Section first = sectionWithHeading(d, "第 1 条 区域地理特征");
        assertThat(first.path()).containsExactly("第一章 工作基础与形势分析", "第一节 区域概况与建设基础", "第 1 条 区域地理特征");
        assertThat(sectionWithHeading(d, "第8条 指导思想").type()).isEqualTo(SectionType.ARTICLE);
        assertThat(sectionWithHeading(d, "第 16 条 紧扣发展主线，调整生态考核指标").path()).first()
                .isEqualTo("第三章 健全目标责任体系，落实责任考核制度");
        assertThat(sectionWithHeading(d, "第 48 条 统筹社会生活噪声管控").text()).contains("\n3、营造宁静氛围。")
                .contains("严禁在商业经营活动中使用高音喇叭或采用其他持续反复发出高噪声的方法");

        List<Section> rows = d.sections().stream().filter(s -> s.type() == SectionType.TABLE_ROW).toList();
        assertThat(rows.subList(0, 31)).allSatisfy(r -> assertThat(r.path())
                .containsExactly("附件 1 石峰区生态文明建设示范区创建的指标体系及现状达标情况一览表"));
        assertThat(rows.get(0).text()).isEqualTo("""
                领域：目标 责任
                任务：(一) 目标责任 落实
                序号：1
                指标名称：生态文明建设工作占党政实绩考核的比例
                单位：%
                指标值：≥20
                指标属性：约束性
                2023年现状值：23.38
                2023年达标情况：已达标
                2027年规划目标：≥24
                2030年规划目标：≥25""");
        // merged 领域/任务 cells carry down; the sub-indicator row has no 序号 of its own
        assertThat(rows.get(5).text()).startsWith("领域：生态 安全\n任务：(二) 环境质量 改善\n指标名称：县城污水处理率\n");
        assertThat(rows.get(31).text())
                .startsWith("类别：目标 责任\n序号：1\n工程项目名称：“四线合一”领导干部生态文明建设考核体系构建\n建设类型：新建\n"
                        + "建设内容：调整生态考核指标体系：")
                .endsWith("\n实施期限：2024-2030 年\n投资估算(万元)：/\n责任部门：区委组织部");
        assertThat(rows.get(31).text().split("\n")).hasSize(8);
        assertThat(rows).filteredOn(r -> r.text().contains("序号：合计")).hasSize(5)
                .allSatisfy(r -> assertThat(r.path()).containsExactly("附件2 石峰区创建生态文明建设示范区重点建设项目库"));
        assertThat(rows.get(rows.size() - 1).text()).startsWith("类别：总计").contains("189310");
    }

    @Test
    void hechengGazette() {
        List<GazetteDocument> docs = parse("hecheng-gazette");
        assertThat(docs).extracting(GazetteDocument::title).containsExactly("怀化市鹤城区碳达峰实施方案",
                "2024年4月区政府大事记", "2024年5月区政府大事记", "2024年6月区政府大事记");
        String issue = "2024年第2期（总第8期）";
        assertMetadata(docs.get(0), "怀化市鹤城区碳达峰实施方案", "鹤政函〔2024〕1号", null, "怀化市鹤城区人民政府",
                "怀化市鹤城区", LocalDate.of(2024, 3, 27), "实施方案", issue);
        for (GazetteDocument chronicle : docs.subList(1, 4)) {
            assertMetadata(chronicle, chronicle.title(), null, null, "鹤城区人民政府", "怀化市鹤城区", null, "大事记", issue);
        }
        assertThat(countsByType(docs.get(0))).isEqualTo(Map.of(SectionType.ITEM, 45, SectionType.BODY, 15));
        assertThat(docs.subList(1, 4)).extracting(d -> countsByType(d))
                .containsExactly(Map.of(SectionType.EVENT, 9), Map.of(SectionType.EVENT, 8), Map.of(SectionType.EVENT, 7));

        GazetteDocument april = docs.get(1);
        assertThat(april.sections()).extracting(Section::heading).containsExactly("4月2日", "4月3日", "4月8日", "同日",
                "4月10日", "4月12日", "4月17日下午", "4月25日至28日", "4月29日");
        Section trip = sectionWithHeading(april, "4月25日至28日");
        assertThat(trip.path()).containsExactly("2024年4月区政府大事记", "4月25日至28日");
        assertThat(trip.text()).contains("北京皓宇润泽空间农业种植有限公司董事长张云和").endsWith("区委常委、副区长韩道旺参加。")
                .doesNotContain("\n");
        assertThat(sectionWithHeading(docs.get(2), "5月30日").text())
                .contains("关于整治形式主义、官僚主义和为基层减负的重要论述");
        assertThat(sectionWithHeading(docs.get(2), "同日下午").path()).containsExactly("2024年5月区政府大事记", "同日下午");
        assertThat(docs.get(3).sections().get(6).text()).doesNotContain("免费赠阅");

        Section organise = sectionWithHeading(docs.get(0), "(一) 加强组织领导。");
        assertThat(organise.path()).containsExactly("五、组织实施", "(一) 加强组织领导。");
        assertThat(organise.type()).isEqualTo(SectionType.ITEM);
    }

    private static void assertMetadata(GazetteDocument d, String title, String number, String registration,
                                       String issuer, String region, LocalDate date, String kind, String issue) {
        assertThat(d.title()).isEqualTo(title);
        assertThat(d.docNumber()).isEqualTo(number);
        assertThat(d.registrationNumber()).isEqualTo(registration);
        assertThat(d.issuer()).isEqualTo(issuer);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.gazetteIssue()).isEqualTo(issue);
        assertThat(d.id()).matches("d-[0-9a-f]{10}");
        assertThat(d.sections()).allSatisfy(s -> {
            assertThat(s.docId()).isEqualTo(d.id());
            assertThat(s.id()).matches("s-[0-9a-f]{12}");
            assertThat(s.text()).isNotBlank().hasSizeLessThanOrEqualTo(SectionBuilder.MAX_SECTION_CHARS);
            assertThat(s.heading()).isEqualTo(s.path().isEmpty() ? null : s.path().get(s.path().size() - 1));
        });
        assertThat(d.sections()).extracting(Section::order)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, d.sections().size()).boxed().toList());
    }
}
