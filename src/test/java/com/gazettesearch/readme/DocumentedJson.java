package com.gazettesearch.readme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON response as the README documents it, and whether a real response fits it. The notation is JSON with
 * {@code …} for what is left out, so the README stays readable:
 * <ul>
 *   <li>{@code …} as an object member means "and other members"; without it an object must have exactly the
 *   members shown. A member written as a bare key ({@code {"id","path":[…]}}) must be there, with any value.</li>
 *   <li>{@code …} as an array element stands for any number of elements there ({@code [{…}, …]}: a first
 *   element like this, then any); without it an array must have exactly the elements shown.</li>
 *   <li>{@code …} inside a string stands for any text ({@code "关于调整…的通知"}).</li>
 *   <li>{@code …} as a value matches any value.</li>
 *   <li>A number matches to the decimals it shows ({@code 81.06} matches 81.0576; {@code 3.40} matches 3.4).</li>
 *   <li>Timings ({@link #TIMINGS}) match any number: they differ on every run.</li>
 * </ul>
 * Text after the JSON value (an explanation in brackets) is not part of it.
 */
final class DocumentedJson {
    static final String ELLIPSIS = "…";
    static final Set<String> TIMINGS = Set.of("tookMs");

    /** A documented value: one of the shapes below. */
    sealed interface Pattern permits Anything, ObjectPattern, ArrayPattern, Text, Number, Literal {
    }

    /** {@code …} in place of a value (or of array elements). */
    record Anything() implements Pattern {
    }

    /** Members in order; {@code null} value = bare key. {@code open} when a {@code …} member was written. */
    record ObjectPattern(Map<String, Pattern> members, boolean open) implements Pattern {
    }

    /** Elements in order, {@link Anything} where {@code …} was written. */
    record ArrayPattern(List<Pattern> elements) implements Pattern {
    }

    record Text(String value) implements Pattern {
    }

    record Number(BigDecimal value) implements Pattern {
    }

    /** true, false or null. */
    record Literal(String token) implements Pattern {
    }

    /** The parsed value and the characters of the documented text it took. */
    record Parsed(Pattern pattern, int end) {
    }

    private final String text;
    private int pos;

    private DocumentedJson(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    /** Parses the JSON value at {@code start} of {@code text}; what follows it is left alone. */
    static Parsed parse(String text, int start) {
        DocumentedJson parser = new DocumentedJson(text, start);
        Pattern pattern = parser.value();
        return new Parsed(pattern, parser.pos);
    }

    private Pattern value() {
        skipSpace();
        if (text.startsWith(ELLIPSIS, pos)) {
            pos += ELLIPSIS.length();
            return new Anything();
        }
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new Text(string());
            case 't', 'f', 'n' -> literal();
            default -> {
                if (c == '-' || Character.isDigit(c)) {
                    yield number();
                }
                throw error("a JSON value");
            }
        };
    }

    private Pattern object() {
        expect('{');
        Map<String, Pattern> members = new LinkedHashMap<>();
        boolean open = false;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return new ObjectPattern(members, false);
        }
        while (true) {
            skipSpace();
            if (text.startsWith(ELLIPSIS, pos)) {
                pos += ELLIPSIS.length();
                open = true;
            } else {
                String key = string();
                skipSpace();
                Pattern value = null;
                if (peek() == ':') {
                    pos++;
                    value = value();
                }
                members.put(key, value);
            }
            skipSpace();
            char c = next();
            if (c == '}') {
                return new ObjectPattern(members, open);
            }
            if (c != ',') {
                pos--;
                throw error("',' or '}'");
            }
        }
    }

    private Pattern array() {
        expect('[');
        List<Pattern> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new ArrayPattern(elements);
        }
        while (true) {
            elements.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                return new ArrayPattern(elements);
            }
            if (c != ',') {
                pos--;
                throw error("',' or ']'");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private Pattern number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return new Number(new BigDecimal(text.substring(start, pos)));
    }

    private Pattern literal() {
        for (String token : List.of("true", "false", "null")) {
            if (text.startsWith(token, pos)) {
                pos += token.length();
                return new Literal(token);
            }
        }
        throw error("true, false or null");
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("more JSON");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        skipSpace();
        if (next() != c) {
            pos--;
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String wanted) {
        int from = Math.max(0, pos - 30);
        return new IllegalArgumentException("expected " + wanted + " at «" + text.substring(from, pos) + "⟨here⟩"
                + text.substring(pos, Math.min(text.length(), pos + 30)) + "»");
    }

    // ---- matching ----------------------------------------------------------------------------------

    /** Why {@code actual} does not fit {@code pattern} (a path and what differs), or empty when it fits. */
    static Optional<String> mismatch(Pattern pattern, JsonNode actual) {
        return mismatch(pattern, actual, "$", null);
    }

    private static Optional<String> mismatch(Pattern pattern, JsonNode actual, String path, String key) {
        if (key != null && TIMINGS.contains(key) && actual.isNumber()) {
            return Optional.empty();
        }
        return switch (pattern) {
            case Anything a -> Optional.empty();
            case ObjectPattern o -> object(o, actual, path);
            case ArrayPattern a -> array(a, actual, path);
            case Text t -> text(t.value(), actual, path);
            case Number n -> number(n.value(), actual, path);
            case Literal l -> actual.toString().equals(l.token()) ? Optional.empty()
                    : Optional.of(path + ": expected " + l.token() + ", was " + shorten(actual));
        };
    }

    private static Optional<String> object(ObjectPattern o, JsonNode actual, String path) {
        if (!actual.isObject()) {
            return Optional.of(path + ": expected an object, was " + shorten(actual));
        }
        for (Map.Entry<String, Pattern> member : o.members().entrySet()) {
            String name = member.getKey();
            if (!actual.has(name)) {
                return Optional.of(path + ": no member \"" + name + "\" (has " + names(actual) + ")");
            }
            if (member.getValue() != null) {
                Optional<String> inner = mismatch(member.getValue(), actual.get(name), path + "." + name, name);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (!o.open() && actual.size() != o.members().size()) {
            List<String> extra = new ArrayList<>();
            actual.fieldNames().forEachRemaining(n -> {
                if (!o.members().containsKey(n)) {
                    extra.add(n);
                }
            });
            return Optional.of(path + ": members not documented (write …): " + extra);
        }
        return Optional.empty();
    }

    private static Optional<String> array(ArrayPattern a, JsonNode actual, String path) {
        if (!actual.isArray()) {
            return Optional.of(path + ": expected an array, was " + shorten(actual));
        }
        List<JsonNode> elements = new ArrayList<>();
        actual.forEach(elements::add);
        List<String> why = new ArrayList<>();
        if (fits(a.elements(), 0, elements, 0, path, why)) {
            return Optional.empty();
        }
        return Optional.of(why.isEmpty() ? path + ": " + elements.size() + " elements, documented " + a.elements().size()
                : why.get(0));
    }

    /** Elements {@code p..} of the pattern against elements {@code e..}, {@code …} taking any number. */
    private static boolean fits(List<Pattern> pattern, int p, List<JsonNode> elements, int e, String path,
                                List<String> why) {
        if (p == pattern.size()) {
            return e == elements.size();
        }
        if (pattern.get(p) instanceof Anything) {
            for (int skip = e; skip <= elements.size(); skip++) {
                if (fits(pattern, p + 1, elements, skip, path, why)) {
                    return true;
                }
            }
            return false;
        }
        if (e == elements.size()) {
            return false;
        }
        Optional<String> here = mismatch(pattern.get(p), elements.get(e), path + "[" + e + "]", null);
        if (here.isPresent()) {
            if (why.isEmpty()) {
                why.add(here.get());
            }
            return false;
        }
        return fits(pattern, p + 1, elements, e + 1, path, why);
    }

    private static Optional<String> text(String wanted, JsonNode actual, String path) {
        if (!actual.isTextual()) {
            return Optional.of(path + ": expected \"" + wanted + "\", was " + shorten(actual));
        }
        String value = actual.asText();
        String[] parts = wanted.split(ELLIPSIS, -1);
        boolean fits;
        if (parts.length == 1) {
            fits = value.equals(wanted);
        } else {
            fits = value.startsWith(parts[0]) && value.endsWith(parts[parts.length - 1])
                    && value.length() >= parts[0].length() + parts[parts.length - 1].length();
            int from = parts[0].length();
            for (int i = 1; fits && i < parts.length - 1; i++) {
                int at = value.indexOf(parts[i], from);
                fits = at >= 0 && at + parts[i].length() <= value.length() - parts[parts.length - 1].length();
                from = at + parts[i].length();
            }
        }
        return fits ? Optional.empty() : Optional.of(path + ": expected \"" + wanted + "\", was " + shorten(actual));
    }

    private static Optional<String> number(BigDecimal wanted, JsonNode actual, String path) {
        if (!actual.isNumber()) {
            return Optional.of(path + ": expected " + wanted.toPlainString() + ", was " + shorten(actual));
        }
        int decimals = Math.max(0, wanted.scale());
        BigDecimal rounded = actual.decimalValue().setScale(decimals, RoundingMode.HALF_UP);
        return rounded.compareTo(wanted) == 0 ? Optional.empty()
                : Optional.of(path + ": expected " + wanted.toPlainString() + ", was " + actual);
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names.toString();
    }

    private static String shorten(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
