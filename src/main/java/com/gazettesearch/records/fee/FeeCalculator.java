package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Computes what a payer owes for a volume under the extracted fee items, showing each step.
 *
 * <p>The exemption is looked up by area. Notices price 城区 but grant allowances to 城镇 (the 渌口 notice does):
 * 城区, 中心城区, 城市, 县城, 市区 and 集镇 are parts of 城镇, and 乡镇 is priced as 农村 in the same notice, so an item's
 * area falls back to that allowance when none is granted under its own name. Allowances go to households
 * (每户), so they apply to residential classes only; asking for one on another class is an error, not a silent 0.
 */
public final class FeeCalculator {

    /** Where an item's area finds its exemption when the notice grants none under the same name. */
    private static final Map<String, String> EXEMPTION_AREA = Map.of(
            "城区", "城镇", "中心城区", "城镇", "城市", "城镇", "县城", "城镇", "市区", "城镇", "集镇", "城镇",
            "乡镇", "农村");

    private final List<FeeItem> items;
    private final List<FeeExemption> exemptions;

    public FeeCalculator(List<FeeItem> items, List<FeeExemption> exemptions) {
        this.items = List.copyOf(items);
        this.exemptions = List.copyOf(exemptions);
    }

    /**
     * The amount due for {@code volume} of {@code waterClass} water in {@code area} of {@code region}.
     *
     * @param region     region of the notice; may be null when only one region has fee items
     * @param area       area as the notice names it (城区, 农村 …); may be null when the region's items name none
     * @param waterClass use class as the notice names it (居民生活用水 …)
     * @param volume     volume used, ≥ 0, in the item's unit
     * @param exempt     whether the payer qualifies for the notice's exemption
     * @throws IllegalArgumentException naming what exists, for an unknown region, area or class, a negative
     *                                  volume, or an exemption the notice does not grant
     */
    public FeeCalculation calculate(String region, String area, String waterClass, BigDecimal volume, boolean exempt) {
        Objects.requireNonNull(volume, "volume");
        if (volume.signum() < 0) {
            throw new IllegalArgumentException("volume must not be negative: " + volume.toPlainString());
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no fee items are known");
        }
        String r = resolveRegion(region);
        List<FeeItem> inRegion = items.stream().filter(i -> Objects.equals(i.region(), r)).toList();
        List<FeeItem> inArea = inRegion.stream().filter(i -> Objects.equals(i.area(), blankToNull(area))).toList();
        if (inArea.isEmpty()) {
            throw new IllegalArgumentException("unknown area '" + area + "' in " + r + "; areas: " + names(inRegion, true));
        }
        FeeItem item = inArea.stream().filter(i -> i.waterClass().equals(waterClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown class '" + waterClass + "' in " + r + " "
                        + area + "; classes: " + names(inArea, false)));

        List<String> steps = new ArrayList<>();
        steps.add("单价：" + item.summary());
        BigDecimal charged = volume;
        FeeExemption exemption = null;
        String v = plain(volume);
        String formula;
        if (exempt) {
            exemption = exemptionFor(item);
            BigDecimal free = exemption.freeVolume();
            String via = Objects.equals(exemption.area(), item.area()) || exemption.area() == null ? ""
                    : "（" + item.area() + "按" + exemption.area() + "计）";
            steps.add("免征：" + (exemption.who() == null ? "" : exemption.who() + " ")
                    + (exemption.area() == null ? "" : exemption.area())
                    + (exemption.period() == null ? "" : exemption.period())
                    + "免征 " + plain(free) + " " + exemption.unit() + via);
            charged = volume.subtract(free).max(BigDecimal.ZERO);
            formula = volume.compareTo(free) <= 0
                    ? v + " ≤ " + plain(free) + "，全部免征：0 × " + item.newPrice().toPlainString()
                    : "(" + v + " − " + plain(free) + ") × " + item.newPrice().toPlainString();
        } else {
            formula = v + " × " + item.newPrice().toPlainString();
        }
        BigDecimal amount = charged.multiply(item.newPrice()).setScale(2, RoundingMode.HALF_UP);
        steps.add(formula + " = " + amount.toPlainString() + " 元");
        return new FeeCalculation(amount, "元", steps, item, exemption);
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
        if (!isResidential(item.waterClass())) {
            throw new IllegalArgumentException("the exemption is granted per household; it does not apply to "
                    + item.waterClass());
        }
        List<FeeExemption> sameNotice = exemptions.stream()
                .filter(e -> e.docId().equals(item.docId()) && e.charge().equals(item.charge()))
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

    private static boolean isResidential(String waterClass) {
        return waterClass.contains("居民") && !waterClass.contains("非居民");
    }

    private static String names(List<FeeItem> items, boolean areas) {
        TreeSet<String> names = new TreeSet<>();
        items.forEach(i -> names.add(String.valueOf(areas ? i.area() : i.waterClass())));
        return String.join(", ", names);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
