package com.gazettesearch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.gazettesearch.records.fee.FeeCalculation;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.search.BadRequestException;
import com.gazettesearch.search.FeeCalculationRequest;
import com.gazettesearch.search.FeeLookup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Fee standards: the items and exemptions read from fee notices ({@code GET /api/fees}) and what a payer owes
 * for a volume, step by step ({@code GET /api/fees/calculate}). A class, area or region the notices do not have
 * is a 400 that names the ones they do.
 */
public final class FeeRoutes implements RouteGroup {
    /** Longest free-text or name parameter accepted. */
    static final int MAX_PARAM = FeeCalculationRequest.MAX_PARAM;

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
                                  List<FeeItemView> tiers, FeeExemption exemption) {
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
        FeeCalculation c;
        try {
            FeeCalculationRequest r = FeeCalculationRequest.fromParams(ctx.queryParamMap());
            c = lookup.calculator().calculate(r.region(), r.area(), r.charge(), r.waterClass(), r.volume(), r.exempt());
        } catch (BadRequestException e) {
            throw new ApiException(400, e.code(), e.getMessage());
        } catch (IllegalArgumentException e) {
            // the calculator's message names the unknown value and the values that exist
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.json(new CalculationView(c.amount(), c.unit(), c.steps(), FeeItemView.of(c.item()),
                c.tiers().stream().map(FeeItemView::of).toList(), c.exemption()));
    }

    /** A query parameter, stripped; null when absent or blank. */
    private static String param(Context ctx, String name) {
        String v = Params.single(ctx, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_PARAM) {
            throw ApiException.badRequest(name + ": at most " + MAX_PARAM + " characters");
        }
        return v.strip();
    }
}
