package com.gazettesearch.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;

/** The real corpus read and parsed once per JVM: the input of the records tests on real documents. */
public final class ParsedCorpus {
    private static List<GazetteDocument> documents;

    private ParsedCorpus() {
    }

    public static synchronized List<GazetteDocument> documents() {
        if (documents == null) {
            List<GazetteDocument> all = new ArrayList<>();
            GazetteParser parser = new GazetteParser();
            for (SourceText file : new CorpusReader().read(Path.of("corpus")).files()) {
                all.addAll(parser.parse(file));
            }
            documents = List.copyOf(all);
        }
        return documents;
    }

    /** The documents of corpus files whose name starts with {@code prefix}. */
    public static List<GazetteDocument> from(String prefix) {
        return documents().stream().filter(d -> d.sourceFile().startsWith(prefix)).toList();
    }

    /** The document with this 文号. */
    public static GazetteDocument byNumber(String docNumber) {
        return documents().stream().filter(d -> docNumber.equals(d.docNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no document numbered " + docNumber));
    }

    /** The document whose title contains {@code part}. */
    public static GazetteDocument byTitle(String part) {
        return documents().stream().filter(d -> d.title().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no document titled like " + part));
    }
}
