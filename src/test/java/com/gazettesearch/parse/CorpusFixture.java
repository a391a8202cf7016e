package com.gazettesearch.parse;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusScan;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/** The real corpus, read once per JVM, and small helpers for asserting on parses of it. */
final class CorpusFixture {
    private static CorpusScan scan;

    private CorpusFixture() {
    }

    static synchronized CorpusScan scan() {
        if (scan == null) {
            scan = new CorpusReader().read(Path.of("corpus"));
        }
        return scan;
    }

    static SourceText source(String namePrefix) {
        return scan().files().stream().filter(f -> f.fileName().startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no corpus file starting with " + namePrefix));
    }

    static List<GazetteDocument> parse(String namePrefix) {
        return new GazetteParser().parse(source(namePrefix));
    }

    static Map<SectionType, Integer> countsByType(GazetteDocument doc) {
        Map<SectionType, Integer> counts = new EnumMap<>(SectionType.class);
        for (Section s : doc.sections()) {
            counts.merge(s.type(), 1, Integer::sum);
        }
        return counts;
    }

    static Section sectionWithHeading(GazetteDocument doc, String heading) {
        return doc.sections().stream().filter(s -> heading.equals(s.heading())).findFirst()
                .orElseThrow(() -> new AssertionError("no section headed " + heading + " in " + doc.title()));
    }
}
