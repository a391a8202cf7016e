package com.gazettesearch.web;

import java.util.List;

import io.javalin.http.Context;

/** Query parameters that take one value: given twice is a 400 (as on /api/search), never silently the first. */
final class Params {
    private Params() {
    }

    /** The parameter's only value, unstripped; null when absent. */
    static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw ApiException.badRequest(name + ": must be given once, was given " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
