package com.gazettesearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.eval.Judgments;

/**
 * The searches the benchmark runs: every judged query ({@link Judgments}) as a plain first-page search, then the fixed
 * mix of {@code bench/queries.txt} (short words, questions, 文号, filters, date sorts, browsing, deep pages), with its
 * {@code {region:K}} placeholders filled with the synthetic corpus's made-up regions. The same list drives the
 * in-process run, the HTTP run (as {@code /api/search} paths) and SQLite FTS5 (its {@code q} only).
 */
public final class QueryMix {
    public static final String RESOURCE = "bench/queries.txt";
    private static final Pattern REGION = Pattern.compile("\\{region:(\\d+)}");

    /** One search: its parameters as {@code /api/search} takes them. */
    public record Search(Map<String, List<String>> params) {
        public String q() {
            return params.getOrDefault("q", List.of("")).get(0);
        }

        /** {@code /api/search?…}, URL-encoded. */
        public String path() {
            StringBuilder sb = new StringBuilder("/api/search");
            char sep = '?';
            for (Map.Entry<String, List<String>> e : params.entrySet()) {
                for (String v : e.getValue()) {
                    sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                    sep = '&';
                }
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return path();
        }
    }

    private QueryMix() {
    }

    /** The judged queries followed by the fixed mix. */
    public static List<Search> standard() {
        List<Search> out = new ArrayList<>(judged());
        out.addAll(mix());
        return List.copyOf(out);
    }

    /** The judged queries as first-page searches. */
    public static List<Search> judged() {
        return Judgments.load().stream().map(j -> new Search(Map.of("q", List.of(j.query())))).toList();
    }

    /** The fixed mix of {@code bench/queries.txt}. */
    public static List<Search> mix() {
        List<Search> out = new ArrayList<>();
        for (String line : resourceLines()) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(parse(l));
            }
        }
        return List.copyOf(out);
    }

    /** A query string such as {@code q=碳达峰&region={region:3}}, placeholders filled. */
    static Search parse(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            Matcher m = REGION.matcher(value);
            value = m.replaceAll(r -> Matcher.quoteReplacement(
                    SyntheticCorpus.place(Integer.parseInt(r.group(1)) % SyntheticCorpus.PLACES).region()));
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        params.replaceAll((k, v) -> List.copyOf(v));
        return new Search(params);
    }

    private static List<String> resourceLines() {
        try (InputStream in = QueryMix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("benchmark query mix missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
