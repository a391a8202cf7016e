package com.gazettesearch.web;

import java.io.IOException;
import java.util.List;

import com.gazettesearch.lookup.EventLookup;
import com.gazettesearch.lookup.EventLookup.EventHit;
import com.gazettesearch.lookup.EventLookup.EventQuery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Chronicle events as answers: {@code GET /api/events?from=&to=&q=&region=&page=&size=} →
 * {@code {"total","events":[…]}} in date order, then chronicle order.
 */
public final class EventRoutes implements RouteGroup {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    private final EventLookup events;

    public EventRoutes(EventLookup events) {
        this.events = events;
    }

    public record EventsResponse(int total, List<EventHit> events) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/events", Params.reading(this::events));
    }

    void events(Context ctx, Params p) throws IOException {
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
}
