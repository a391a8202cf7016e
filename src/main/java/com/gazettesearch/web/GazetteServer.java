package com.gazettesearch.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gazettesearch.config.AppConfig;
import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.lookup.DepartmentTaskLookup;
import com.gazettesearch.lookup.DocumentLookup;
import com.gazettesearch.lookup.EventLookup;
import com.gazettesearch.lookup.FeeLookup;
import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.lookup.TableLookup;
import com.gazettesearch.search.SearchService;
import com.gazettesearch.search.Suggester;
import com.gazettesearch.search.query.Synonyms;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;

/**
 * The HTTP server: JSON API and browser pages over the committed index. It only reads, through
 * {@link Searchers}, and refreshes them on a schedule so a re-index shows up without a restart.
 *
 * <p>Errors are JSON {@code {"error":{"code":…,"message":…}}}, mapped here once: a {@link BadRequestException}
 * (a parameter that {@link Params} refused, a query too complex to run, a fee class the notices do not have) is
 * 400 with its code, a {@link NotFoundException} or an unknown route is 404 {@code not_found} (a browser asking for
 * a page outside {@code /api} gets the site's 404 page instead), Jetty's own refusals keep their status, and
 * anything else is a real fault:
 * 500 {@code internal}, logged with the request's method and path. Every response carries a strict
 * Content-Security-Policy (no inline script) and {@code X-Content-Type-Options: nosniff}.
 */
public final class GazetteServer {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteServer.class);

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff");

    static final String JSON = "application/json";
    static final String JSON_UTF8 = "application/json; charset=utf-8";
    /** Name prefix of the server's request threads. */
    public static final String THREAD_NAME = "gazette-http";

    /** Request attribute set once an error body is written. */
    private static final String ERROR_WRITTEN = "gazette.errorWritten";

    private final AppConfig config;
    private final Searchers searchers;
    private final List<RouteGroup> routeGroups;
    private Javalin app;
    private ScheduledExecutorService refresher;

    /**
     * @param routeGroups every route group to serve; see {@link #standard} for the application's set
     */
    public GazetteServer(AppConfig config, Searchers searchers, List<RouteGroup> routeGroups) {
        this.config = config;
        this.searchers = searchers;
        this.routeGroups = List.copyOf(routeGroups);
    }

    /** The application's server: every route group it serves is listed in {@link #standardGroups}. */
    public static GazetteServer standard(AppConfig config, Searchers searchers) throws IOException {
        return new GazetteServer(config, searchers, standardGroups(config, searchers));
    }

    /** Every route group the application serves, one line each (the OpenAPI test reads the routes from these). */
    public static List<RouteGroup> standardGroups(AppConfig config, Searchers searchers) throws IOException {
        Suggester suggester = new Suggester(searchers);
        DocumentLookup documents = new DocumentLookup(searchers);
        return List.of(
                new DocumentRoutes(documents),
                new SearchRoutes(SearchService.standard(searchers, Synonyms.load(config.synonymsFile()))
                        .withTimeLimit(Duration.ofMillis(config.limits().searchMillis())), suggester),
                new FeeRoutes(new FeeLookup(searchers)),
                new DepartmentRoutes(new DepartmentTaskLookup(searchers)),
                new EventRoutes(new EventLookup(searchers)),
                new TableRoutes(new TableLookup(searchers)),
                new PageRoutes(documents));
    }

    /**
     * The per-reader state the standard route groups need (search and suggestions): open the index with it,
     * {@code Searchers.open(indexDir, GazetteServer.READER_STATE)}.
     */
    public static final List<PerReader<?>> READER_STATE = Stream.of(SearchService.READER_STATE,
            Suggester.READER_STATE).flatMap(List::stream).toList();

    /** The JSON mapping of every response: Java records as objects, dates as ISO strings (2024-05-01). */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Starts listening on the configured port (0 picks a free one) and returns the actual port. */
    public synchronized int start() {
        if (app != null) {
            throw new IllegalStateException("server already started");
        }
        app = Javalin.create(this::configure);
        app.start(config.port());
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refresh, config.refreshSeconds(), config.refreshSeconds(),
                TimeUnit.SECONDS);
        return app.port();
    }

    /** Stops the server and the refresh schedule; the searchers stay open (the caller owns them). */
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void refresh() {
        try {
            searchers.refresh();
        } catch (IOException | RuntimeException e) {
            // Keep serving the current view; the next scheduled refresh tries again.
            LOG.warn("index refresh failed, still serving the previous view", e);
        }
    }

    private void configure(JavalinConfig c) {
        c.jsonMapper(new JavalinJackson(objectMapper(), false));
        c.startup.showJavalinBanner = false;
        c.jetty.host = config.host();
        // Bounded work: a fixed pool of threads, and API requests past the limits refused at once (LoadShedding).
        QueuedThreadPool threads = new QueuedThreadPool(config.limits().maxThreads(), Math.min(8, config.limits().maxThreads()));
        threads.setName(THREAD_NAME);
        c.jetty.threadPool = threads;
        c.jetty.modifyServer(server -> {
            // Requests Jetty refuses before routing (bad URI, bad UTF-8, URI too long) get the JSON error body too.
            server.setErrorHandler(new JsonErrorHandler(SECURITY_HEADERS));
            server.insertHandler(new LoadShedding(config.limits(), SECURITY_HEADERS));
        });
        c.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = SECURITY_HEADERS;
        });
        c.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        // Once for every route: a path or parameter that does not decode is a 400, never silently dropped.
        c.routes.before(new StrictUrlDecoding());
        for (RouteGroup group : routeGroups) {
            group.register(c.routes);
        }
        headRunsTheGetHandler(c);
        c.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e));
        c.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
        // Javalin's own 404 ("Endpoint GET /x not found") says what the README and the 404 handler below say.
        c.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                notFound(ctx, noRoute(ctx));
            } else {
                error(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage());
            }
        });
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "internal error");
        });
        // No route and no static file: a browser asking for a page gets the site's 404 page, anything else (every
        // /api path) the JSON error.
        c.routes.error(404, ctx -> {
            // Javalin runs status handlers after exception handlers too: keep an error body already written.
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                notFound(ctx, noRoute(ctx));
            }
        });
        // Javalin's ctx.json() sends a bare application/json; say the charset, as the README promises.
        c.routes.after(ctx -> {
            if (JSON.equals(ctx.res().getContentType())) {
                ctx.contentType(JSON_UTF8);
            }
        });
    }

    /**
     * Javalin answers HEAD on a GET route with an empty 200 without running the handler, so HEAD would claim an
     * unknown id exists. Each GET route without a HEAD route of its own gets its GET handler for HEAD; Jetty sends
     * no body for HEAD.
     */
    private static void headRunsTheGetHandler(JavalinConfig c) {
        List<ParsedEndpoint> routes = List.copyOf(c.unsafe.internalRouter.allHttpHandlers());
        Set<String> ownHead = routes.stream().filter(r -> r.endpoint.method == HandlerType.HEAD)
                .map(r -> r.endpoint.path).collect(Collectors.toSet());
        for (ParsedEndpoint route : routes) {
            if (route.endpoint.method == HandlerType.GET && !ownHead.contains(route.endpoint.path)) {
                c.routes.head(route.endpoint.path, route.endpoint.handler);
            }
        }
    }

    /** Marks the error status a handler set as answered by its own body, which the status handlers then keep. */
    static void answered(Context ctx) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    }

    private static String noRoute(Context ctx) {
        return "no route for " + ctx.method() + " " + ctx.path();
    }

    /** Nothing at this path: the 404 page for a browser asking for a page, the JSON error for anything else. */
    private static void notFound(Context ctx, String message) {
        if (PageRoutes.wantsPage(ctx)) {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
            PageRoutes.notFound(ctx);
        } else {
            error(ctx, 404, "not_found", message);
        }
    }

    /** A request the server cannot read: a browser asking for a page gets the 400 page, anything else the JSON error. */
    private static void badRequest(Context ctx, BadRequestException e) {
        if (PageRoutes.wantsPage(ctx)) {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
            PageRoutes.badRequest(ctx);
        } else {
            error(ctx, 400, e.code(), e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        SECURITY_HEADERS.forEach(ctx::header);
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status).json(ApiError.of(code, message));
    }
}
