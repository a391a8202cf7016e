package com.gazettesearch.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a running server holds, read from its API: ids of documents and of the sections of a few of them, and the
 * facet values, so generated requests reach real records and filters.
 */
public final class ServedIds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedIds() {
    }

    /** The facet values a search over everything counts (regions, issuers, years …), so filters can match. */
    public static List<String> facetValues(RawHttp http) throws IOException {
        RawHttp.Response all = http.send("GET", "/api/search?size=1", Duration.ofSeconds(30));
        if (all.status() != 200) {
            throw new IOException("GET /api/search answered " + all.status());
        }
        List<String> values = new ArrayList<>();
        JSON.readTree(all.body()).path("facets").forEach(dim -> dim.forEach(v -> values.add(v.get("value").asText())));
        return List.copyOf(values);
    }

    /** Every document id and the section ids of the first {@code documentsWithSections} documents. */
    public static List<String> fetch(RawHttp http, int documentsWithSections) throws IOException {
        Duration deadline = Duration.ofSeconds(30);
        RawHttp.Response list = http.send("GET", "/api/documents", deadline);
        if (list.status() != 200) {
            throw new IOException("GET /api/documents answered " + list.status());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode doc : JSON.readTree(list.body())) {
            ids.add(doc.get("id").asText());
        }
        for (String docId : List.copyOf(ids.subList(0, Math.min(documentsWithSections, ids.size())))) {
            RawHttp.Response doc = http.send("GET", "/api/documents/" + docId, deadline);
            if (doc.status() == 200) {
                JSON.readTree(doc.body()).path("sections").forEach(s -> ids.add(s.get("id").asText()));
            }
        }
        return List.copyOf(ids);
    }
}
