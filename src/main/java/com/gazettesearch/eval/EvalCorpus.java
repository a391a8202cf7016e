package com.gazettesearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.gazettesearch.corpus.CorpusReader;

/**
 * The corpus the judged set was judged on: the seed gazettes ({@code corpus/}) plus every test text
 * ({@code src/test/resources/texts/real}, {@code found} and {@code madeup}; their facts files and README are not
 * texts). The indexer reads one directory, so the texts are staged into one: copied when new or changed, removed
 * when gone, so the staged copy's fingerprint changes exactly when a source does and the eval index is rebuilt
 * only then.
 */
public final class EvalCorpus {
    /** The sources, relative to the project root (where {@code ./gazette} runs). */
    public static final List<Path> DEFAULT_SOURCES = List.of(Path.of("corpus"),
            Path.of("src/test/resources/texts/real"), Path.of("src/test/resources/texts/found"),
            Path.of("src/test/resources/texts/madeup"));

    private EvalCorpus() {
    }

    /**
     * Makes {@code target} hold exactly the corpus files of {@code sources} (not their subdirectories).
     *
     * @throws IllegalArgumentException when a source is missing or two sources hold files of the same name
     */
    public static Path stage(List<Path> sources, Path target) throws IOException {
        Map<String, Path> files = new HashMap<>();
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                throw new IllegalArgumentException("eval corpus: " + source + " is not a directory (run from the project root)");
            }
            try (Stream<Path> entries = Files.list(source)) {
                for (Path p : entries.filter(Files::isRegularFile).filter(CorpusReader::isCorpusFile).toList()) {
                    Path clash = files.put(p.getFileName().toString(), p);
                    if (clash != null) {
                        throw new IllegalArgumentException("eval corpus: " + p + " and " + clash + " have the same name");
                    }
                }
            }
        }
        Files.createDirectories(target);
        try (Stream<Path> staged = Files.list(target)) {
            for (Path p : staged.filter(Files::isRegularFile).toList()) {
                if (!files.containsKey(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Path to = target.resolve(f.getKey());
            if (!Files.exists(to) || Files.mismatch(f.getValue(), to) != -1) {
                Files.copy(f.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
