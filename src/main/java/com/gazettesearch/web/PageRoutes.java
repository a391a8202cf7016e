package com.gazettesearch.web;

import java.io.IOException;
import java.io.InputStream;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The browser pages: clean URLs mapped to HTML files of the classpath folder {@code /web} (their CSS and
 * JS are served as static files by {@link GazetteServer}).
 */
public final class PageRoutes implements RouteGroup {

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> page(ctx, "index.html"));
        routes.get("/doc/{id}", ctx -> page(ctx, "reader.html"));
        routes.get("/fees", ctx -> page(ctx, "fees.html"));
        routes.get("/events", ctx -> page(ctx, "events.html"));
        routes.get("/browse", ctx -> page(ctx, "browse.html"));
    }

    void page(Context ctx, String file) throws IOException {
        try (InputStream in = PageRoutes.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw ApiException.notFound("no page " + ctx.path() + " (web/" + file + " is not in this build)");
            }
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }
}
