package com.gazettesearch.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Ids of records a running server holds (documents, and the sections of a few of them), read from its API. */
public final class ServedIds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedIds() {
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
