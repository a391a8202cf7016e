package com.gazettesearch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.gazettesearch.lookup.TableLookup;
import com.gazettesearch.lookup.TableLookup.ProjectQuery;
import com.gazettesearch.lookup.TableLookup.ProjectSort;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.records.table.ProjectRow;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * A plan's tables as answers: its key projects ({@code /api/projects}, filtered by text, department and build
 * type, in table order or by investment) and its indicators ({@code /api/indicators}, by 达标情况).
 */
public final class TableRoutes implements RouteGroup {
    private final TableLookup tables;

    public TableRoutes(TableLookup tables) {
        this.tables = tables;
    }

    public record ProjectsResponse(int total, BigDecimal totalInvestment, List<ProjectRow> projects) {
    }

    public record IndicatorsResponse(int total, List<IndicatorRow> indicators) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/projects", Params.reading(this::projects));
        routes.get("/api/indicators", Params.reading(this::indicators));
    }

    void projects(Context ctx, Params p) throws IOException {
        String sort = p.either("sort", "table", "investment");
        String type = p.text("type", Params.MAX_TEXT);
        TableLookup.ProjectResult found = tables.projects(new ProjectQuery(p.text("q", Params.MAX_TEXT),
                p.text("dept", Params.MAX_TEXT), type, "investment".equals(sort) ? ProjectSort.INVESTMENT : ProjectSort.TABLE));
        Params.requireKnown("type", type, found.buildTypes());
        ctx.json(new ProjectsResponse(found.total(), found.totalInvestment(), found.projects()));
    }

    void indicators(Context ctx, Params p) throws IOException {
        String status = p.text("status", Params.MAX_TEXT);
        TableLookup.IndicatorResult found = tables.indicators(status);
        Params.requireKnown("status", status, found.statuses());
        ctx.json(new IndicatorsResponse(found.indicators().size(), found.indicators()));
    }
}
