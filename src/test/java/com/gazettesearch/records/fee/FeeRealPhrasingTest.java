package com.gazettesearch.records.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.TextDocs;
import com.gazettesearch.records.TextDocs.Meta;

/**
 * Price notices in the words of real ones from other places: each text is an excerpt of a published water price
 * notice (as quoted where it was found, URL given), under a title of the notice's kind. Each price must land under
 * its own charge, with its class, tier and old and new amounts; what cannot be told is left out.
 */
class FeeRealPhrasingTest {
    private final FeeExtractor extractor = new FeeExtractor();

    private static GazetteDocument notice(String title, String text) {
        return TextDocs.fromParagraphs(new Meta("n", title, "某市", LocalDate.of(2024, 6, 1), null, "通知"), text);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** 常州市区 (ecoprov.com/post/196841.html): the delivered price, then its parts, each 由现行每X元调整为Y元. */
    @Test
    void deliveredPriceAndItsPartsEachUnderItsCharge() {
        GazetteDocument doc = notice("关于调整市区居民生活用水价格的通知",
                "根据调整方案，本次市区居民生活用水到户价格将由每立方米2.57元调整为3.07元，每立方米调整0.50元，其中："
                        + "污水处理费由现行每吨1.15元调整为1.35元，每吨调整0.20元；"
                        + "供水价格由现行每立方米1.16元调整为1.46元，每立方米调整0.30元。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice, FeeItem::unit)
                .containsExactly(
                        tuple("到户水价", "居民生活用水", d("2.57"), d("3.07"), "元/立方米"),
                        tuple("污水处理费", "居民生活用水", d("1.15"), d("1.35"), "元/吨"),
                        tuple("水价", "居民生活用水", d("1.16"), d("1.46"), "元/立方米"));
    }

    /** 苏州市区 (cwcgc.com/home/news/detail.html?id=816): water price, sewage fee and water resource fee together. */
    @Test
    void waterPriceAndFeesInOneNoticeNeverTakeEachOthersAmounts() {
        GazetteDocument doc = notice("关于调整市区自来水价格和污水处理费标准的通知",
                "调整具体内容包括：调整污水处理费由现行每立方米1.15元调整为1.33元。取消现行水价中每立方米0.02元的省水处理专项费用，"
                        + "并入污水处理费；调整水资源费，由现行每立方米0.13元调整为0.20元；调整基本水价，由现行每立方米1.36元调整为1.61元。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice)
                .containsExactly(
                        tuple("污水处理费", null, d("1.15"), d("1.33")),
                        tuple("水资源费", null, d("0.13"), d("0.20")),
                        tuple("水价", null, d("1.36"), d("1.61")));
    }

    /**
     * The shape of the county notice: water prices and sewage fees in one text, each worded
     * 由每立方米X元调整为Y元, under headings that name the charge.
     */
    @Test
    void countyNoticeSettingWaterPricesAndSewageFees() {
        GazetteDocument doc = notice("关于调整县城供水价格和污水处理费的通知",
                """
                一、供水价格

                居民生活用水由每立方米2.10元调整为2.60元；非居民用水由每立方米3.00元调整为3.50元；特种用水由每立方米6.00元调整为8.00元。

                二、污水处理费

                居民生活用水由每立方米0.80元调整为0.95元；非居民用水由每立方米1.00元调整为1.40元。

                三、污水处理费随水费一并征收。
                """);

        List<FeeItem> items = extractor.extract(doc).items();
        assertThat(items)
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice, FeeItem::collection)
                .containsExactly(
                        tuple("水价", "居民生活用水", d("2.10"), d("2.60"), null),
                        tuple("水价", "非居民用水", d("3.00"), d("3.50"), null),
                        tuple("水价", "特种用水", d("6.00"), d("8.00"), null),
                        tuple("污水处理费", "居民生活用水", d("0.80"), d("0.95"), "随水费一并征收"),
                        tuple("污水处理费", "非居民用水", d("1.00"), d("1.40"), "随水费一并征收"));
    }

    /** The same prices in running text: the charge is named in each clause or carried from the one before. */
    @Test
    void chargesNamedInTheTextCarryToTheNextClauses() {
        GazetteDocument doc = notice("关于调整县城供水价格和污水处理费的通知",
                "城区居民生活用水价格由每立方米2.10元调整为2.60元，污水处理费由每立方米0.80元调整为0.95元；"
                        + "非居民用水价格由每立方米3.00元调整为3.50元，污水处理费由每立方米1.00元调整为1.40元。"
                        + "特种用水价格由每立方米6.00元调整为8.00元。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::area, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice)
                .containsExactly(
                        tuple("水价", "城区", "居民生活用水", d("2.10"), d("2.60")),
                        tuple("污水处理费", "城区", "居民生活用水", d("0.80"), d("0.95")),
                        tuple("水价", "城区", "非居民用水", d("3.00"), d("3.50")),
                        tuple("污水处理费", "城区", "非居民用水", d("1.00"), d("1.40")),
                        tuple("水价", "城区", "特种用水", d("6.00"), d("8.00")));
    }

    /** A list of two charges says which prices follow for neither alone: they are left out. */
    @Test
    void aPriceAfterAListOfChargesIsLeftOut() {
        GazetteDocument doc = notice("关于调整县城供水价格和污水处理费的通知",
                "现将我县供水价格和污水处理费调整如下：居民生活用水由每立方米2.10元调整为2.60元。");

        assertThat(extractor.extract(doc).items()).isEmpty();
    }

    /**
     * 一户一表 tiers with their parts (xw588.com/shenghuo/a3440ee20f170afaa34c003d67169801.html): 水费 is the bill,
     * not a charge we can name; the parts in parentheses are, and each keeps its tier.
     */
    @Test
    void tiersWithTheirRangesAndTheChargesInsideThem() {
        GazetteDocument doc = notice("关于居民生活用水实行阶梯水价的通知",
                """
                1、居民一户一表用户，按照满足不同用水需求，将居民用水量及价格分为三档：

                (1) 第一档，年用水量≤180m3，水费为3.04元/m3（其中，供水价格为1.42元/m3，污水处理费1.42元/m3，水资源费0.20元/m3）。

                (2)第二档，180m3<年用水量≤300m3，水费为3.75元/m3（其中，供水价格为2.13元/m3，污水处理费1.42元/m3，水资源费0.20元/m3）。

                (3)第三档，年用水量>300m3，水费为5.88元/m3（其中，供水价格为4.26元/m3，污水处理费1.42元/m3，水资源费0.20元/m3）。
                """);

        List<FeeItem> items = extractor.extract(doc).items();
        assertThat(items).filteredOn(i -> i.charge().equals("水价"))
                .extracting(i -> i.tier().label(), i -> i.tier().from(), i -> i.tier().to(), i -> i.tier().period(),
                        FeeItem::newPrice, FeeItem::unit)
                .containsExactly(
                        tuple("第一档", d("0"), d("180"), "年", d("1.42"), "元/立方米"),
                        tuple("第二档", d("180"), d("300"), "年", d("2.13"), "元/立方米"),
                        tuple("第三档", d("300"), null, "年", d("4.26"), "元/立方米"));
        assertThat(items).extracting(FeeItem::charge).containsOnly("水价", "污水处理费", "水资源费").hasSize(9);
        assertThat(items).filteredOn(i -> i.charge().equals("污水处理费")).extracting(FeeItem::newPrice)
                .containsOnly(d("1.42"));
        assertThat(items.getFirst().summary()).isEqualTo("水价 第一档（0–180 立方米/年） 1.42 元/立方米");
    }

    /**
     * 金平县城 (namou.cn/?S_id=10309): 到户价格 with its parts after 其中, then tiers 第一级…第三级 per household and
     * month, one per clause.
     */
    @Test
    void tiersPerHouseholdAndMonthOnePerClause() {
        GazetteDocument doc = notice("关于调整县城供排水价格的通知",
                "居民生活用水到户价格为4.20元/m3，其中基本水价2.90元/m3，水资源费0.20元/m3，污水处理费1.10元/m3。"
                        + "对居民生活用水基本水价实施阶梯水价，第一级每户每月用水量16m3以内(含16m3)，到户终端价格为4.20元/m3；"
                        + "第二级每户每月用水量16m3-25m3以内(含25m3)，到户价格为5.65元/m3；第三级每户每月用水量25m3以上，到户价格为7.10元/m3。");

        List<FeeItem> items = extractor.extract(doc).items();
        assertThat(items)
                .extracting(FeeItem::charge, FeeItem::waterClass, i -> i.tier() == null ? null : i.tier().describe("立方米"),
                        FeeItem::newPrice)
                .containsExactly(
                        tuple("到户水价", "居民生活用水", null, d("4.20")),
                        tuple("水价", "居民生活用水", null, d("2.90")),
                        tuple("水资源费", "居民生活用水", null, d("0.20")),
                        tuple("污水处理费", "居民生活用水", null, d("1.10")),
                        tuple("到户水价", "居民生活用水", "第一级（0–16 立方米/月）", d("4.20")),
                        tuple("到户水价", "居民生活用水", "第二级（16–25 立方米/月）", d("5.65")),
                        tuple("到户水价", "居民生活用水", "第三级（25 立方米以上/月）", d("7.10")));
    }

    /**
     * 玉溪市中心城区 (m.02244.cn/?S_id=1182): a price with its sewage part in parentheses; the part does not make the
     * next sentence's price a sewage fee.
     */
    @Test
    void aChargeNamedInParenthesesStaysInside() {
        GazetteDocument doc = notice("关于调整中心城区城市供排水价格的通知",
                "各类用水价格调整分别为：居民生活用水由1.80元/立方米调整为3.00元/立方米(含污水处理费0.90元/立方米)。"
                        + "按国家城市供水价格管理规定，将行政事业单位用水、工业生产用水、经营服务性用水统一归并为非居民生活用水，"
                        + "水价统一调整为4.70元/立方米(含污水处理费1.20元/立方米)。特种行业用水调整为15.00元/立方米(含污水处理费1.50元/立方米)。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::waterClass, FeeItem::oldPrice, FeeItem::newPrice)
                .containsExactly(
                        tuple("水价", "居民生活用水", d("1.80"), d("3.00")),
                        tuple("污水处理费", "居民生活用水", null, d("0.90")),
                        tuple("水价", "非居民生活用水", null, d("4.70")),
                        tuple("污水处理费", "非居民生活用水", null, d("1.20")),
                        tuple("水价", "特种行业用水", null, d("15.00")),
                        tuple("污水处理费", "特种行业用水", null, d("1.50")));
    }

    /** 柯桥 (m.jcljsw.com/?S_id=3490): changes by an amount are not prices; 由现行的X…优惠至Y is a change. */
    @Test
    void changesByAnAmountAreNotPrices() {
        GazetteDocument doc = notice("关于调整居民生活污水处理费和供水价格的通知",
                "自12月1日起，全区居民生活污水处理费每吨上调0.55元。城区由现行0.40元/立方米调整至0.95元/立方米。"
                        + "对居民供水价格给予优惠，居民生活供水价格优惠0.20元/立方米，即由现行的2.20元/立方米优惠至2.00元/立方米。");

        assertThat(extractor.extract(doc).items())
                .extracting(FeeItem::charge, FeeItem::area, FeeItem::oldPrice, FeeItem::newPrice)
                .containsExactly(
                        tuple("污水处理费", "城区", d("0.40"), d("0.95")),
                        tuple("水价", "城区", d("2.20"), d("2.00")));
    }
}
