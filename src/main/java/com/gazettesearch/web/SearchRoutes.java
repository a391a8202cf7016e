package com.gazettesearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.Suggester;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * HTTP handlers for search: {@code GET /api/search}, {@code GET /api/suggest} and
 * {@code GET /api/openapi.json} (the OpenAPI description of every route, from
 * {@code src/main/resources/openapi.json}, kept true by a test). Parameters are read through {@link Params}.
 */
public final class SearchRoutes implements RouteGroup {
    public static final String OPENAPI_RESOURCE = "openapi.json";
    static final int DEFAULT_SUGGESTIONS = 8;
    static final int MAX_SUGGESTIONS = 20;

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
        routes.get("/api/search", Params.reading(this::search));
        routes.get("/api/suggest", Params.reading(this::suggest));
        routes.get("/api/openapi.json", this::openApi);
    }

    void search(Context ctx, Params p) throws IOException {
        ctx.json(search.search(searchRequest(p), waitedForTurn(ctx)));
    }

    /**
     * How long the request waited between the end of its headers and its handling (its turn in
     * {@link LoadShedding}'s queue, mostly; a client slow to send its request is not counted): a search's time limit
     * is what is left after it, so the slowest answers under load stay bounded. Jetty stamps the time per request,
     * so an idle keep-alive connection adds nothing.
     */
    static Duration waitedForTurn(Context ctx) {
        long now = System.nanoTime();
        long headers = ServletContextRequest.getServletContextRequest(ctx.req()).getHeadersNanoTime();
        return Duration.ofNanos(Math.max(0, now - headers));
    }

    /** The search the given parameters ask for, validated exactly as on {@code /api/search} (the CLI's search). */
    public static SearchRequest searchRequest(Map<String, List<String>> params) {
        return searchRequest(Params.of(params));
    }

    /**
     * The search a request asks for: query text, page and size (pages stop at hit {@value SearchRequest#MAX_WINDOW},
     * so a huge page number never turns into a huge allocation), sort, facet filters (repeat for any of them), the
     * status filter and a date range. Unknown parameters are ignored, as web APIs usually do.
     */
    static SearchRequest searchRequest(Params p) {
        String q = p.text("q", Params.MAX_TEXT);
        int size = p.integer("size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
        int page = p.integer("page", 1, 1, SearchRequest.MAX_WINDOW / size);
        String sort = p.either("sort", "relevance", "date");
        String group = p.either("group", "document", "none");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMS) {
            List<String> values = p.values(dim, Params.MAX_TEXT);
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        List<String> statuses = p.values(Schema.STATUS, Params.MAX_TEXT);
        for (String status : statuses) {
            try {
                ValidityStatus.fromLabel(status);
            } catch (IllegalArgumentException e) {
                throw Params.bad("status: " + e.getMessage().replace("unknown status", "unknown value"));
            }
        }
        if (!statuses.isEmpty()) {
            filters.put(Schema.STATUS, statuses);
        }
        Params.DateRange dates = p.dateRange("from", "to");
        return new SearchRequest(q, page, size,
                sort == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT)),
                filters, dates.from(), dates.to(),
                group == null ? SearchRequest.Group.DOCUMENT : SearchRequest.Group.valueOf(group.toUpperCase(Locale.ROOT)));
    }

    void suggest(Context ctx, Params p) throws IOException {
        String q = p.required("q", Params.MAX_PREFIX, "the text to complete");
        int limit = p.integer("limit", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS);
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
