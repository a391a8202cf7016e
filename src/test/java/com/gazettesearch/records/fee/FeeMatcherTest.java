package com.gazettesearch.records.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeeMatcherTest {
    private final List<FeeItem> items = new FeeExtractor().extract(FeeExtractorTest.lukouNotice()).items();

    @Test
    void aClassAndTheChargeGiveThatItem() {
        assertThat(FeeMatcher.match("工业用水污水处理费", items))
                .extracting(FeeItem::area, FeeItem::waterClass, FeeItem::summary)
                .containsExactly(tuple("城区", "工业用水", "工业用水 1.20 元/立方米（原 0.73）"));
    }

    @Test
    void theShortNameAndAnAreaGiveThatAreasItems() {
        assertThat(FeeMatcher.match("污水费 农村", items))
                .extracting(FeeItem::waterClass)
                .containsExactly("居民生活用水", "非居民用水", "特种行业用水");
    }

    @Test
    void classAndAreaTogetherRankFirst() {
        assertThat(FeeMatcher.match("农村居民生活用水污水处理费多少钱", items))
                .extracting(FeeItem::area, FeeItem::waterClass)
                .startsWith(tuple("农村", "居民生活用水"), tuple("城区", "居民生活用水"));
        // 非居民 is not 居民
        assertThat(FeeMatcher.match("非居民用水污水费", items))
                .extracting(FeeItem::area, FeeItem::waterClass)
                .containsExactly(tuple("农村", "非居民用水"));
    }

    @Test
    void theChargeAloneGivesAllItemsAndOtherQueriesNone() {
        assertThat(FeeMatcher.match("污水处理费什么时候开始执行", items)).hasSize(8);
        assertThat(FeeMatcher.match("工业用水", items)).isEmpty();
        assertThat(FeeMatcher.match("碳达峰", items)).isEmpty();
        assertThat(FeeMatcher.chargeNames("污水处理费")).containsExactly("污水处理费", "污水费");
        assertThat(FeeMatcher.chargeNames("垃圾处理费")).containsExactly("垃圾处理费", "垃圾费");
        assertThat(FeeMatcher.chargeNames("水资源费")).containsExactly("水资源费");
    }
}
