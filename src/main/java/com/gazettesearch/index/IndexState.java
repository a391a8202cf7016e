package com.gazettesearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

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
        Optional<Map<String, String>> commit = lastCommit(indexDir);
        if (commit.isEmpty()) {
            return true;
        }
        Map<String, String> data = commit.get();
        return !CorpusFingerprint.of(corpusDir).equals(data.get(FINGERPRINT))
                || !BuildIdentity.current().equals(data.get(BUILD));
    }
}
