package com.gazettesearch.records.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.ParsedCorpus;

/** Validity of every document of the parsed corpus, and its status on the day this was written. */
class ValidityRealCorpusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void everyDocument() {
        ValidityExtractor extractor = new ValidityExtractor();
        Map<String, String> got = new LinkedHashMap<>();
        for (GazetteDocument d : ParsedCorpus.documents()) {
            Validity v = extractor.extract(d);
            got.put(d.title(), v.validFrom() + " " + v.validTo() + " " + ValidityStatus.of(v, TODAY).label()
                    + " " + v.basis());
        }

        assertThat(got).containsOnly(
                Map.entry("株洲市石峰区碳达峰实施方案", "null null 未注明 自公布之日起施行"),
                Map.entry("株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）",
                        "2024-01-29 2026-01-28 已失效 自发布之日起开始执行；试行二年"),
                Map.entry("株洲市渌口区碳达峰实施方案", "2024-03-29 null 现行有效 自公布之日起施行"),
                Map.entry("关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知",
                        "2024-05-01 null 现行有效 从2024年5月1日起抄表见量执行"),
                Map.entry("湖南湘江新区推进碳达峰碳中和三年行动工作方案及责任分工（2023-2025）",
                        "2023-01-01 2025-12-31 已失效 规划期2023-2025年"),
                Map.entry("石峰区生态文明建设示范区规划（2024-2030年）", "2024-01-01 2030-12-31 现行有效 规划期2024-2030年"),
                Map.entry("怀化市鹤城区碳达峰实施方案", "2024-03-27 null 现行有效 自发布之日起施行"),
                Map.entry("2024年4月区政府大事记", "null null 未注明 null"),
                Map.entry("2024年5月区政府大事记", "null null 未注明 null"),
                Map.entry("2024年6月区政府大事记", "null null 未注明 null"));
    }
}
