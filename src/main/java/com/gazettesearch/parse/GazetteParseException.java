package com.gazettesearch.parse;

/** A decoded file whose text cannot be parsed into documents; the indexer skips it with this reason. */
public class GazetteParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GazetteParseException(String message) {
        super(message);
    }
}
