package com.gazettesearch.records.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.testkit.TestTextSets;

/**
 * One test text of {@code src/test/resources/texts/<set>/} (see FACTS-FORMAT.md) as the indexer sees it: decoded by
 * the real {@link CorpusReader}, parsed by the real {@link GazetteParser}, with the facts a human reader wrote for
 * it.
 *
 * @param name  set and file name, e.g. real/aba-gov-data-measures-2021-21.txt
 * @param facts the text's facts file
 * @param docs  the documents the parser makes of it
 */
record TestText(String name, JsonNode facts, List<GazetteDocument> docs) {
    static final Path ROOT = TestTextSets.ROOT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<TestText> all;

    /** Every text with a facts file, in set order ({@link TestTextSets#ALL}) then by name; read and parsed once. */
    static synchronized List<TestText> all() {
        if (all == null) {
            List<TestText> out = new ArrayList<>();
            GazetteParser parser = new GazetteParser();
            for (String set : TestTextSets.ALL) {
                Path dir = ROOT.resolve(set);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                for (SourceText text : new CorpusReader().read(dir).files()) {
                    Path facts = dir.resolve(text.fileName().replaceFirst("\\.[^.]+$", "") + ".facts.json");
                    if (Files.exists(facts)) {
                        out.add(new TestText(set + "/" + text.fileName(), read(facts), parser.parse(text)));
                    }
                }
            }
            all = List.copyOf(out);
        }
        return all;
    }

    private static JsonNode read(Path facts) {
        try {
            return JSON.readTree(Files.readString(facts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + facts, e);
        }
    }

    /** The facts of each document the text holds, in printed order. */
    List<JsonNode> documentFacts() {
        List<JsonNode> out = new ArrayList<>();
        facts.path("documents").forEach(out::add);
        return out;
    }

    /**
     * The parsed document the facts {@code doc} (the {@code i}-th) describe: the one with its 文号, else the one whose
     * title its title contains (a notice's title holds the title of the text it issues), else the only one, else the
     * {@code i}-th when the parser found as many documents as the facts list; null when none can be told.
     */
    GazetteDocument match(JsonNode doc, int i) {
        String number = doc.path("docNumber").asText(null);
        if (number != null) {
            for (GazetteDocument d : docs) {
                if (number.equals(d.docNumber())) {
                    return d;
                }
            }
        }
        String title = norm(doc.path("title").asText(""));
        GazetteDocument best = null;
        for (GazetteDocument d : docs) {
            String t = norm(d.title());
            if (!title.isEmpty() && !t.isEmpty() && (title.contains(t) || t.contains(title))
                    && (best == null || t.length() > norm(best.title()).length())) {
                best = d;
            }
        }
        if (best != null) {
            return best;
        }
        if (docs.size() == 1 && facts.path("documents").size() == 1) {
            return docs.getFirst();
        }
        return docs.size() == facts.path("documents").size() ? docs.get(i) : null;
    }

    static String norm(String s) {
        return s.replaceAll("[\\s\\u3000《》〈〉]+", "");
    }

    @Override
    public String toString() {
        return name;
    }
}
