package com.gazettesearch.web;

/**
 * An id or route the API does not have: {@link GazetteServer} answers 404 with
 * {@code {"error":{"code":"not_found","message":…}}}. (Every 400 is a
 * {@link com.gazettesearch.lookup.BadRequestException}.)
 */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
