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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusWalk;

/**
 * A digest of the corpus directory as it is on disk: the name, size and SHA-256 of the bytes of every
 * gazette file {@link CorpusWalk} finds (those {@link CorpusReader} reads: .txt, .md, .html, in folders too, never
 * behind a link), by name relative to the corpus, in name order. Stored in each index commit so {@link IndexState}
 * can tell whether the index was built from the corpus that is there now. Files that fail to decode count too:
 * they do not change between runs, so they must not make the index look stale.
 */
public final class CorpusFingerprint {
    private CorpusFingerprint() {
    }

    public static String of(Path corpusDir) throws IOException {
        return of(files(corpusDir));
    }

    /** The digest of a corpus described by {@link #files}. */
    public static String of(SortedMap<String, String> files) {
        MessageDigest all = sha256();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String line = f.getKey() + "\t" + f.getValue() + "\n";
            all.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** Every gazette file by name, with its size and SHA-256 ({@code "1234\t9f86d0…"}), in name order. */
    public static SortedMap<String, String> files(Path corpusDir) throws IOException {
        List<CorpusWalk.Entry> files;
        try {
            files = CorpusWalk.of(corpusDir).files();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SortedMap<String, String> out = new TreeMap<>();
        for (CorpusWalk.Entry f : files) {
            out.put(f.name(), f.size() + "\t" + fileHash(f.path()));
        }
        return out;
    }

    /** The files as one text, a line per file ({@code name\tsize\tsha256}), for an index commit. */
    public static String encode(SortedMap<String, String> files) {
        StringBuilder sb = new StringBuilder();
        files.forEach((name, sizeAndHash) -> sb.append(name).append('\t').append(sizeAndHash).append('\n'));
        return sb.toString();
    }

    /** The files of {@link #encode}d text. */
    public static SortedMap<String, String> decode(String text) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
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
