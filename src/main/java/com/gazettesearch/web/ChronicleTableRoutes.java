package com.gazettesearch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
public final class ChronicleTableRoutes implements RouteGroup {
    static final int MAX_QUERY_LENGTH = 500;
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    private final EventLookup events;
    private final TableLookup tables;

    public ChronicleTableRoutes(EventLookup events, TableLookup tables) {
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
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from: must not be after to, was from=" + from + " to=" + to);
        }
        int page = positive(ctx, "page", 1, Integer.MAX_VALUE);
        int size = positive(ctx, "size", DEFAULT_SIZE, MAX_SIZE);
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE - size) {
            throw ApiException.badRequest("page: page × size must stay below " + Integer.MAX_VALUE + ", was page=" + page);
        }
        List<String> regions = ctx.queryParams("region").stream().filter(r -> !r.isBlank()).map(String::strip).toList();
        for (String region : regions) {
            checkLength("region", region);
        }
        EventLookup.EventPage found = events.find(new EventQuery(from, to, text(ctx, "q"), regions, (int) offset, size));
        ctx.json(new EventsResponse(found.total(), found.events()));
    }

    void projects(Context ctx) throws IOException {
        String sortParam = text(ctx, "sort");
        ProjectSort sort;
        if (sortParam == null || sortParam.equals("table")) {
            sort = ProjectSort.TABLE;
        } else if (sortParam.equals("investment")) {
            sort = ProjectSort.INVESTMENT;
        } else {
            throw ApiException.badRequest("sort: must be table or investment, was " + sortParam);
        }
        String type = text(ctx, "type");
        TableLookup.ProjectResult found = tables.projects(new ProjectQuery(text(ctx, "q"), text(ctx, "dept"), type, sort));
        if (type != null && !found.buildTypes().contains(type)) {
            throw ApiException.badRequest("type: must be one of " + String.join(", ", found.buildTypes()) + ", was " + type);
        }
        ctx.json(new ProjectsResponse(found.total(), found.totalInvestment(), found.projects()));
    }

    void indicators(Context ctx) throws IOException {
        String status = text(ctx, "status");
        TableLookup.IndicatorResult found = tables.indicators(status);
        if (status != null && !found.statuses().contains(status)) {
            throw ApiException.badRequest("status: must be one of " + String.join(", ", found.statuses()) + ", was " + status);
        }
        ctx.json(new IndicatorsResponse(found.indicators().size(), found.indicators()));
    }

    /** A text parameter, stripped; null when absent or blank. */
    private static String text(Context ctx, String name) {
        String v = Params.single(ctx, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        checkLength(name, v);
        return v.strip();
    }

    /** Over-long text is the same error as on /api/search (code query_too_long). */
    private static void checkLength(String name, String value) {
        if (value.length() > MAX_QUERY_LENGTH) {
            throw new ApiException(400, "query_too_long",
                    name + ": must be at most " + MAX_QUERY_LENGTH + " characters, was " + value.length());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": must be a date YYYY-MM-DD, was " + v);
        }
    }

    private static int positive(Context ctx, String name, int fallback, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > max) {
            throw ApiException.badRequest(name + ": must be a number from 1 to " + max + ", was " + v);
        }
        return n;
    }
}
