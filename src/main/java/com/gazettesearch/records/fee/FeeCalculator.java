package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import com.gazettesearch.records.fee.FeeExemption.Reduction;

/**
 * Computes what a payer owes for a volume under the extracted fee items, showing each step. Only standards in
 * force are priced: an item a notice merely proposes ({@link FeeItem#proposed()}) is never used.
 *
 * <p>A notice may set several charges for one class (水价 and 污水处理费): the charge is then required. A tiered price
 * is charged step by step (the part of the volume in each tier at that tier's price). The exemption is looked up
 * by area. Notices price 城区 but grant allowances to 城镇 (the 渌口 notice does): 城区, 中心城区, 城市, 县城, 市区
 * and 集镇 are parts of 城镇, and 乡镇 is priced as 农村 in the same notice, so an item's area falls back to that
 * allowance when none is granted under its own name. Allowances go to households (每户), so they apply to
 * residential classes only; asking for one on another class is an error, not a silent 0. A free volume is the first
 * part of the volume; a full exemption makes the amount 0, a half one halves it.
 */
public final class FeeCalculator {

    /** Where an item's area finds its exemption when the notice grants none under the same name. */
    private static final Map<String, String> EXEMPTION_AREA = Map.of(
            "城区", "城镇", "中心城区", "城镇", "主城区", "城镇", "城市", "城镇", "县城", "城镇", "市区", "城镇",
            "集镇", "城镇", "镇区", "城镇", "乡镇", "农村");

    private final List<FeeItem> items;
    private final List<FeeExemption> exemptions;

    public FeeCalculator(List<FeeItem> items, List<FeeExemption> exemptions) {
        this.items = items.stream().filter(i -> !i.proposed()).toList();
        this.exemptions = List.copyOf(exemptions);
    }

    /** {@link #calculate(String, String, String, String, BigDecimal, boolean)} for notices with one charge per class. */
    public FeeCalculation calculate(String region, String area, String waterClass, BigDecimal volume, boolean exempt) {
        return calculate(region, area, null, waterClass, volume, exempt);
    }

    /**
     * The amount due for {@code volume} of {@code waterClass} in {@code area} of {@code region}.
     *
     * @param region     region of the notice; may be null when only one region has fee items
     * @param area       area as the notice names it (城区, 农村 …); may be null when the region's items name none
     * @param charge     the charge (污水处理费, 水价 …); may be null when the class has items of one charge only
     * @param waterClass use class as the notice names it (居民生活用水 …); a class the notice does not name takes
     *                   the price it sets for every class, if it sets one
     * @param volume     volume used, ≥ 0, in the item's unit
     * @param exempt     whether the payer qualifies for the notice's exemption
     * @throws IllegalArgumentException naming what exists, for an unknown region, area, charge or class, a
     *                                  negative volume, tiers without volumes, or an exemption the notice does not grant
     */
    public FeeCalculation calculate(String region, String area, String charge, String waterClass, BigDecimal volume,
                                    boolean exempt) {
        Objects.requireNonNull(volume, "volume");
        if (volume.signum() < 0) {
            throw new IllegalArgumentException("volume must not be negative: " + volume.toPlainString());
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no fee items in force are known");
        }
        String r = resolveRegion(region);
        List<FeeItem> inRegion = items.stream().filter(i -> Objects.equals(i.region(), r)).toList();
        List<FeeItem> inArea = inRegion.stream().filter(i -> Objects.equals(i.area(), blankToNull(area))).toList();
        if (inArea.isEmpty()) {
            throw new IllegalArgumentException("unknown area '" + area + "' in " + r + "; areas: "
                    + names(inRegion, FeeItem::area));
        }
        String cls = blankToNull(waterClass);
        List<FeeItem> ofClass = inArea.stream().filter(i -> Objects.equals(i.waterClass(), cls)).toList();
        if (ofClass.isEmpty()) {
            // "污水处理费由每立方米0.80元调整为0.95元": one price for every class
            ofClass = inArea.stream().filter(i -> i.waterClass() == null).toList();
        }
        if (ofClass.isEmpty()) {
            throw new IllegalArgumentException("unknown class '" + waterClass + "' in " + r + " " + area
                    + "; classes: " + names(inArea, FeeItem::waterClass));
        }
        List<FeeItem> priced = ofCharge(ofClass, blankToNull(charge), r, area, waterClass);

        List<String> steps = new ArrayList<>();
        steps.add("单价：" + String.join("；", priced.stream().map(FeeItem::summary).toList()));
        FeeExemption exemption = null;
        BigDecimal free = BigDecimal.ZERO;
        if (exempt) {
            exemption = exemptionFor(priced.getFirst());
            steps.add(describe(exemption, priced.getFirst()));
            if (exemption.reduction() == Reduction.FREE_VOLUME) {
                free = exemption.freeVolume();
            }
        }
        String v = plain(volume);
        BigDecimal amount;
        String formula;
        if (priced.size() == 1 && priced.getFirst().tier() == null) {
            FeeItem item = priced.getFirst();
            BigDecimal charged = volume.subtract(free).max(BigDecimal.ZERO);
            amount = charged.multiply(item.newPrice());
            String price = item.newPrice().toPlainString();
            formula = free.signum() == 0 ? v + " × " + price
                    : volume.compareTo(free) <= 0 ? v + " ≤ " + plain(free) + "，全部免征：0 × " + price
                    : "(" + v + " − " + plain(free) + ") × " + price;
        } else {
            List<String> parts = new ArrayList<>();
            amount = BigDecimal.ZERO;
            for (FeeItem tier : priced) {
                BigDecimal lo = tier.tier().from().max(free);
                BigDecimal hi = tier.tier().to() == null ? volume : tier.tier().to().min(volume);
                if (hi.compareTo(lo) <= 0) {
                    continue;
                }
                BigDecimal part = hi.subtract(lo);
                amount = amount.add(part.multiply(tier.newPrice()));
                parts.add(tier.tier().label() + " " + plain(part) + " × " + tier.newPrice().toPlainString());
            }
            formula = parts.isEmpty() ? v + " ≤ " + plain(free) + "，全部免征：0" : String.join(" + ", parts);
        }
        if (exemption != null && exemption.reduction() == Reduction.FULL) {
            amount = BigDecimal.ZERO;
            formula = "全部免收：0";
        } else if (exemption != null && exemption.reduction() == Reduction.HALF) {
            amount = amount.divide(BigDecimal.TWO);
            formula = "(" + formula + ") ÷ 2";
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        steps.add(formula + " = " + amount.toPlainString() + " 元");
        List<FeeItem> tiers = priced.getFirst().tier() == null ? List.of() : priced;
        return new FeeCalculation(amount, "元", steps, priced.getFirst(), tiers, exemption);
    }

    /** The items of one charge for the class: one flat item, or the tiers of a tiered price in order. */
    private static List<FeeItem> ofCharge(List<FeeItem> ofClass, String charge, String region, String area,
                                          String waterClass) {
        TreeSet<String> charges = new TreeSet<>();
        ofClass.forEach(i -> charges.add(i.charge()));
        String c = charge;
        if (c == null) {
            if (charges.size() > 1) {
                throw new IllegalArgumentException("charge is required for " + waterClass + " in " + region + " "
                        + area + "; charges: " + String.join(", ", charges));
            }
            c = charges.first();
        } else if (!charges.contains(c)) {
            throw new IllegalArgumentException("unknown charge '" + charge + "' for " + waterClass + " in " + region
                    + " " + area + "; charges: " + String.join(", ", charges));
        }
        String wanted = c;
        List<FeeItem> of = ofClass.stream().filter(i -> i.charge().equals(wanted)).toList();
        List<FeeItem> tiered = of.stream().filter(i -> i.tier() != null).toList();
        if (tiered.isEmpty()) {
            // one price per class and charge; a notice printing the same line twice gives the first
            return List.of(of.getFirst());
        }
        if (tiered.stream().anyMatch(i -> i.tier().from() == null)) {
            throw new IllegalArgumentException("the tiers of " + wanted + " for " + waterClass
                    + " do not state their volumes; the amount cannot be computed");
        }
        return tiered.stream().sorted(Comparator.comparing(i -> i.tier().from())).toList();
    }

    /** The allowance areas that apply to payers in {@code area}: its own, then the one it is part of (城区 → 城镇). */
    public static List<String> exemptionAreasFor(String area) {
        String fallback = EXEMPTION_AREA.get(area);
        return fallback == null ? List.of(area) : List.of(area, fallback);
    }

    private String resolveRegion(String region) {
        TreeSet<String> regions = new TreeSet<>();
        items.forEach(i -> regions.add(String.valueOf(i.region())));
        if (region == null || region.isBlank()) {
            if (regions.size() == 1) {
                return items.getFirst().region();
            }
            throw new IllegalArgumentException("region is required; regions with fee items: " + String.join(", ", regions));
        }
        if (!regions.contains(region)) {
            throw new IllegalArgumentException("no fee items for region '" + region + "'; regions with fee items: "
                    + String.join(", ", regions));
        }
        return region;
    }

    private FeeExemption exemptionFor(FeeItem item) {
        if (item.waterClass() == null || !isResidential(item.waterClass())) {
            throw new IllegalArgumentException("the exemption is granted per household; it does not apply to "
                    + (item.waterClass() == null ? item.charge() + " for every class" : item.waterClass()));
        }
        List<FeeExemption> sameNotice = exemptions.stream()
                .filter(e -> e.docId().equals(item.docId()) && e.charge().equals(item.charge()))
                // a free volume is water: it cannot come off a price per household
                .filter(e -> e.reduction() != Reduction.FREE_VOLUME || FeeUnits.isVolume(item.volumeUnit()))
                .toList();
        String fallback = item.area() == null ? null : EXEMPTION_AREA.get(item.area());
        for (String wanted : new String[] {item.area(), fallback, null}) {
            for (FeeExemption e : sameNotice) {
                if (Objects.equals(e.area(), wanted)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("no exemption is granted for " + item.area() + " " + item.waterClass()
                + " in " + item.docTitle());
    }

    private static String describe(FeeExemption e, FeeItem item) {
        String who = e.who() == null ? "" : e.who() + " ";
        String where = (e.area() == null ? "" : e.area()) + (e.period() == null ? "" : e.period());
        String via = Objects.equals(e.area(), item.area()) || e.area() == null ? ""
                : "（" + item.area() + "按" + e.area() + "计）";
        String what = switch (e.reduction()) {
            case FREE_VOLUME -> "免征：" + who + where + "免征 " + plain(e.freeVolume()) + " " + e.unit();
            case FULL -> "免收：" + who + where + "免收" + e.charge();
            case HALF -> "减半：" + who + where + e.charge() + "减半收取";
        };
        return what + via;
    }

    private static boolean isResidential(String waterClass) {
        return waterClass.contains("居民") && !waterClass.contains("非居民");
    }

    private static String names(List<FeeItem> items, Function<FeeItem, String> name) {
        TreeSet<String> names = new TreeSet<>();
        items.forEach(i -> names.add(String.valueOf(name.apply(i))));
        return String.join(", ", names);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
