package com.gazettesearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.Suggester;

import io.javalin.http.Context;
import io.javalin.config.RoutesConfig;

/**
 * HTTP handlers for search: {@code GET /api/search}, {@code GET /api/suggest} and
 * {@code GET /api/openapi.json} (the OpenAPI description of every route, from
 * {@code src/main/resources/openapi.json}, kept true by a test). Bad parameters are
 * {@link ApiException}s: 400 with {@code {"error":{"code":…,"message":…}}} naming the parameter.
 */
public final class SearchRoutes implements RouteGroup {
    public static final String OPENAPI_RESOURCE = "openapi.json";
    static final int DEFAULT_SUGGESTIONS = 8;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_SUGGEST_CHARS = 100;

    private final SearchService search;
    private final Suggester suggester;
    private final byte[] openApi;

    public SearchRoutes(SearchService search, Suggester suggester) {
        this.search = search;
        this.suggester = suggester;
        this.openApi = loadOpenApi();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/suggest", this::suggest);
        routes.get("/api/openapi.json", this::openApi);
    }

    void search(Context ctx) throws IOException {
        try {
            ctx.json(search.search(SearchRequest.fromParams(ctx.queryParamMap())));
        } catch (BadRequestException e) {
            // Validation, or a query too complex to run: the user's to fix.
            throw new ApiException(400, e.code(), e.getMessage());
        }
    }

    void suggest(Context ctx) throws IOException {
        List<String> qs = ctx.queryParams("q");
        if (qs.size() != 1 || qs.get(0).isBlank()) {
            throw ApiException.badRequest("q: is required once, the text to complete");
        }
        String q = qs.get(0).strip();
        if (q.length() > MAX_SUGGEST_CHARS) {
            throw new ApiException(400, "query_too_long",
                    "q: must be at most " + MAX_SUGGEST_CHARS + " characters, was " + q.length());
        }
        int limit = DEFAULT_SUGGESTIONS;
        String rawLimit = Params.single(ctx, "limit");
        if (rawLimit != null && !rawLimit.isBlank()) {
            try {
                limit = Integer.parseInt(rawLimit.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_SUGGESTIONS) {
                throw ApiException.badRequest("limit: must be a number from 1 to " + MAX_SUGGESTIONS + ", was " + rawLimit);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("suggestions", suggester.suggest(q, limit));
        ctx.json(body);
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = SearchRoutes.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing from the classpath: " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + OPENAPI_RESOURCE, e);
        }
    }
}
