package com.gazettesearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import com.gazettesearch.search.Searchers;
import com.gazettesearch.search.Synonyms;

import picocli.CommandLine.Option;

/**
 * Options shared by the commands that search an existing index ({@code search}, {@code eval},
 * {@code bench}): where the index is and which synonym file to use.
 */
public final class SearchOptions {
    @Option(names = "--index", defaultValue = "index", paramLabel = "DIR",
            description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--synonyms", paramLabel = "FILE",
            description = "Synonym rules in Solr format (default: the synonyms.txt shipped in the jar).")
    Path synonyms;

    /** Opens the index, failing with a message that names the option when there is none. */
    Searchers openIndex() throws IOException {
        boolean exists = false;
        if (Files.isDirectory(index)) {
            try (Directory dir = FSDirectory.open(index)) {
                exists = DirectoryReader.indexExists(dir);
            }
        }
        if (!exists) {
            throw new IllegalArgumentException("--index: no index in " + index.toAbsolutePath() + " (run 'index' first)");
        }
        return Searchers.open(index);
    }

    Synonyms loadSynonyms() throws IOException {
        if (synonyms == null) {
            return Synonyms.fromClasspath("synonyms.txt");
        }
        if (!Files.isRegularFile(synonyms)) {
            throw new IllegalArgumentException("--synonyms: no such file " + synonyms.toAbsolutePath());
        }
        return Synonyms.fromFile(synonyms, Duration.ofSeconds(2));
    }
}
