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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusWalk;
import com.gazettesearch.text.Digests;

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
        MessageDigest all = Digests.sha256();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String line = f.getKey() + "\t" + f.getValue() + "\n";
            all.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return Digests.hex(all.digest());
    }

    /** Every gazette file by name, with its size and SHA-256 ({@code "1234\t9f86d0…"}), in name order. */
    public static SortedMap<String, String> files(Path corpusDir) throws IOException {
        return files(corpusDir, Map.of());
    }

    /**
     * As {@link #files(Path)}, taking the hash of a file from {@code known} instead of reading it when its size and
     * modification time are the ones recorded there (as git does): a province of gazettes is hundreds of megabytes,
     * and only the files that changed need reading.
     */
    public static SortedMap<String, String> files(Path corpusDir, Map<String, Stat> known) throws IOException {
        return scan(corpusDir, known).files();
    }

    /** A file's size, modification time and SHA-256 when it was last hashed. */
    public record Stat(long size, long modifiedMillis, String sha256) {
    }

    /** The corpus files ({@link #files}) and the stat each hash was taken with, for the next run. */
    public record Scan(SortedMap<String, String> files, Map<String, Stat> stats) {
    }

    /** {@link #files(Path, Map)} with the stats to record ({@link #encodeStats}). */
    public static Scan scan(Path corpusDir, Map<String, Stat> known) throws IOException {
        List<CorpusWalk.Entry> files;
        try {
            files = CorpusWalk.of(corpusDir).files();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SortedMap<String, String> out = new TreeMap<>();
        Map<String, Stat> stats = new HashMap<>();
        long now = System.currentTimeMillis();
        for (CorpusWalk.Entry f : files) {
            String name = f.name();
            long size = f.size();
            long modified = Files.getLastModifiedTime(f.path(), LinkOption.NOFOLLOW_LINKS).toMillis();
            Stat stat = known.get(name);
            String hash = stat != null && stat.size() == size && stat.modifiedMillis() == modified ? stat.sha256()
                    : fileHash(f.path());
            out.put(name, size + "\t" + hash);
            // a file modified within the file system's time resolution of now may change again unseen: hash it next time
            if (now - modified >= RACY_MILLIS) {
                stats.put(name, new Stat(size, modified, hash));
            }
        }
        return new Scan(out, stats);
    }

    /** {@code name\tsize\tmodified\tsha256} per file, for the commit. */
    public static String encodeStats(Map<String, Stat> stats) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(stats).forEach((name, st) -> sb.append(name).append('\t').append(st.size()).append('\t')
                .append(st.modifiedMillis()).append('\t').append(st.sha256()).append('\n'));
        return sb.toString();
    }

    /** How recently modified a file may be for its time to be trusted. */
    static final long RACY_MILLIS = 2_000;

    /** The stats of {@link #encodeStats}d text (empty for null: a commit written before they were recorded). */
    public static Map<String, Stat> decodeStats(String text) {
        Map<String, Stat> out = new HashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] p = line.split("\t");
            if (p.length == 4) {
                out.put(p[0], new Stat(Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]));
            }
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
        MessageDigest md = Digests.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Digests.hex(md.digest());
    }
}
