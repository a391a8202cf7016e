package com.gazettesearch.lookup;

/**
 * A request parameter is wrong in a way the user can fix; the web layer answers 400 with
 * {@code {"error":{"code":…,"message":…}}}. The message names the parameter and the bad value.
 */
public class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
