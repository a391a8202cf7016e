package com.gazettesearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.gazettesearch.lookup.DocumentLookup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The browser pages: clean URLs rendered from one shared layout ({@code /pages/layout.html}: head, skip link,
 * header and navigation, footer) around each page's {@code <main>} fragment. The pages' CSS and JS are static
 * files under {@code /web}, served by {@link GazetteServer}. Pages are assembled once, at start-up; nothing
 * from a request is ever inserted into them. A browser asking for a page that does not exist gets
 * {@link #notFound the 404 page}: the same layout around the not-found notice ({@code /pages/not-found.html},
 * a search box and ways back), which the reader also shows for a document that does not exist.
 */
public final class PageRoutes implements RouteGroup {

    /**
     * One page: its URL, its {@code <main>} fragment in {@code /pages}, its title and script, where the skip link
     * jumps, and whether the header carries the small search form (the search page has its own big one).
     */
    record Page(String path, String fragment, String title, String script, String skipTarget, String skipText,
                boolean headerSearch) {
    }

    static final String READER_PATH = "/doc/{id}";

    static final List<Page> PAGES = List.of(
            new Page("/", "search.html", "公报检索", "/js/search.js", "#results-region", "跳到检索结果", false),
            new Page(READER_PATH, "reader.html", "阅读 - 公报检索", "/js/reader.js", "#doc-text", "跳到正文", true),
            new Page("/fees", "fees.html", "收费标准 - 公报检索", "/js/fees.js", "#main", "跳到主要内容", true),
            new Page("/events", "events.html", "大事记 - 公报检索", "/js/events.js", "#main", "跳到主要内容", true),
            new Page("/browse", "browse.html", "浏览文件 - 公报检索", "/js/browse.js", "#main", "跳到主要内容", true));

    /** The 404 page for a browser; {@code path} is unused (it answers any unknown page). */
    static final Page NOT_FOUND = new Page(null, "not-found-page.html", "找不到页面 - 公报检索", "/js/not-found.js",
            "#main", "跳到主要内容", false);

    /** The 400 page for a browser whose address the server cannot read. */
    static final Page BAD_REQUEST = new Page(null, "bad-request-page.html", "请求有误 - 公报检索", "/js/bad-request.js",
            "#main", "跳到主要内容", false);

    /** Rendered when the class loads, at start-up like the other pages: a missing fragment is found then. */
    private static final byte[] NOT_FOUND_HTML = render(resource("layout.html"), resource("header-search.html"),
            NOT_FOUND).getBytes(StandardCharsets.UTF_8);
    private static final byte[] BAD_REQUEST_HTML = render(resource("layout.html"), resource("header-search.html"),
            BAD_REQUEST).getBytes(StandardCharsets.UTF_8);

    private final Map<String, byte[]> rendered;
    private final DocumentLookup documents;

    /** The pages; {@code documents} tells the reader's route whether the document it is asked for exists. */
    public PageRoutes(DocumentLookup documents) {
        this.documents = documents;
        String layout = resource("layout.html");
        String headerSearch = resource("header-search.html");
        Map<String, byte[]> pages = new java.util.LinkedHashMap<>();
        for (Page page : PAGES) {
            pages.put(page.path(), render(layout, headerSearch, page).getBytes(StandardCharsets.UTF_8));
        }
        this.rendered = Map.copyOf(pages);
    }

    @Override
    public void register(RoutesConfig routes) {
        for (Page page : PAGES) {
            byte[] html = rendered.get(page.path());
            if (page.path().equals(READER_PATH)) {
                routes.get(page.path(), ctx -> reader(ctx, html));
            } else {
                routes.get(page.path(), ctx -> html(ctx, html));
            }
        }
    }

    /**
     * The reader for an unknown document is still the reader page, which draws its not-found notice from the API's
     * 404, but answered with status 404 itself, so a stale link reads as one to crawlers, link checkers and caches.
     */
    private void reader(Context ctx, byte[] html) throws IOException {
        if (documents.document(ctx.pathParam("id")).isEmpty()) {
            ctx.status(404);
            GazetteServer.answered(ctx);
        }
        html(ctx, html);
    }

    /** The full HTML of one page, as served. */
    static String render(String layout, String headerSearch, Page page) {
        return layout.replace("{{title}}", page.title())
                .replace("{{script}}", page.script())
                .replace("{{skipTarget}}", page.skipTarget())
                .replace("{{skipText}}", page.skipText())
                .replace("{{headerSearch}}", page.headerSearch() ? headerSearch : "")
                .replace("{{main}}", resource(page.fragment()))
                .replace("{{notFound}}", resource("not-found.html"));
    }

    /**
     * Whether a request that found nothing should get the 404 page rather than the JSON error: a browser
     * (it accepts text/html) getting a page (GET or HEAD) outside the API.
     */
    static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        String path = ctx.path();
        return (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD)
                && !path.equals("/api") && !path.startsWith("/api/")
                && accept != null && accept.contains("text/html");
    }

    /** Answers 404 with the site's not-found page. */
    static void notFound(Context ctx) {
        ctx.status(404);
        html(ctx, NOT_FOUND_HTML);
    }

    /** Answers 400 with the site's bad-request page. */
    static void badRequest(Context ctx) {
        ctx.status(400);
        html(ctx, BAD_REQUEST_HTML);
    }

    private static void html(Context ctx, byte[] html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    static String resource(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                // A page missing from the build is a packaging fault, found at start-up, not per request.
                throw new IllegalStateException("pages/" + name + " is not in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pages/" + name, e);
        }
    }
}
