package com.gazettesearch.records.dept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

/**
 * Responsibility lists in the shapes of real texts from elsewhere (excerpts of the test texts): a deadline before
 * the lead (包头), 由X、Y牵头，组织Z… in running text (平潭), 责任单位 lists with 各市人民政府 (安徽), labelled lead and
 * responsible units, X牵头，Y配合 and X负责, and words that are not departments.
 */
class DepartmentShapesTest {
    private final DepartmentExtractor extractor = new DepartmentExtractor(DepartmentAliases.load());

    private List<DepartmentAssignment> assignments(String region, String text) {
        return extractor.extract(TextDocs.fromParagraphs(
                new Meta("d", "关于印发某方案的通知", region, LocalDate.of(2022, 4, 14), null, "方案"), text));
    }

    /** real/baotou-digital-gov-assessment-2022-43.txt: 牵头考核单位 after a deadline; the deadline is no department. */
    @Test
    void theLeadAfterADeadlineAndNotTheDeadline() {
        List<DepartmentAssignment> got = assignments("包头市", """
                1．除涉密、法律法规禁止和必须人员、车辆现场核验的事项外，政务服务事项实现“全程网办”。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）

                2．推进政务服务“跨省通办”（6月底完成，牵头考核单位：市政府办公室、市公安局）

                87．加大财政资金保障力度，完善政府购买服务机制和流程。（持续推进，牵头考核单位：市财政局、市发改委、市政府金融办）

                考评对象为各旗县区人民政府（包括牵头单位自身）。
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of("市审批服务局"), List.of()),
                tuple(List.of("市政府办公室", "市公安局"), List.of()),
                tuple(List.of("市财政局", "市发改委", "市政府金融办"), List.of()));
    }

    /** real/pingtan-rural-homestay-measures-2021-3.txt: leads in running text, a name with its own bracket. */
    @Test
    void leadsInRunningTextWith由And组织() {
        List<DepartmentAssignment> got = assignments("平潭综合实验区", """
                第二十七条 施行乡村民宿随机抽检机制。由区旅游文体局、行政审批局牵头，组织区资源生态局、市场监管局、执法应急局、公安局、消防救援支队等相关部门，组成联合检查组，对区内乡村民宿进行随机抽查。

                第二十六条 施行乡村民宿日常联检机制。由属地片区（乡镇、街道）牵头组织区资源生态局、市场监管局、执法应急局、公安局等相关部门定期对所属辖区的乡村民宿进行联合检查。

                第八条 由各地根据实际情况牵头推进。
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of("区旅游文体局", "行政审批局"), List.of("区资源生态局", "市场监管局", "执法应急局", "公安局", "消防救援支队")),
                tuple(List.of("属地片区（乡镇、街道）"), List.of("区资源生态局", "市场监管局", "执法应急局", "公安局")));
    }

    /** real/anhui-industrial-internet-2021-82.txt: 责任单位 lists; 各市人民政府 and a working group are units. */
    @Test
    void responsibleUnitsWithoutALead() {
        List<DepartmentAssignment> got = assignments("安徽省", """
                对跨行业跨领域工业互联网平台省级给予奖补，最高3000万元。（责任单位：省经济和信息化厅、省财政厅）

                加强统筹协调。（责任单位：省推进工业互联网创新发展专项工作组成员单位，各市人民政府）
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of(), List.of("省经济和信息化厅", "省财政厅")),
                tuple(List.of(), List.of("省推进工业互联网创新发展专项工作组成员单位", "各市人民政府")));
    }

    @Test
    void labelledListsX牵头Y配合AndX负责AndSeveralListsInOneParagraph() {
        List<DepartmentAssignment> got = assignments("澄湾市", """
                1.推行企业开办“一日办结”。（牵头单位：市行政审批局；责任单位：市市场监管局、市税务局、市公安局）

                2.加快工业用地供应（市自然资源局牵头，市发展改革委、各县（区）人民政府配合）。

                3.做好宣传解读（市委宣传部负责）。

                4.优化水电气报装（牵头单位：市发展改革委）；压缩报装时限（责任单位：市住房城乡建设局、国网澄湾供电公司）。

                5.强化督查考核。市政府督查室牵头，市直各部门配合。
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of("市行政审批局"), List.of("市市场监管局", "市税务局", "市公安局")),
                tuple(List.of("市自然资源局"), List.of("市发展改革委", "各县（区）人民政府")),
                tuple(List.of(), List.of("市委宣传部")),
                tuple(List.of("市发展改革委"), List.of("市住房城乡建设局", "国网澄湾供电公司")),
                tuple(List.of("市政府督查室"), List.of("市直各部门")));
    }

    @Test
    void labelledLinesOfTheirOwnAfterATask() {
        List<DepartmentAssignment> got = assignments("某市", """
                （一）推进数据共享。建立全市统一的数据共享交换平台。
                牵头单位：市大数据局
                责任单位：市直各部门、各县（市、区）人民政府
                完成时限：2023年12月底
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of("市大数据局"), List.of("市直各部门", "各县（市、区）人民政府")));
    }

    /**
     * The shape of holdout2/gov-cn-state-council-farm-machinery-opinion-2018-42.html: lists （A、B、C等负责） whose lead
     * is implicit, noted once in the first list (列第一位者为牵头单位，下同); a later list that marks its leads keeps them.
     */
    @Test
    void theFirstNamedLeadsEveryListAfterTheNote() {
        List<DepartmentAssignment> got = assignments("某省", """
                （一）加快林下经济发展。培育一批特色基地。（省林业局、省财政厅、省科技厅等负责。列第一位者为牵头单位，下同）

                （二）提升冷链物流水平。（省商务厅、省交通运输厅等负责）

                （三）加强人才培养。建立由省教育厅、省人力资源社会保障厅牵头的人才工作协调机制。（省教育厅、省人力资源社会保障厅牵头负责）

                （四）落实属地责任。（各市州人民政府负责）
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of("省林业局"), List.of("省财政厅", "省科技厅")),
                tuple(List.of("省商务厅"), List.of("省交通运输厅")),
                tuple(List.of("省教育厅", "省人力资源社会保障厅"), List.of()),
                tuple(List.of("各市州人民政府"), List.of()));
    }

    /** Without the note a list （A、B等负责） names no lead; 由X牵头的机制 names a body, not a list. */
    @Test
    void withoutTheNoteNoListHasALead() {
        List<DepartmentAssignment> got = assignments("某省", """
                （二）提升冷链物流水平。建立由省商务厅牵头的联席会议制度。（省商务厅、省交通运输厅等负责）
                """);

        assertThat(got).extracting(DepartmentAssignment::lead, DepartmentAssignment::participating).containsExactly(
                tuple(List.of(), List.of("省商务厅", "省交通运输厅")));
    }

    @Test
    void deadlinesAndActionsAreNeverDepartments() {
        assertThat(DepartmentListParser.isUnit("6月底完成")).isFalse();
        assertThat(DepartmentListParser.isUnit("持续推进")).isFalse();
        assertThat(DepartmentListParser.isUnit("5月底取得明显成效并持续推进")).isFalse();
        assertThat(DepartmentListParser.isUnit("各镇（街道）")).isTrue();
        assertThat(DepartmentListParser.isUnit("人民银行澄湾市中心支行")).isTrue();
        assertThat(DepartmentListParser.isUnit("团县委")).isTrue();
    }

    /** A short section of a traditional-character text: too few characters to tell, still read, names as printed. */
    @Test
    void aShortTraditionalSectionsListIsRead() {
        List<DepartmentAssignment> got = assignments("青岚县", """
                （二）抓好落實。（牽頭單位：縣財政局）
                """);

        assertThat(got).extracting(DepartmentAssignment::lead).containsExactly(List.of("縣財政局"));
    }
}
