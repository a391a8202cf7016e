package com.gazettesearch.records.chronicle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Builds chronicle documents from a gazette text the way the parser presents them (one EVENT
 * section per dated line, page breaks rejoined), so the extractor can be tested on real and
 * made-up text without the parse stage.
 */
final class ChronicleFixtures {
    private static final Pattern TITLE = Pattern.compile("^[0-9０-９]{4}年.*大事记$");
    private static final String SENTENCE_END = "。！？；”）)";

    private ChronicleFixtures() {
    }

    static List<GazetteDocument> chronicles(Path file, String region) throws IOException {
        List<String> paragraphs = paragraphs(Files.readString(file, StandardCharsets.UTF_8));
        List<GazetteDocument> docs = new ArrayList<>();
        String title = null;
        List<Section> sections = new ArrayList<>();
        for (String p : paragraphs) {
            if (TITLE.matcher(p).matches()) {
                if (title != null) {
                    docs.add(doc(title, region, sections, docs.size()));
                }
                title = p;
                sections = new ArrayList<>();
            } else if (title != null) {
                String docId = "doc" + docs.size();
                sections.add(new Section(docId + "-s" + sections.size(), docId, List.of(), null,
                        SectionType.EVENT, p, sections.size()));
            }
        }
        if (title != null) {
            docs.add(doc(title, region, sections, docs.size()));
        }
        return docs;
    }

    private static GazetteDocument doc(String title, String region, List<Section> sections, int n) {
        return new GazetteDocument("doc" + n, "fixture", title, null, null, null, region, null, "大事记", null, n,
                sections);
    }

    /** Paragraphs split on blank lines; one that does not end a sentence continues into the next. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        for (String block : text.split("\\n\\s*\\n")) {
            String p = block.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (open != null && TITLE.matcher(p).matches()) {
                out.add(open.toString());
                open = null;
            }
            if (open != null) {
                open.append(p);
            } else {
                open = new StringBuilder(p);
            }
            boolean ends = SENTENCE_END.indexOf(p.charAt(p.length() - 1)) >= 0 || TITLE.matcher(p).matches();
            if (ends) {
                out.add(open.toString());
                open = null;
            }
        }
        if (open != null) {
            out.add(open.toString());
        }
        return out;
    }
}
