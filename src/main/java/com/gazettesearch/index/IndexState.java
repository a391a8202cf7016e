package com.gazettesearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What the last committed index says about itself (its commit user data), and whether it still
 * matches the corpus on disk.
 */
public final class IndexState {
    /** Commit user data keys written by the {@link Indexer}. */
    public static final String FINGERPRINT = "corpusFingerprint";
    /** {@link BuildIdentity} of the application that wrote the commit. */
    public static final String BUILD = "build";
    public static final String FILES = "files";
    public static final String DOCUMENTS = "documents";
    public static final String SECTIONS = "sections";
    public static final String RECORDS = "records";
    public static final String SKIPPED = "skipped";
    public static final String INDEXED_AT = "indexedAt";
    /** The corpus files the fingerprint was made of ({@link CorpusFingerprint#encode}), to say what changed. */
    public static final String CORPUS_FILES = "corpusFiles";
    /** When each corpus file was last modified ({@link CorpusFingerprint#encodeStats}): unchanged files need no hashing. */
    public static final String CORPUS_STATS = "corpusStats";
    /** The format each indexed file was read as ("name\tformat" lines), so an incremental run can still count them. */
    public static final String FILE_FORMATS = "fileFormats";

    private IndexState() {
    }

    /** The user data of the latest commit, or empty when {@code indexDir} holds no index. */
    public static Optional<Map<String, String>> lastCommit(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return Optional.empty();
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            return Optional.of(SegmentInfos.readLatestCommit(dir).getUserData());
        }
    }

    /**
     * True when there is no index, or it was built from a corpus other than the one in {@code corpusDir},
     * or by another build of the application (which may parse and extract differently).
     */
    public static boolean isStale(Path corpusDir, Path indexDir) throws IOException {
        return whyStale(corpusDir, indexDir).isPresent();
    }

    /**
     * Why the index must be rebuilt before it is used, as the line a command prints before re-indexing
     * ({@code no index yet; indexing}, {@code corpus changed (1 added: a.txt); re-indexing},
     * {@code index built by another build; re-indexing}), or empty when it is up to date.
     */
    public static Optional<String> whyStale(Path corpusDir, Path indexDir) throws IOException {
        Optional<Map<String, String>> commit = lastCommit(indexDir);
        if (commit.isEmpty()) {
            return Optional.of("no index yet; indexing");
        }
        Map<String, String> data = commit.get();
        SortedMap<String, String> files = CorpusFingerprint.files(corpusDir,
                CorpusFingerprint.decodeStats(data.get(CORPUS_STATS)));
        if (!CorpusFingerprint.of(files).equals(data.get(FINGERPRINT))) {
            String before = data.get(CORPUS_FILES);
            String changes = before == null ? "" : changes(CorpusFingerprint.decode(before), files);
            return Optional.of("corpus changed" + (changes.isEmpty() ? "" : " (" + changes + ")") + "; re-indexing");
        }
        if (!BuildIdentity.current().equals(data.get(BUILD))) {
            return Optional.of("index built by another build; re-indexing");
        }
        return Optional.empty();
    }

    /** {@code 1 added: a.txt; 2 changed: b.txt, c.md; 1 removed: d.txt}, at most a few names each. */
    static String changes(SortedMap<String, String> before, SortedMap<String, String> now) {
        List<String> added = now.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        List<String> removed = before.keySet().stream().filter(name -> !now.containsKey(name)).toList();
        List<String> changed = now.keySet().stream()
                .filter(name -> before.containsKey(name) && !before.get(name).equals(now.get(name))).toList();
        List<String> parts = new ArrayList<>();
        describe(parts, added, "added");
        describe(parts, changed, "changed");
        describe(parts, removed, "removed");
        return String.join("; ", parts);
    }

    private static void describe(List<String> parts, List<String> names, String what) {
        if (names.isEmpty()) {
            return;
        }
        int shown = Math.min(names.size(), 3);
        String more = names.size() > shown ? ", …" : "";
        parts.add(names.size() + " " + what + ": " + String.join(", ", names.subList(0, shown)) + more);
    }
}
