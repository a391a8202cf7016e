package com.gazettesearch.web;

/**
 * A client error the API reports as {@code {"error":{"code":…,"message":…}}} with an HTTP status
 * (400 bad input, 404 unknown id). Handlers throw it; {@link GazetteServer} maps it to the response.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
