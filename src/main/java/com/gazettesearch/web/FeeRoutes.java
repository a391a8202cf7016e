package com.gazettesearch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.gazettesearch.lookup.FeeLookup;
import com.gazettesearch.records.fee.FeeCalculation;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeItem;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Fee standards: the items and exemptions read from fee notices ({@code GET /api/fees}) and what a payer owes
 * for a volume, step by step ({@code GET /api/fees/calculate}). A class, area or region the notices do not have
 * is a 400 that names the ones they do.
 */
public final class FeeRoutes implements RouteGroup {
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
        routes.get("/api/fees", Params.reading(this::fees));
        routes.get("/api/fees/calculate", Params.reading(this::calculate));
    }

    void fees(Context ctx, Params p) throws IOException {
        FeeLookup.Fees found = lookup.find(p.text("region", Params.MAX_NAME), p.text("area", Params.MAX_NAME),
                p.text("q", Params.MAX_NAME));
        ctx.json(new FeesView(found.items().stream().map(FeeItemView::of).toList(), found.exemptions()));
    }

    void calculate(Context ctx, Params p) throws IOException {
        FeeCalculationRequest r = FeeCalculationRequest.of(p);
        FeeCalculation c = lookup.calculate(r.region(), r.area(), r.charge(), r.waterClass(), r.volume(), r.exempt());
        ctx.json(new CalculationView(c.amount(), c.unit(), c.steps(), FeeItemView.of(c.item()),
                c.tiers().stream().map(FeeItemView::of).toList(), c.exemption()));
    }
}
