package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;

/** Parses a made-up text that must give exactly one document: the shape tests' one way to read their texts. */
final class OneDocument {
    private OneDocument() {
    }

    /** The one document {@code text}, read as the file {@code fileName}, gives. */
    static GazetteDocument of(String fileName, String text) {
        List<GazetteDocument> docs = new GazetteParser().parse(
                new SourceText(fileName, Path.of(fileName), text, "UTF-8", "test"));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }
}
