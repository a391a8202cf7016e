package com.gazettesearch.web;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.gazettesearch.config.RequestLimits;

/**
 * Bounds the API work in flight ({@link RequestLimits}): Jetty's {@link QoSHandler} lets {@code inFlight} requests
 * under {@code /api/} run and parks up to {@code queued} more without holding a thread; a request beyond that, or
 * one that waited {@code queueMillis} for a turn, is answered at once with {@code 503}, {@code Retry-After} and the
 * API's JSON error ({@code overloaded}). An overload so shows as fast refusals a client can back off from, while the
 * requests that are admitted keep their normal latency. Pages and static files are not limited: they are a copy of
 * bytes already in memory, and a page must load to show that the API is busy.
 */
final class LoadShedding extends QoSHandler {
    static final String CODE = "overloaded";
    /** Seconds a refused client is asked to wait: about the longest a queued request waits for its turn. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final Map<String, String> headers;
    private final byte[] body;

    /** @param headers headers every response carries (the security headers) */
    LoadShedding(RequestLimits limits, Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        setMaxRequestCount(limits.inFlight());
        setMaxSuspendedRequestCount(limits.queued());
        setMaxSuspend(Duration.ofMillis(limits.queueMillis()));
        includePath("/api/*");
        String message = "the server is busy (" + limits.inFlight() + " requests in progress and " + limits.queued()
                + " waiting); retry in " + RETRY_AFTER_SECONDS + " s";
        try {
            this.body = GazetteServer.objectMapper().writeValueAsBytes(ApiError.of(CODE, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the overload body", e);
        }
    }

    /** The queue is full: refused without waiting. */
    @Override
    protected void reject(Request request, Response response, Callback callback, int status) {
        refuse(response, callback);
    }

    /** A queued request that waited {@code queueMillis} for its turn (any other failure keeps Jetty's answer). */
    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        if (status == getRejectStatusCode()) {
            refuse(response, callback);
        } else {
            super.failSuspended(request, response, callback, status, failure);
        }
    }

    private void refuse(Response response, Callback callback) {
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException("refusing a request whose response is already committed"));
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
