package com.gazettesearch.web;

import java.io.IOException;

import com.gazettesearch.lookup.DepartmentTaskLookup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Responsible departments with their task counts: {@code GET /api/departments?region=} →
 * {@code [{"name","region","lead","participating"}]}, most tasks first.
 */
public final class DepartmentRoutes implements RouteGroup {
    private final DepartmentTaskLookup lookup;

    public DepartmentRoutes(DepartmentTaskLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/departments", Params.reading(this::departments));
    }

    void departments(Context ctx, Params p) throws IOException {
        ctx.json(lookup.counts(p.text("region", Params.MAX_NAME)));
    }
}
