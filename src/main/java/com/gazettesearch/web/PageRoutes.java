package com.gazettesearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The browser pages: clean URLs rendered from one shared layout ({@code /pages/layout.html}: head, skip link,
 * header and navigation, footer) around each page's {@code <main>} fragment. The pages' CSS and JS are static
 * files under {@code /web}, served by {@link GazetteServer}. Pages are assembled once, at start-up; nothing
 * from a request is ever inserted into them.
 */
public final class PageRoutes implements RouteGroup {

    /**
     * One page: its URL, its {@code <main>} fragment in {@code /pages}, its title and script, where the skip link
     * jumps, and whether the header carries the small search form (the search page has its own big one).
     */
    record Page(String path, String fragment, String title, String script, String skipTarget, String skipText,
                boolean headerSearch) {
    }

    static final List<Page> PAGES = List.of(
            new Page("/", "search.html", "公报检索", "/js/search.js", "#results-region", "跳到检索结果", false),
            new Page("/doc/{id}", "reader.html", "阅读 - 公报检索", "/js/reader.js", "#doc-text", "跳到正文", true),
            new Page("/fees", "fees.html", "收费标准 - 公报检索", "/js/fees.js", "#main", "跳到主要内容", true),
            new Page("/events", "events.html", "大事记 - 公报检索", "/js/events.js", "#main", "跳到主要内容", true),
            new Page("/browse", "browse.html", "浏览文件 - 公报检索", "/js/browse.js", "#main", "跳到主要内容", true));

    private final Map<String, byte[]> rendered;

    public PageRoutes() {
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
            routes.get(page.path(), ctx -> html(ctx, html));
        }
    }

    /** The full HTML of one page, as served. */
    static String render(String layout, String headerSearch, Page page) {
        return layout.replace("{{title}}", page.title())
                .replace("{{script}}", page.script())
                .replace("{{skipTarget}}", page.skipTarget())
                .replace("{{skipText}}", page.skipText())
                .replace("{{headerSearch}}", page.headerSearch() ? headerSearch : "")
                .replace("{{main}}", resource(page.fragment()));
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
