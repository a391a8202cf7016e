package com.gazettesearch.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jetty's own error responses as the API's JSON error body. Requests that Jetty refuses before any route runs
 * (percent-garbage or bad UTF-8 in the path, {@code ..} above the root, a URI too long) would otherwise get
 * Jetty's HTML error page, which no API client can read.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = GazetteServer.objectMapper();

    private final Map<String, String> headers;

    /** @param headers headers every response carries (the security headers) */
    JsonErrorHandler(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) throws IOException {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, GazetteServer.JSON_UTF8);
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    /** Errors found while parsing the request line or headers, before there is a request to hand on. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, GazetteServer.JSON_UTF8);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        try {
            return JSON.writeValueAsBytes(ApiError.of(code(status), text));
        } catch (JsonProcessingException e) {
            // An ApiError of two strings always serialises; failing here is a broken build.
            throw new IllegalStateException("cannot write an error body", e);
        }
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 500 -> "internal";
            // e.g. 505 for an unknown HTTP version: the client's doing, not a fault of the server
            default -> "http_" + status;
        };
    }
}
