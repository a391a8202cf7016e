package com.gazettesearch.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes the pipeline names things by: SHA-256 of a file's text (what changed), SHA-1 of a document's or
 * section's key (its stable id), each as lower-case hex. One place, so every stage hashes the same way.
 */
public final class Digests {
    private Digests() {
    }

    /** A fresh SHA-256 digest, for hashing a stream. */
    public static MessageDigest sha256() {
        return digest("SHA-256");
    }

    /** SHA-256 of {@code text}'s UTF-8 bytes, as hex. */
    public static String sha256(String text) {
        return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-1 of {@code text}'s UTF-8 bytes, as hex: short ids, not security. */
    public static String sha1(String text) {
        return hex(digest("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Lower-case hex of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every JVM", e);
        }
    }
}
