package com.gazettesearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.gazettesearch.corpus.CorpusWalk;

/**
 * A digest of the corpus directory as it is on disk: the name, size and SHA-256 of the bytes of every
 * gazette file {@link CorpusWalk} finds (.txt and .md, in folders too, never behind a link), in name order.
 * Stored in each index commit so {@link IndexState} can tell whether the index was built from the corpus
 * that is there now. Files that fail to decode count too:
 * they do not change between runs, so they must not make the index look stale.
 */
public final class CorpusFingerprint {
    private CorpusFingerprint() {
    }

    public static String of(Path corpusDir) throws IOException {
        MessageDigest all = sha256();
        try {
            for (CorpusWalk.Entry f : CorpusWalk.of(corpusDir).files()) {
                String line = f.name() + "\t" + f.size() + "\t" + fileHash(f.path()) + "\n";
                all.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static String fileHash(Path f) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
