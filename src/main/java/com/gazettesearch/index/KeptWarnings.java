package com.gazettesearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import com.gazettesearch.schema.Schema;

/**
 * The parse warnings of the files an incremental run kept from the last commit without reading them: the documents
 * of those files still carry them (stored on each document record), so the summary of every run lists every file
 * with warnings, not only the files it read again.
 */
final class KeptWarnings {
    private static final Set<String> FIELDS = Set.of(Schema.SOURCE_FILE, Schema.DOC_TITLE, Schema.WARNINGS,
            Schema.ORDER_IN_SOURCE);

    private KeptWarnings() {
    }

    /** The warnings of the documents of {@code kept} files in {@code reader}, per file, in document order. */
    static List<IndexSummary.FileWarnings> of(DirectoryReader reader, Set<String> kept) throws IOException {
        if (kept.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery documents = new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_DOCUMENT));
        int n = searcher.count(documents);
        if (n == 0) {
            return List.of();
        }
        TopDocs all = searcher.search(documents, n);
        record Warned(String file, int order, String title, String[] warnings) {
        }
        List<Warned> warned = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
            Document d = stored.document(sd.doc, FIELDS);
            String file = d.get(Schema.SOURCE_FILE);
            String[] warnings = d.getValues(Schema.WARNINGS);
            if (warnings.length > 0 && kept.contains(file)) {
                Number order = d.getField(Schema.ORDER_IN_SOURCE) == null ? 0
                        : d.getField(Schema.ORDER_IN_SOURCE).numericValue();
                warned.add(new Warned(file, order.intValue(), d.get(Schema.DOC_TITLE), warnings));
            }
        }
        warned.sort(Comparator.comparing(Warned::file).thenComparingInt(Warned::order));
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Warned w : warned) {
            for (String warning : w.warnings()) {
                byFile.computeIfAbsent(w.file(), f -> new ArrayList<>()).add(w.title() + ": " + warning);
            }
        }
        List<IndexSummary.FileWarnings> out = new ArrayList<>();
        byFile.forEach((file, list) -> out.add(new IndexSummary.FileWarnings(file, list)));
        return out;
    }
}
