package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.fee.FeeMatcher;

/** The grouped fee answers are exactly FeeMatcher's, over any region filter, for a province's worth of items. */
class FeeAnswersTest {
    private static final List<String> REGIONS = List.of("株洲市渌口区", "青川市顺阳县", "丹岭市安江区", "白湾市宁山区");
    private static final List<String> CHARGES = List.of("污水处理费", "垃圾处理费", "水资源费");
    private static final List<String> CLASSES = List.of("居民生活用水", "非居民用水", "工业用水", "特种用水", "行政事业用水");
    private static final List<String> AREAS = java.util.Arrays.asList("城区", "农村", "城镇", null);

    @Test
    void answersEqualTheMatcherOverTheFilteredItems() {
        Random random = new Random(11);
        List<FeeItem> items = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            items.add(new FeeItem(REGIONS.get(random.nextInt(REGIONS.size())), CHARGES.get(random.nextInt(CHARGES.size())),
                    AREAS.get(random.nextInt(AREAS.size())), CLASSES.get(random.nextInt(CLASSES.size())), null, null,
                    BigDecimal.valueOf(random.nextInt(300), 2), "元/立方米", null, null, false, null, "d-" + i, null, "通知",
                    "s-" + i));
        }
        FeeAnswers answers = new FeeAnswers(items);
        List<String> queries = List.of("污水处理费", "工业用水污水处理费多少钱", "污水费 农村", "居民用水 垃圾费", "非居民用水污水处理费",
                "城区特种用水水资源费", "农村居民生活用水污水处理费标准", "碳达峰", "", "污水处理费 行政事业 城镇");
        List<List<String>> filters = List.of(List.of(), List.of("青川市顺阳县"), List.of("丹岭市安江区", "株洲市渌口区"),
                List.of("没有的地区"));
        for (String q : queries) {
            for (List<String> regions : filters) {
                List<FeeItem> scope = regions.isEmpty() ? items
                        : items.stream().filter(i -> regions.contains(i.region())).toList();
                List<FeeItem> expected = FeeMatcher.match(q, scope);
                assertThat(answers.match(q, regions, 10)).as("%s in %s", q, regions)
                        .isEqualTo(expected.subList(0, Math.min(10, expected.size())));
            }
        }
    }
}
