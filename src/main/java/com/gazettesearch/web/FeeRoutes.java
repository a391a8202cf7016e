package com.gazettesearch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.gazettesearch.records.fee.FeeCalculation;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.search.FeeLookup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Fee standards: the items and exemptions read from fee notices ({@code GET /api/fees}) and what a payer owes
 * for a volume, step by step ({@code GET /api/fees/calculate}). A class, area or region the notices do not have
 * is a 400 that names the ones they do.
 */
public final class FeeRoutes implements RouteGroup {
    /** Largest volume accepted; a household's monthly use is a few dozen cubic metres. */
    static final BigDecimal MAX_VOLUME = new BigDecimal("100000000");
    /** Longest free-text or name parameter accepted. */
    static final int MAX_PARAM = 200;

    private final FeeLookup lookup;

    public FeeRoutes(FeeLookup lookup) {
        this.lookup = lookup;
    }

    /** A fee item with the line a clerk reads ("工业用水 1.20 元/立方米（原 0.73）"). */
    public record FeeItemView(@JsonUnwrapped FeeItem item, String text) {
        public static FeeItemView of(FeeItem item) {
            return new FeeItemView(item, item.summary());
        }
    }

    public record FeesView(List<FeeItemView> items, List<FeeExemption> exemptions) {
    }

    public record CalculationView(BigDecimal amount, String unit, List<String> steps, FeeItemView item,
                                  FeeExemption exemption) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/fees", this::fees);
        routes.get("/api/fees/calculate", this::calculate);
    }

    void fees(Context ctx) throws IOException {
        FeeLookup.Fees found = lookup.find(param(ctx, "region"), param(ctx, "area"), param(ctx, "q"));
        ctx.json(new FeesView(found.items().stream().map(FeeItemView::of).toList(), found.exemptions()));
    }

    void calculate(Context ctx) throws IOException {
        String waterClass = param(ctx, "class");
        if (waterClass == null) {
            throw ApiException.badRequest("class: required, e.g. class=居民生活用水");
        }
        BigDecimal volume = volume(param(ctx, "volume"));
        boolean exempt = exempt(param(ctx, "exempt"));
        FeeCalculation c;
        try {
            c = lookup.calculator().calculate(param(ctx, "region"), param(ctx, "area"), waterClass, volume, exempt);
        } catch (IllegalArgumentException e) {
            // the calculator's message names the unknown value and the values that exist
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.json(new CalculationView(c.amount(), c.unit(), c.steps(), FeeItemView.of(c.item()), c.exemption()));
    }

    private static BigDecimal volume(String raw) {
        if (raw == null) {
            throw ApiException.badRequest("volume: required, a number of cubic metres ≥ 0, e.g. volume=10");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("volume: not a number: " + raw);
        }
        if (v.signum() < 0 || v.compareTo(MAX_VOLUME) > 0) {
            throw ApiException.badRequest("volume: must be between 0 and " + MAX_VOLUME.toPlainString() + ", was " + raw);
        }
        return v;
    }

    private static boolean exempt(String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ApiException.badRequest("exempt: must be true or false, was " + raw);
    }

    /** A query parameter, stripped; null when absent or blank. */
    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_PARAM) {
            throw ApiException.badRequest(name + ": at most " + MAX_PARAM + " characters");
        }
        return v.strip();
    }
}
