package com.gazettesearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.gazettesearch.corpus.CorpusReader;

/**
 * A digest of the corpus directory as it is on disk: the name, size and SHA-256 of the bytes of every
 * gazette file (those {@link CorpusReader} reads: .txt, .md, .html), in name order. Stored in each index commit so {@link IndexState} can tell
 * whether the index was built from the corpus that is there now. Files that fail to decode count too:
 * they do not change between runs, so they must not make the index look stale.
 */
public final class CorpusFingerprint {
    private CorpusFingerprint() {
    }

    /** True for the files the corpus reader considers gazettes. */
    public static boolean isGazetteFile(Path p) {
        return Files.isRegularFile(p) && CorpusReader.isCorpusFile(p);
    }

    public static String of(Path corpusDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpusDir)) {
            files = s.filter(CorpusFingerprint::isGazetteFile).sorted().toList();
        }
        MessageDigest all = sha256();
        for (Path f : files) {
            String line = f.getFileName() + "\t" + Files.size(f) + "\t" + fileHash(f) + "\n";
            all.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static String fileHash(Path f) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
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
