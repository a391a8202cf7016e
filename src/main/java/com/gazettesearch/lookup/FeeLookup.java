package com.gazettesearch.lookup;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;

import com.gazettesearch.lookup.RecordQueries.Filter;
import com.gazettesearch.records.fee.FeeCalculation;
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
    private static final Sort IN_ORDER = RecordQueries.inExtractionOrder();

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
        // items and exemptions from the same view of the index, so they come from the same commit
        Fees found = searchers.withSearcher(s -> new Fees(
                StoredRecords.decoded(s, RecordQueries.ofType(Schema.TYPE_FEE,
                        new Filter(Schema.REGION, region), new Filter(Schema.FEE_AREA, area)), IN_ORDER, FeeItem.class),
                StoredRecords.decoded(s, RecordQueries.ofType(Schema.TYPE_FEE_EXEMPTION,
                        new Filter(Schema.REGION, region)), IN_ORDER, FeeExemption.class)));
        List<FeeItem> items = found.items();
        List<FeeExemption> exemptions = found.exemptions();
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
        return searchers.withSearcher(FeeLookup::allItems);
    }

    /** Every fee item (any region) in the view {@code s}, in extraction order. */
    public static List<FeeItem> allItems(IndexSearcher s) throws IOException {
        return StoredRecords.decoded(s, RecordQueries.ofType(Schema.TYPE_FEE), IN_ORDER, FeeItem.class);
    }

    /**
     * What a payer owes, step by step (see {@link FeeCalculator#calculate}), over every indexed item and exemption.
     *
     * @throws BadRequestException naming what exists when the region, area or class is not one the notices have, or
     *                             the notice grants no exemption for it
     */
    public FeeCalculation calculate(String region, String area, String charge, String waterClass, BigDecimal volume,
                                    boolean exempt) throws IOException {
        FeeCalculator calculator = searchers.withSearcher(s -> new FeeCalculator(allItems(s),
                StoredRecords.decoded(s, RecordQueries.ofType(Schema.TYPE_FEE_EXEMPTION), IN_ORDER, FeeExemption.class)));
        try {
            return calculator.calculate(region, area, charge, waterClass, volume, exempt);
        } catch (IllegalArgumentException e) {
            // the calculator's way of saying a region, area or class does not exist: its message names those that do
            throw new BadRequestException("bad_request", e.getMessage());
        }
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
