package com.gazettesearch.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.testkit.TestTextSets;

/**
 * The test texts of {@code src/test/resources/texts/<set>/} (the sets of {@link TestTextSets}; see its README), read
 * through the real {@link CorpusReader} so they are decoded as the indexer decodes them. Until the real texts
 * are in the repository, the {@code real} set is read from the shared development directory when present.
 */
final class TestTexts {
    static final Path ROOT = TestTextSets.ROOT;
    private static final Path SHARED_REAL = Path.of("/work/shared/real-corpus");

    private TestTexts() {
    }

    /** The directory holding {@code set}, or null when this checkout has none. */
    static Path dir(String set) {
        Path dir = ROOT.resolve(set);
        if (hasTexts(dir)) {
            return dir;
        }
        return set.equals("real") && hasTexts(SHARED_REAL) ? SHARED_REAL : null;
    }

    private static boolean hasTexts(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(TestTexts::isText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded texts of {@code set}, sorted by name; empty when the set is absent. */
    static List<SourceText> read(String set) {
        Path dir = dir(set);
        return dir == null ? List.of() : new CorpusReader().read(dir).files();
    }

    /** The decoded text of {@code set} whose file name starts with {@code prefix}. */
    static SourceText text(String set, String prefix) {
        return read(set).stream().filter(t -> t.fileName().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + set + " text starting with " + prefix));
    }

    static List<GazetteDocument> parse(String set, String prefix) {
        return new GazetteParser().parse(text(set, prefix));
    }

    /** What the corpus reader reads. */
    private static boolean isText(Path f) {
        return CorpusReader.isCorpusFile(f);
    }
}
