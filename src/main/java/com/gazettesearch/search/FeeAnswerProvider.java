package com.gazettesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gazettesearch.lookup.FeeLookup;
import com.gazettesearch.lookup.IndexView;
import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.schema.Schema;

/**
 * Fee answers for {@code /api/search}: when the query names a charge (污水处理费, or 污水费) the matching fee items
 * come back as {@code {"type":"fee", …item fields…, "text":"工业用水 1.20 元/立方米（原 0.73）"}}, best match first
 * (see {@link com.gazettesearch.records.fee.FeeMatcher}), restricted to the request's region filter when it has one.
 * Prices a notice only proposes ({@link FeeItem#proposed()}) are never answers.
 */
public final class FeeAnswerProvider implements AnswerProvider {
    /** At most this many fee answers: one notice's worth of lines. */
    static final int MAX_ANSWERS = 10;

    /** Every fee item of one reader, decoded and grouped once when the reader opens rather than on every search. */
    static final PerReader<FeeAnswers> FEE_ITEMS = PerReader.of("fee items",
            // a price a hearing notice only proposes is not the answer to "how much is it"
            searcher -> new FeeAnswers(FeeLookup.allItems(searcher).stream().filter(i -> !i.proposed()).toList()));

    @Override
    public List<PerReader<?>> readerState() {
        return List.of(FEE_ITEMS);
    }

    @Override
    public List<Map<String, Object>> answersFor(IndexView view, String q, SearchRequest request) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<String> regions = request.filters().getOrDefault(Schema.REGION, List.of());
        List<Map<String, Object>> out = new ArrayList<>();
        for (FeeItem item : view.get(FEE_ITEMS).match(q, regions, MAX_ANSWERS)) {
            out.add(answer(item));
        }
        return out;
    }

    static Map<String, Object> answer(FeeItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "fee");
        m.put("region", i.region());
        m.put("charge", i.charge());
        m.put("area", i.area());
        m.put("waterClass", i.waterClass());
        m.put("tier", i.tier());
        m.put("oldPrice", i.oldPrice());
        m.put("newPrice", i.newPrice());
        m.put("unit", i.unit());
        m.put("collection", i.collection());
        m.put("effectiveDate", i.effectiveDate() == null ? null : i.effectiveDate().toString());
        m.put("docId", i.docId());
        m.put("docNumber", i.docNumber());
        m.put("docTitle", i.docTitle());
        m.put("sectionId", i.sectionId());
        m.put("text", i.summary());
        return m;
    }
}
