package com.gazettesearch.records;

import java.nio.file.Path;
import java.util.List;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;

/** Documents of the real corpus as the real parser gives them, for records tests on exact values. */
public final class ParsedCorpus {
    private ParsedCorpus() {
    }

    /** The parsed documents of the corpus file whose name starts with {@code namePrefix}. */
    public static List<GazetteDocument> parse(String namePrefix) {
        SourceText source = new CorpusReader().read(Path.of("corpus")).files().stream()
                .filter(f -> f.fileName().startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no corpus file starting with " + namePrefix));
        return new GazetteParser().parse(source);
    }

    /** The one document of that file whose title contains {@code titlePart}. */
    public static GazetteDocument document(String namePrefix, String titlePart) {
        return parse(namePrefix).stream().filter(d -> d.title().contains(titlePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no document titled …" + titlePart + "… in " + namePrefix));
    }
}
