package com.gazettesearch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.gazettesearch.lookup.EventLookup.EventHit;
import com.gazettesearch.lookup.EventLookup.EventQuery;
import com.gazettesearch.lookup.EventLookup;
import com.gazettesearch.lookup.TableLookup.ProjectQuery;
import com.gazettesearch.lookup.TableLookup.ProjectSort;
import com.gazettesearch.lookup.TableLookup;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.records.table.ProjectRow;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Structured records as answers: chronicle events ({@code /api/events}), a plan's key projects
 * ({@code /api/projects}) and its indicators ({@code /api/indicators}).
 */
public final class TableRoutes implements RouteGroup {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    private final EventLookup events;
    private final TableLookup tables;

    public TableRoutes(EventLookup events, TableLookup tables) {
        this.events = events;
        this.tables = tables;
    }

    public record EventsResponse(int total, List<EventHit> events) {
    }

    public record ProjectsResponse(int total, BigDecimal totalInvestment, List<ProjectRow> projects) {
    }

    public record IndicatorsResponse(int total, List<IndicatorRow> indicators) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/events", this::events);
        routes.get("/api/projects", this::projects);
        routes.get("/api/indicators", this::indicators);
    }

    void events(Context ctx) throws IOException {
        Params p = Params.of(ctx);
        Params.DateRange dates = p.dateRange("from", "to");
        int page = p.integer("page", 1, 1, Integer.MAX_VALUE);
        int size = p.integer("size", DEFAULT_SIZE, 1, MAX_SIZE);
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE - size) {
            throw Params.bad("page: page × size must stay below " + Integer.MAX_VALUE + ", was page=" + page);
        }
        EventLookup.EventPage found = events.find(new EventQuery(dates.from(), dates.to(), p.text("q", Params.MAX_TEXT),
                p.values("region", Params.MAX_TEXT), (int) offset, size));
        ctx.json(new EventsResponse(found.total(), found.events()));
    }

    void projects(Context ctx) throws IOException {
        Params p = Params.of(ctx);
        String sort = p.either("sort", "table", "investment");
        String type = p.text("type", Params.MAX_TEXT);
        TableLookup.ProjectResult found = tables.projects(new ProjectQuery(p.text("q", Params.MAX_TEXT),
                p.text("dept", Params.MAX_TEXT), type, "investment".equals(sort) ? ProjectSort.INVESTMENT : ProjectSort.TABLE));
        Params.requireKnown("type", type, found.buildTypes());
        ctx.json(new ProjectsResponse(found.total(), found.totalInvestment(), found.projects()));
    }

    void indicators(Context ctx) throws IOException {
        String status = Params.of(ctx).text("status", Params.MAX_TEXT);
        TableLookup.IndicatorResult found = tables.indicators(status);
        Params.requireKnown("status", status, found.statuses());
        ctx.json(new IndicatorsResponse(found.indicators().size(), found.indicators()));
    }
}
