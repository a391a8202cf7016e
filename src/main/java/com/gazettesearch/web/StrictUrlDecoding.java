package com.gazettesearch.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.gazettesearch.lookup.BadRequestException;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Runs before every route: the raw path and every name and value of the raw query string must percent-decode to
 * UTF-8, or the request is a 400 naming the part that does not ({@code exempt: bad percent-escape "%zz" …}).
 *
 * <p>Without it, Javalin's lenient decoding answered a different question than the one asked: a query parameter
 * with a broken escape was dropped without a word ({@code exempt=true%zz} computed a fee without the exemption,
 * {@code region=…%zz} searched every region, {@code q=碳&q=%u4e2d} passed the given-once rule), invalid UTF-8 became
 * U+FFFD, and a {@code %u4e2d} in a path, which Jetty lets through, was a 500 from the path-parameter parser. Once
 * this check passes, every decoder downstream (Jetty's, Javalin's) reads the same text this one did.
 */
final class StrictUrlDecoding implements Handler {
    /** Longest undecodable parameter name quoted in a message (names are attacker-chosen and may be huge). */
    static final int NAME_SHOWN = 40;

    @Override
    public void handle(Context ctx) {
        String path = ctx.req().getRequestURI();
        if (path != null) {
            try {
                decode(path, false);
            } catch (Undecodable e) {
                throw new BadRequestException("bad_request", "path: " + e.getMessage());
            }
        }
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name;
            try {
                name = decode(rawName, true);
            } catch (Undecodable e) {
                throw new BadRequestException("bad_request", shown(rawName) + ": parameter name " + e.getMessage());
            }
            if (eq >= 0) {
                try {
                    decode(pair.substring(eq + 1), true);
                } catch (Undecodable e) {
                    throw new BadRequestException("bad_request", shown(name) + ": " + e.getMessage());
                }
            }
        }
    }

    private static String shown(String name) {
        return name.length() <= NAME_SHOWN ? name : name.substring(0, NAME_SHOWN) + "…";
    }

    /**
     * Percent-decodes {@code raw} ({@code +} as a space in query strings) and decodes the bytes as UTF-8, reporting
     * rather than replacing what is malformed: a {@code %} without two hex digits, an overlong form, a surrogate, a
     * truncated sequence.
     */
    static String decode(String raw, boolean plusIsSpace) throws Undecodable {
        if (raw.indexOf('\uFFFD') >= 0) {
            // Jetty decodes a raw request line as UTF-8 and puts U+FFFD where the bytes were not; a client that means
            // U+FFFD itself sends it percent-encoded (%EF%BF%BD), as it must send any non-ASCII character.
            throw new Undecodable("not valid UTF-8 (bytes sent without percent-encoding that are not UTF-8)");
        }
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' || (c == '+' && plusIsSpace)) {
                flush(literal, bytes);
                if (c == '+') {
                    bytes.write(' ');
                    continue;
                }
                int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    String escape = raw.substring(i, Math.min(raw.length(), i + 3));
                    throw new Undecodable("bad percent-escape \"" + escape + "\" at character " + (i + 1)
                            + " (a % takes two hex digits; a literal % is %25)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                literal.append(c);
            }
        }
        flush(literal, bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Undecodable("not valid UTF-8 once percent-decoded");
        }
    }

    /** Characters between escapes, as their UTF-8 bytes (a lone surrogate is not text either). */
    private static void flush(StringBuilder literal, ByteArrayOutputStream bytes) throws Undecodable {
        if (literal.isEmpty()) {
            return;
        }
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(literal));
            bytes.write(encoded.array(), encoded.arrayOffset(), encoded.remaining());
        } catch (CharacterCodingException e) {
            throw new Undecodable("not valid UTF-8");
        }
        literal.setLength(0);
    }

    /** Why a part of the URL is not percent-encoded UTF-8. */
    static final class Undecodable extends Exception {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message);
        }
    }
}
