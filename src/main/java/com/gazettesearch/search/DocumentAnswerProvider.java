package com.gazettesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gazettesearch.lookup.IndexView;
import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.search.query.DocumentIdentifiers;

/**
 * The document answer of {@code /api/search}: a query that names a document by its 文号 (any bracket style), decree
 * number, 登记号, 索引号 or exact title gets {@code {"type":"document", "matchedBy":"docNumber", …metadata…}} for
 * each document it names, before any other answer; the results then start with that document.
 */
public final class DocumentAnswerProvider implements AnswerProvider {
    @Override
    public List<PerReader<?>> readerState() {
        return List.of(DocumentTable.STATE);
    }

    @Override
    public List<Map<String, Object>> answersFor(IndexView view, String q, SearchRequest request) {
        DocumentTable table = view.get(DocumentTable.STATE);
        Optional<DocumentIdentifiers.Match> match = table.identifiers().find(q);
        if (match.isEmpty() || !match.get().found()) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String docId : match.get().docIds()) {
            int g = table.group(docId);
            if (g >= 0) {
                out.add(answer(table.entry(g), match.get()));
            }
        }
        return out;
    }

    private static Map<String, Object> answer(DocumentTable.Entry e, DocumentIdentifiers.Match match) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "document");
        m.put("matchedBy", match.kind().apiName());
        m.put("docId", e.docId());
        m.put("title", e.title());
        m.put("docNumber", e.docNumber());
        m.put("registrationNumber", e.regNumber());
        m.put("indexNumber", e.indexNumber());
        m.put("issuer", e.issuer());
        m.put("region", e.region());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("kind", e.kind());
        m.put("sectionCount", e.sectionCount());
        m.put("status", ValidityStatus.of(e.validFrom(), e.validTo(), ValidityFacet.today()).label());
        return m;
    }
}
