package com.gazettesearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load over HTTP with {@code wrk} (Debian's package): a Lua script that sends the benchmark's searches in turn, each
 * connection a client that sends its next request as soon as the last one is answered. {@link #script} writes the
 * script, so the same load can be run by hand against any server (the README shows the command).
 */
public final class Wrk {
    private static final Pattern REQUESTS_PER_SEC = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern MAX = Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** What one wrk run measured; latencies in ms over the requests answered. */
    public record Result(int connections, long requests, double perSecond, double p50Ms, double p99Ms, double maxMs,
                         long non2xx, long socketErrors, long timeouts) {
    }

    private Wrk() {
    }

    /** True when {@code wrk} is on the PATH. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes the Lua script that sends {@code paths} in turn (each wrk thread starts at its own place). */
    public static Path script(List<String> paths, Path file) throws IOException {
        StringBuilder lua = new StringBuilder("-- written by ./gazette bench: the benchmark's searches, sent in turn\n");
        lua.append("local paths = {\n");
        for (String p : paths) {
            lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\n");
        lua.append("local counter = 0\n");
        lua.append("local n = 0\n");
        lua.append("function setup(thread) counter = counter + 1; thread:set(\"start\", counter * 17) end\n");
        lua.append("function init(args) n = (start or 0) end\n");
        lua.append("function request()\n  n = n + 1\n  return wrk.format(\"GET\", paths[(n % #paths) + 1])\nend\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, lua.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** Runs wrk with {@code connections} clients on 2 threads for {@code seconds} against {@code baseUrl}. */
    public static Result run(Path script, String baseUrl, int connections, int seconds) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("wrk failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return parse(connections, out);
    }

    static Result parse(int connections, String out) throws IOException {
        double p50 = -1;
        double p99 = -1;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double v = millis(m.group(2), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = v;
            } else {
                p99 = v;
            }
        }
        Matcher rps = REQUESTS_PER_SEC.matcher(out);
        Matcher max = MAX.matcher(out);
        Matcher total = TOTAL.matcher(out);
        if (!rps.find() || !max.find() || !total.find() || p50 < 0 || p99 < 0) {
            throw new IOException("unexpected wrk output: " + out);
        }
        Matcher non2xx = NON_2XX.matcher(out);
        Matcher errors = ERRORS.matcher(out);
        long socketErrors = 0;
        long timeouts = 0;
        if (errors.find()) {
            socketErrors = Long.parseLong(errors.group(1)) + Long.parseLong(errors.group(2)) + Long.parseLong(errors.group(3));
            timeouts = Long.parseLong(errors.group(4));
        }
        return new Result(connections, Long.parseLong(total.group(1)), Double.parseDouble(rps.group(1)), p50, p99,
                millis(max.group(1), max.group(2)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors,
                timeouts);
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
