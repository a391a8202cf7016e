package com.gazettesearch.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The facts a human reader wrote for one test text ({@code X.facts.json}, see FACTS-FORMAT.md), limited to what
 * the parser is responsible for: documents, their metadata, the counts of chapters, articles, parts, items and
 * events, verbatim snippets and chronicle entries. A null or missing value is not asserted.
 */
record TextFacts(String shape, List<Doc> documents, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The count keys the parse report checks, in table order. */
    static final List<String> COUNT_KEYS = List.of("chapters", "articles", "parts", "items", "events");

    /** One expected document. */
    record Doc(String title, String docNumber, String issuer, String region, String date, String kind,
               Map<String, Integer> counts, List<String> snippets, List<String> eventStarts) {
    }

    /** The facts file next to {@code text}, or null when it has none. */
    static TextFacts of(Path text) {
        String name = text.getFileName().toString();
        Path facts = text.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".facts.json");
        if (!Files.exists(facts)) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(facts.toFile());
            List<Doc> docs = new ArrayList<>();
            for (JsonNode d : root.path("documents")) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String key : COUNT_KEYS) {
                    JsonNode c = d.path("counts").path(key);
                    if (c.isInt()) {
                        counts.put(key, c.asInt());
                    }
                }
                List<String> events = new ArrayList<>();
                for (JsonNode e : d.path("events")) {
                    if (e.hasNonNull("textStartsWith")) {
                        events.add(e.get("textStartsWith").asText());
                    }
                }
                docs.add(new Doc(text(d, "title"), text(d, "docNumber"), text(d, "issuer"), text(d, "region"),
                        text(d, "date"), text(d, "kind"), counts, strings(d.path("mustContainSectionTexts")), events));
            }
            return new TextFacts(text(root, "shape"), docs, strings(root.path("notes")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + facts, e);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
