package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Placeholder parser (replaced by the parse branch): one document per file, titled by its first
 * non-blank line, with one BODY section per paragraph.
 */
public class GazetteParser {

    public List<GazetteDocument> parse(SourceText source) {
        String[] paragraphs = source.text().strip().split("\\n\\s*\\n");
        if (paragraphs.length == 0 || paragraphs[0].isBlank()) {
            throw new GazetteParseException(source.fileName() + ": empty file");
        }
        String docId = source.fileName().replaceAll("\\.[^.]+$", "");
        List<Section> sections = new ArrayList<>();
        for (String p : paragraphs) {
            String text = p.strip();
            if (!text.isEmpty()) {
                int order = sections.size();
                sections.add(new Section(docId + "-" + order + "-" + Integer.toHexString(text.hashCode()),
                        docId, List.of(), null, SectionType.BODY, text, order));
            }
        }
        String title = paragraphs[0].strip().lines().findFirst().orElseThrow();
        return List.of(new GazetteDocument(docId, source.fileName(), title,
                DocNumbers.find(source.text()).orElse(null), DocNumbers.findRegistration(source.text()).orElse(null),
                null, null, null, null, null, 0, sections));
    }
}
