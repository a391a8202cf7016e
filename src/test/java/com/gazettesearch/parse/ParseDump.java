package com.gazettesearch.parse;

import java.nio.file.Path;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/** Prints what the parser makes of a corpus directory, for reviewing its output by eye. */
public final class ParseDump {
    public static void main(String[] args) {
        GazetteParser parser = new GazetteParser();
        for (SourceText source : new CorpusReader().read(Path.of(args.length > 0 ? args[0] : "corpus")).files()) {
            for (GazetteDocument d : parser.parse(source)) {
                System.out.printf("DOC %s | %s | %s | %s | %s | %s | %s | %s | %s | %s%n", source.fileName(), d.title(),
                        d.docNumber(), d.registrationNumber(), d.issuer(), d.region(), d.date(), d.kind(),
                        d.gazetteIssue(), d.id());
                for (Section s : d.sections()) {
                    String text = s.text().replace("\n", "⏎");
                    System.out.printf("  %d %s %s %s | %s%n", s.order(), s.type(), s.path(), s.heading(),
                            text.length() > 80 ? text.substring(0, 40) + "…" + text.substring(text.length() - 30) : text);
                }
            }
        }
    }
}
