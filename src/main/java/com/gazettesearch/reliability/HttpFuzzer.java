package com.gazettesearch.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A seeded HTTP fuzzer over every documented route: each request is a route of {@link ApiRoutes} (or now and then a
 * path of its own: traversal, doubled slashes, odd case, absolute form) with parameters drawn from what breaks
 * parsers — random Unicode (astral, combining, bidi, controls, noncharacters), query operators, broken
 * percent-escapes, raw bytes that are not UTF-8, numbers out of range, impossible dates, huge, empty, repeated and
 * unknown parameters — sent with an odd method or odd headers some of the time. It expects a client error at worst:
 * every 5xx, every answer slower than {@code slowAfter}, every connection closed or left without an answer counts
 * against the server, and the first few are kept verbatim so they can be replayed.
 *
 * <p>The same seed gives the same requests in the same order.
 */
public final class HttpFuzzer {
    /** Kept per kind of failure: enough to replay, not so many that a broken server floods the report. */
    static final int EXAMPLES = 20;

    private static final String[] METHODS_ODD = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"};
    private static final String[] METHODS_WEIRD = {"BREW", "get", "PROPFIND", "M-SEARCH", "X"};
    private static final String[] BROKEN_ESCAPES = {"%", "%z", "%zz", "%u4e2d", "%E0%A4", "%C0%AF", "%ED%A0%80",
        "%F4%90%80%80", "%FF", "%2", "%%", "%e7%a2"};
    private static final String[] NASTY_ESCAPES = {"%00", "%0A", "%0D%0A", "%25%32%35", "%2F", "%5C", "%2e%2e", "%EF%BF%BD",
        "%EF%BB%BF", "%F0%9F%98%80", "%E2%80%AE"};
    private static final String[] OPERATORS = {"\"", "\"\"", "\"碳达峰", "AND", "OR NOT", "*", "?", "~", "^2", ":",
        "\\", "(", ")", "[", "]", "{", "}", "/.*/", "text:碳", "+-&&||!", "a*b?c", "碳~0.5", "\"碳 达\"~10", "^",
        "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "{{7*7}}", "%s%n", "../../etc/passwd",
        "第二十条", "第20条", "渌发改发〔2024〕6号", "ZZLKDR-2024-02001", "。，、；：", "\u3000\u3000", " "};
    private static final String[] INTEGERS = {"0", "-1", "1", "2", "10", "20", "50", "100", "101", "1000", "10000",
        "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e3", "0x10", "abc", "", " 5", "5 ",
        "+5", "٣", "５", "1.0", "00000000000000000000001"};
    private static final String[] NUMBERS = {"0", "10", "10.5", "6", "0.001", "0.0001", "1e-999999999", "1e309",
        "NaN", "Infinity", "-0", "-1", "100000000", "100000001", "1,5", "", "1.2345", "9".repeat(400)};
    private static final String[] BOOLEANS = {"true", "false", "TRUE", "1", "0", "yes", "", "tru", "null"};
    private static final String[] DATES = {"2024-01-01", "2024-05-01", "2023-12-31", "2024-02-29", "2024-02-30",
        "2023-13-01", "9999-12-31", "0000-01-01", "+10000-01-01", "-0001-01-01", "2024-1-1", "20240101",
        "2024-01-01T00:00", "", "yesterday", "2024-05-01 "};
    /** What the query parser treats specially: article numbers, 文号, 登记号, quoted phrases, question words. */
    private static final String[] SPECIAL_QUERIES = {"第二十条", "第20条", "第一条", "第五十条", "渌发改发〔2024〕6号",
        "渌发改发[2024]6号", "ZZLKDR-2024-02001", "\"碳达峰\"", "污水处理费什么时候开始执行", "第50次常务会议"};
    private static final String[] VALID_INTEGERS = {"1", "2", "3", "5", "10", "20", "100"};
    private static final String[] VALID_NUMBERS = {"0", "6", "10", "10.5", "100"};
    private static final String[] VALID_DATES = {"2023-01-01", "2024-01-01", "2024-04-25", "2024-05-01", "2024-12-31"};
    private static final String[] ODD_PATHS = {"/", "//api//search", "/api/../api/health", "/api/search/",
        "/API/SEARCH", "/%2e%2e/%2e%2e/etc/passwd", "/doc/..%2F..%2Fetc%2Fpasswd", "/api/documents/%00",
        "/js/../../pom.xml", "/web/js/common.js", "/favicon.svg", "/js/common.js", "/css/app.css", "/nope",
        "/api/health;x=y", "/api/openapi.json/../health", "/doc/", "/doc", "/fees/", "/index.html", "/.git/config",
        "/api", "/api/", "/api/documents/%u4e2d", "/api/sections/%", "/doc/%E0%A4", "/api/documents//x"};
    private static final String[] HEADERS = {"Accept: */*", "Accept: application/xml", "Accept: text/html;q=0.1",
        "Accept-Encoding: gzip, br", "Accept-Language: zh-CN,zh;q=0.9", "Range: bytes=0-10", "Range: bytes=99999999-",
        "Range: bytes=5-1", "If-None-Match: *", "If-Modified-Since: garbage", "If-Modified-Since: Sat, 01 Jan 2100 00:00:00 GMT",
        "Cookie: a=b; JSESSIONID=%zz", "X-Forwarded-For: 1.2.3.4, <script>", "Host: other.example",
        "Origin: http://evil.example", "Referer: javascript:alert(1)", "Content-Type: text/plain; charset=gb2312",
        "Authorization: Basic %%%", "X-Requested-With: XMLHttpRequest", "Upgrade: websocket", "TE: trailers",
        "Forwarded: for=\"[::1]\";proto=https"};

    /** What a run found; shared by threads and runs. */
    public static final class Tally {
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong serverErrors = new AtomicLong();
        private final AtomicLong slow = new AtomicLong();
        private final AtomicLong noAnswer = new AtomicLong();
        private final List<String> examples = new ArrayList<>();
        private final java.util.concurrent.ConcurrentSkipListMap<Integer, AtomicLong> statuses =
                new java.util.concurrent.ConcurrentSkipListMap<>();

        public long sent() {
            return sent.get();
        }

        /** Answers with a 5xx status. */
        public long serverErrors() {
            return serverErrors.get();
        }

        /** Answers slower than the limit. */
        public long slow() {
            return slow.get();
        }

        /** Requests that got no answer within the deadline, or a connection closed without one. */
        public long noAnswer() {
            return noAnswer.get();
        }

        /** How many answers had each status, in status order ("200 ×812, 400 ×1303, …"). */
        public String statuses() {
            StringBuilder sb = new StringBuilder();
            statuses.forEach((status, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(status).append(" ×").append(n.get()));
            return sb.toString();
        }

        /** The first failures, each as "what: request". */
        public synchronized List<String> examples() {
            return List.copyOf(examples);
        }

        synchronized void example(String what, byte[] request) {
            if (examples.size() < EXAMPLES) {
                examples.add(what + ": " + printable(request));
            }
        }
    }

    private final RawHttp http;
    private final List<ApiRoutes.Route> routes;
    private final List<String> ids;
    private final List<String> words;
    private final List<String> facetValues;
    private final Random random;
    private final Duration slowAfter;
    private final Duration deadline;

    /**
     * @param ids       document and section ids the index holds, so some requests reach real records
     * @param words       text users type (the judged queries), so some searches have hits to rank and highlight
     * @param facetValues values the facets offer, so some filters match
     * @param slowAfter an answer taking longer counts as slow
     * @param deadline  no answer by then counts as none
     */
    public HttpFuzzer(RawHttp http, List<ApiRoutes.Route> routes, List<String> ids, List<String> words,
                      List<String> facetValues, long seed, Duration slowAfter, Duration deadline) {
        this.http = http;
        this.routes = List.copyOf(routes);
        this.ids = ids.isEmpty() ? List.of("d-0000000000") : List.copyOf(ids);
        this.words = words.isEmpty() ? List.of("碳达峰") : List.copyOf(words);
        this.facetValues = facetValues.isEmpty() ? List.of("株洲市渌口区") : List.copyOf(facetValues);
        this.random = new Random(seed);
        this.slowAfter = slowAfter;
        this.deadline = deadline;
    }

    /** Sends requests one after another until {@code stop} says so. */
    public void run(BooleanSupplier stop, Tally tally) {
        while (!stop.getAsBoolean()) {
            send(next(), tally);
        }
    }

    /** Sends {@code count} requests. */
    public void run(int count, Tally tally) {
        for (int i = 0; i < count; i++) {
            send(next(), tally);
        }
    }

    private void send(byte[] request, Tally tally) {
        tally.sent.incrementAndGet();
        try {
            RawHttp.Response r = http.send(request, deadline);
            tally.statuses.computeIfAbsent(r.status(), k -> new AtomicLong()).incrementAndGet();
            if (r.status() >= 500) {
                tally.serverErrors.incrementAndGet();
                tally.example("HTTP " + r.status(), request);
            } else if (r.status() < 0) {
                tally.noAnswer.incrementAndGet();
                tally.example("closed without an answer", request);
            }
            if (r.millis() > slowAfter.toMillis()) {
                tally.slow.incrementAndGet();
                tally.example("answered in " + r.millis() + " ms", request);
            }
        } catch (RawHttp.Timeout e) {
            tally.noAnswer.incrementAndGet();
            tally.example("no answer within " + deadline.toMillis() + " ms", request);
        } catch (IOException e) {
            tally.noAnswer.incrementAndGet();
            tally.example(e.toString(), request);
        }
    }

    /** The next request of the sequence, head and body, as bytes. */
    public synchronized byte[] next() {
        ApiRoutes.Route route = route();
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        // A third of the requests are well formed (real ids, valid values, real facet values, encoded right): the
        // faults behind a valid request (a ranking, a filter, a sort) are reached only by those.
        boolean wellFormed = random.nextInt(3) == 0;
        if (wellFormed) {
            path(target, route, true);
            wellFormedQuery(target, route);
        } else {
            if (random.nextInt(15) == 0) {
                ascii(target, pick(ODD_PATHS));
            } else {
                path(target, route, false);
            }
            query(target, route);
        }
        String method = wellFormed ? (random.nextInt(5) == 0 ? "HEAD" : "GET") : method();
        List<String> headers = new ArrayList<>();
        int extra = !wellFormed && random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < extra; i++) {
            headers.add(pick(HEADERS));
        }
        if (random.nextInt(40) == 0) {
            headers.add("User-Agent: " + "x".repeat(random.nextInt(12_000)));
        }
        if (random.nextInt(40) == 0) {
            // raw UTF-8 in a header value; control characters would end the header, so they become '?'
            String note = randomText(20).replaceAll("\\p{Cntrl}", "?");
            headers.add("X-Note: " + new String(note.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        byte[] body = new byte[0];
        if (!method.equals("GET") && !method.equals("HEAD") && random.nextInt(2) == 0) {
            body = ("q=" + pick(BROKEN_ESCAPES) + "&" + randomText(10)).getBytes(StandardCharsets.UTF_8);
            headers.add("Content-Type: application/x-www-form-urlencoded");
        }
        if (body.length > 0 || random.nextInt(30) == 0) {
            headers.add("Content-Length: " + body.length);
        }
        byte[] head = http.request(method, target.toByteArray(), headers);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(head);
        all.writeBytes(body);
        return all.toByteArray();
    }

    /** A route, each as likely as it has parameters plus one: the search, with most to combine, a quarter of the time. */
    private ApiRoutes.Route route() {
        int total = routes.stream().mapToInt(r -> 1 + r.params().size()).sum();
        int roll = random.nextInt(total);
        for (ApiRoutes.Route r : routes) {
            roll -= 1 + r.params().size();
            if (roll < 0) {
                return r;
            }
        }
        return routes.get(routes.size() - 1);
    }

    private String method() {
        int roll = random.nextInt(100);
        if (roll < 75) {
            return "GET";
        }
        if (roll < 87) {
            return "HEAD";
        }
        return roll < 97 ? pick(METHODS_ODD) : pick(METHODS_WEIRD);
    }

    private void path(ByteArrayOutputStream out, ApiRoutes.Route route, boolean wellFormed) {
        String[] segments = route.path().split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            out.write('/');
            String s = segments[i];
            if (s.startsWith("{") && s.endsWith("}") && wellFormed) {
                ascii(out, pick(ids));
            } else if (s.startsWith("{") && s.endsWith("}")) {
                pathValue(out);
            } else {
                ascii(out, s);
            }
        }
    }

    private void pathValue(ByteArrayOutputStream out) {
        int roll = random.nextInt(10);
        if (roll < 5) {
            ascii(out, pick(ids));
        } else if (roll < 7) {
            encoded(out, randomText(1 + random.nextInt(40)), false);
        } else if (roll < 8) {
            ascii(out, pick(ids) + pick(BROKEN_ESCAPES));
        } else if (roll < 9) {
            ascii(out, "x".repeat(150 + random.nextInt(300)));
        } else {
            ascii(out, pick(NASTY_ESCAPES));
        }
    }

    private void query(ByteArrayOutputStream out, ApiRoutes.Route route) {
        List<String[]> pairs = new ArrayList<>();
        for (ApiRoutes.Param p : route.params()) {
            if (!p.in().equals("query") || random.nextInt(p.required() ? 10 : 2) == 0) {
                continue;
            }
            int times = random.nextInt(12) == 0 ? 2 : 1;
            if (random.nextInt(60) == 0) {
                times = 51 + random.nextInt(20);
            }
            for (int t = 0; t < times; t++) {
                pairs.add(new String[] {p.name(), value(p)});
            }
        }
        if (random.nextInt(10) == 0) {
            pairs.add(new String[] {randomText(1 + random.nextInt(8)), randomText(random.nextInt(8))});
        }
        if (pairs.isEmpty()) {
            return;
        }
        out.write('?');
        for (int i = 0; i < pairs.size(); i++) {
            if (i > 0) {
                out.write('&');
            }
            int mode = random.nextInt(20);
            encoded(out, pairs.get(i)[0], true);
            if (mode == 0) {
                continue;
            }
            out.write('=');
            if (mode == 1) {
                // raw, as some clients send it: spaces and all (control characters would end the request line)
                out.writeBytes(pairs.get(i)[1].replaceAll("\\p{Cntrl}", "%01").getBytes(StandardCharsets.UTF_8));
            } else if (mode == 2) {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 'a'});
            } else {
                encoded(out, pairs.get(i)[1], true);
                if (mode == 3) {
                    ascii(out, pick(BROKEN_ESCAPES));
                } else if (mode == 4) {
                    ascii(out, pick(NASTY_ESCAPES));
                }
            }
        }
    }

    /** Each parameter at most once, with a value of its type, as a client that read the documentation sends it. */
    private void wellFormedQuery(ByteArrayOutputStream out, ApiRoutes.Route route) {
        boolean first = true;
        for (ApiRoutes.Param p : route.params()) {
            if (!p.in().equals("query") || (!p.required() && random.nextBoolean())) {
                continue;
            }
            out.write(first ? '?' : '&');
            first = false;
            encoded(out, p.name(), true);
            out.write('=');
            encoded(out, validValue(p), true);
        }
    }

    private String validValue(ApiRoutes.Param p) {
        if (!p.values().isEmpty()) {
            return pick(p.values());
        }
        if (p.name().equals("from") || p.name().equals("to")) {
            return pick(VALID_DATES);
        }
        return switch (p.type()) {
            case "integer" -> pick(VALID_INTEGERS);
            case "number" -> pick(VALID_NUMBERS);
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            case "array" -> pick(facetValues);
            default -> switch (p.name().equals("q") ? random.nextInt(10) : 7 + random.nextInt(3)) {
                case 0, 1, 2, 3, 4 -> pick(words);
                case 5, 6 -> pick(SPECIAL_QUERIES);
                default -> pick(facetValues);
            };
        };
    }

    private String value(ApiRoutes.Param p) {
        if (!p.values().isEmpty() && random.nextInt(2) == 0) {
            return pick(p.values());
        }
        if (p.name().equals("from") || p.name().equals("to")) {
            return pick(DATES);
        }
        return switch (p.type()) {
            case "integer" -> pick(INTEGERS);
            case "number" -> pick(NUMBERS);
            case "boolean" -> pick(BOOLEANS);
            default -> text();
        };
    }

    private String text() {
        return switch (random.nextInt(9)) {
            case 0, 1 -> pick(words);
            case 8 -> random.nextBoolean() ? pick(facetValues) : pick(SPECIAL_QUERIES);
            case 2 -> pick(OPERATORS);
            case 3 -> pick(words) + " " + pick(OPERATORS) + " " + pick(words);
            case 4 -> randomText(1 + random.nextInt(30));
            case 5 -> pick(words).repeat(1 + random.nextInt(60));
            case 6 -> "";
            default -> {
                String word = pick(words);
                yield word.substring(0, Math.min(2, word.length())) + randomText(3);
            }
        };
    }

    /** Code points from every corner: CJK, astral, combining, bidi controls, C0 controls, noncharacters. */
    private String randomText(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(10)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5F);
                case 2 -> 0x0300 + random.nextInt(0x70);
                case 3 -> 0x202A + random.nextInt(5);
                case 4 -> 0x1F600 + random.nextInt(0x50);
                case 5 -> 0x20000 + random.nextInt(0xA6D6);
                case 6 -> random.nextBoolean() ? 0xFFFE : 0xFFFF;
                case 7 -> 0x0600 + random.nextInt(0x100);
                default -> 0x4E00 + random.nextInt(0x5200);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Percent-encodes the UTF-8 of {@code s} (everything but unreserved characters), {@code +} for spaces in queries. */
    private static void encoded(ByteArrayOutputStream out, String s, boolean query) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.write(c);
            } else if (c == ' ' && query) {
                out.write('+');
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** The request as a Java string literal would show it: printable ASCII as is, the rest escaped. */
    static String printable(byte[] request) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(request.length, 600);
        for (int i = 0; i < shown; i++) {
            int c = request[i] & 0xFF;
            if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c >= 0x20 && c < 0x7F && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        if (request.length > shown) {
            sb.append("… (").append(request.length).append(" bytes)");
        }
        return sb.toString();
    }
}
