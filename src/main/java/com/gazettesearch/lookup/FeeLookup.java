package com.gazettesearch.lookup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.gazettesearch.lookup.RecordReader.Filter;
import com.gazettesearch.records.fee.FeeCalculator;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.fee.FeeMatcher;
import com.gazettesearch.schema.Schema;

/**
 * Fee items and exemptions read back from the index (records {@code fee} and {@code fee_exemption}), filtered
 * by region, area and free text, and the calculator over them.
 */
public final class FeeLookup {
    private final Searchers searchers;

    public FeeLookup(Searchers searchers) {
        this.searchers = searchers;
    }

    /** Fee items and exemptions that answer one request. */
    public record Fees(List<FeeItem> items, List<FeeExemption> exemptions) {
    }

    /**
     * Items and exemptions of {@code region} and {@code area} (null or blank: any). With {@code q}, items are the
     * ones the text asks about (see {@link FeeMatcher}: 工业用水污水处理费, 污水费 农村) or, when it names no
     * charge, those containing every space-separated word of it; exemptions likewise contain every word (a word
     * naming the charge, such as 污水费, matches the charge's exemptions). Areas of exemptions follow the
     * calculator's rule: area=城区 also lists the 城镇 allowance that 城区 payers receive.
     */
    public Fees find(String region, String area, String q) throws IOException {
        List<FeeItem> items = searchers.withSearcher(s -> RecordReader.read(s, Schema.TYPE_FEE, FeeItem.class,
                new Filter(Schema.REGION, region), new Filter(Schema.FEE_AREA, area)));
        List<FeeExemption> exemptions = searchers.withSearcher(s -> RecordReader.read(s, Schema.TYPE_FEE_EXEMPTION,
                FeeExemption.class, new Filter(Schema.REGION, region)));
        if (area != null && !area.isBlank()) {
            List<String> areas = FeeCalculator.exemptionAreasFor(area);
            exemptions = exemptions.stream().filter(e -> e.area() == null || areas.contains(e.area())).toList();
        }
        if (q == null || q.isBlank()) {
            return new Fees(items, exemptions);
        }
        List<FeeItem> asked = FeeMatcher.match(q, items);
        List<FeeItem> matchedItems = !asked.isEmpty() ? asked
                : items.stream().filter(i -> containsAll(itemText(i), q)).toList();
        List<FeeExemption> matchedExemptions = exemptions.stream().filter(e -> containsAll(exemptionText(e), q)).toList();
        return new Fees(matchedItems, matchedExemptions);
    }

    /** Every fee item (any region), in extraction order. */
    public List<FeeItem> allItems() throws IOException {
        return searchers.withSearcher(s -> RecordReader.read(s, Schema.TYPE_FEE, FeeItem.class));
    }

    /** A calculator over every indexed item and exemption. */
    public FeeCalculator calculator() throws IOException {
        return searchers.withSearcher(s -> new FeeCalculator(
                RecordReader.read(s, Schema.TYPE_FEE, FeeItem.class),
                RecordReader.read(s, Schema.TYPE_FEE_EXEMPTION, FeeExemption.class)));
    }

    private static boolean containsAll(String text, String q) {
        for (String word : q.strip().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String itemText(FeeItem i) {
        return String.join(" ", FeeMatcher.chargeNames(i.charge())) + " " + i.summary() + " "
                + Objects.toString(i.area(), "") + " " + Objects.toString(i.region(), "") + " "
                + Objects.toString(i.collection(), "") + " " + i.docTitle() + " " + Objects.toString(i.docNumber(), "");
    }

    private static String exemptionText(FeeExemption e) {
        List<String> parts = new ArrayList<>(FeeMatcher.chargeNames(Objects.toString(e.charge(), "")));
        parts.add(Objects.toString(e.who(), ""));
        parts.add(Objects.toString(e.area(), ""));
        parts.add(Objects.toString(e.period(), ""));
        parts.add(Objects.toString(e.condition(), ""));
        parts.add(Objects.toString(e.region(), ""));
        parts.add(e.docTitle());
        parts.add(Objects.toString(e.docNumber(), ""));
        return String.join(" ", parts);
    }
}
