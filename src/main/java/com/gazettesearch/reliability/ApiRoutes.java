package com.gazettesearch.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The routes the API documents, read from its OpenAPI description ({@code openapi.json} on the classpath, which a
 * test keeps equal to the routes the server registers): what the fuzzer and the load generator aim at.
 */
public final class ApiRoutes {
    public static final String RESOURCE = "openapi.json";

    /** One documented parameter: where it goes, its JSON-schema type and its enumerated values, if any. */
    public record Param(String name, String in, String type, boolean required, List<String> values) {
    }

    /** One documented route: method, path template ({@code /api/documents/{id}}) and parameters. */
    public record Route(String method, String path, List<Param> params) {
    }

    private ApiRoutes() {
    }

    /** Every route of the OpenAPI description shipped with the application. */
    public static List<Route> load() {
        try (InputStream in = ApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI description missing from the classpath: " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    static List<Route> parse(JsonNode openApi) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode schema = p.path("schema");
                    String type = schema.path("type").asText("string");
                    JsonNode enumNode = type.equals("array") ? schema.path("items").path("enum") : schema.path("enum");
                    List<String> values = new ArrayList<>();
                    enumNode.forEach(v -> values.add(v.asText()));
                    params.add(new Param(p.get("name").asText(), p.get("in").asText(), type,
                            p.path("required").asBoolean(false), List.copyOf(values)));
                }
                routes.add(new Route(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), List.copyOf(params)));
            }
        }
        return List.copyOf(routes);
    }
}
