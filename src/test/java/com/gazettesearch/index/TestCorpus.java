package com.gazettesearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** The project's real corpus, copied where a test may change it, and a way to read an index's records. */
public final class TestCorpus {
    /** The corpus directory of the project (tests run from the project root). */
    public static final Path CORPUS = Path.of("corpus");

    private TestCorpus() {
    }

    /** A copy of the real corpus in {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Path target = Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** Every live record of the index the application's indexer writes for the real corpus into {@code indexDir}. */
    public static List<Document> standardRecords(Path indexDir) throws IOException {
        Indexer.standard(false).index(CORPUS, indexDir);
        return records(indexDir);
    }

    /** Every live record of the committed index, as stored. */
    public static List<Document> records(Path indexDir) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : r.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        docs.add(stored.document(i));
                    }
                }
            }
        }
        return docs;
    }
}
