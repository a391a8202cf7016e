package com.gazettesearch.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gazettesearch.lookup.BadRequestException;

import io.javalin.http.Context;

/**
 * The parameters of one request, parsed and validated in this one place: every route reads its query parameters
 * (and the {@code id} of its path) through it, so a mistake gets the same {@link BadRequestException} on every
 * route, with a message that names the parameter and what it must be. A parameter that takes one value is a 400
 * when given twice, never silently the first; absent and blank are the same.
 */
final class Params {
    /** Longest free text or filter value (q, dept, a facet value …). */
    static final int MAX_TEXT = 500;
    /** Longest region, area or use-class name on the fee and department routes. */
    static final int MAX_NAME = 200;
    /** Longest text a suggestion completes. */
    static final int MAX_PREFIX = 100;
    /** Most distinct values a repeatable parameter may list. */
    static final int MAX_VALUES = 50;
    /** Longest id in a path; real ids are far shorter, so anything longer is malformed input. */
    static final int MAX_ID = 200;

    private static final int ECHOED_CHARS = 40;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** A route handler that reads its query parameters through {@link Params}. */
    @FunctionalInterface
    interface Handler {
        void handle(Context ctx, Params params) throws Exception;
    }

    /** {@code handler} as a Javalin handler: the one place the query parameters of a request are read. */
    static io.javalin.http.Handler reading(Handler handler) {
        return ctx -> handler.handle(ctx, new Params(ctx.queryParamMap()));
    }

    /** Parameters given as a map from each name to its values (tests, and anything that is not HTTP). */
    static Params of(Map<String, List<String>> values) {
        return new Params(Map.copyOf(values));
    }

    /** The {@code id} path parameter: 1 to {@value #MAX_ID} printable characters. */
    static String pathId(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw bad("id: must be 1.." + MAX_ID + " printable characters");
        }
        return id;
    }

    /** The parameter's only value, as given; null when absent. */
    String single(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw bad(name + ": must be given once, was given " + given.size() + " times");
        }
        return given.isEmpty() ? null : given.get(0);
    }

    /** A text of at most {@code maxChars} characters, stripped; null when absent or blank. */
    String text(String name, int maxChars) {
        String v = single(name);
        return v == null || v.isBlank() ? null : withinLength(name, v.strip(), maxChars);
    }

    /** As {@link #text}, but absent or blank is a 400 that says what to give ({@code hint}). */
    String required(String name, int maxChars, String hint) {
        String v = text(name, maxChars);
        if (v == null) {
            throw bad(name + ": required, " + hint);
        }
        return v;
    }

    /**
     * Every value of a repeatable parameter (a filter: any of them), stripped, blanks and repeats dropped; at most
     * {@value #MAX_VALUES} of at most {@code maxChars} characters each.
     */
    List<String> values(String name, int maxChars) {
        List<String> out = values.getOrDefault(name, List.of()).stream()
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (out.size() > MAX_VALUES) {
            throw bad(name + ": at most " + MAX_VALUES + " values, was given " + out.size());
        }
        out.forEach(v -> withinLength(name, v, maxChars));
        return out;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent or blank. */
    int integer(String name, int fallback, int min, int max) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            n = Long.MIN_VALUE;
        }
        if (n < min || n > max) {
            throw bad(name + ": must be a number from " + min + " to " + max + ", was " + echo(v.strip()));
        }
        return (int) n;
    }

    /** A date YYYY-MM-DD; null when absent or blank. */
    LocalDate date(String name) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw bad(name + ": must be a date YYYY-MM-DD, was " + echo(v.strip()));
        }
    }

    /** A period given as two dates, either of which may be absent (null); the first must not be after the second. */
    record DateRange(LocalDate from, LocalDate to) {
    }

    DateRange dateRange(String fromName, String toName) {
        LocalDate from = date(fromName);
        LocalDate to = date(toName);
        if (from != null && to != null && from.isAfter(to)) {
            throw bad(fromName + ": must not be after " + toName + ", was " + fromName + "=" + from + " " + toName + "="
                    + to);
        }
        return new DateRange(from, to);
    }

    /** One of two fixed words, whatever its case ({@code sort=date}, {@code exempt=true}); null when absent or blank. */
    String either(String name, String first, String second) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        String word = v.strip().toLowerCase(Locale.ROOT);
        if (!word.equals(first) && !word.equals(second)) {
            throw bad(name + ": must be " + first + " or " + second + ", was " + echo(v.strip()));
        }
        return word;
    }

    /** {@code value} must be one of {@code known} (values the index has, such as build types). */
    static void requireKnown(String name, String value, java.util.Collection<String> known) {
        if (value != null && !known.contains(value)) {
            throw bad(name + ": must be one of " + String.join(", ", known) + ", was " + echo(value));
        }
    }

    /** A 400 with code {@code bad_request}. */
    static BadRequestException bad(String message) {
        return new BadRequestException("bad_request", message);
    }

    private static String withinLength(String name, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw new BadRequestException("query_too_long",
                    name + ": must be at most " + maxChars + " characters, was " + value.length());
        }
        return value;
    }

    /** A bad value as the message repeats it: a pasted page is cut. */
    private static String echo(String raw) {
        return raw.length() > ECHOED_CHARS ? raw.substring(0, ECHOED_CHARS) + "…" : raw;
    }
}
