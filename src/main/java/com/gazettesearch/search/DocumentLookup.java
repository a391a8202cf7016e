package com.gazettesearch.search;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import com.gazettesearch.index.Schema;
import com.gazettesearch.records.validity.ValidityStatus;

/**
 * Reads documents and sections back from the index by id, from stored fields, through a searcher
 * borrowed from {@link Searchers} (never an IndexWriter). Everything a reader view needs: the document
 * list, one document with its sections in order, one section with its neighbours.
 */
public final class DocumentLookup {
    private final Searchers searchers;
    private final Clock clock;

    public DocumentLookup(Searchers searchers) {
        this(searchers, ValidityStatus.CLOCK);
    }

    /** @param clock gives "today" for each document's validity status (tests fix it) */
    public DocumentLookup(Searchers searchers, Clock clock) {
        this.searchers = searchers;
        this.clock = clock;
    }

    /** Numbers of document and section records in the current view of the index. */
    public record Counts(int documents, int sections) {
    }

    /** A document's metadata and its sections in order. */
    public record DocumentWithSections(DocumentInfo document, List<SectionInfo> sections) {
    }

    /** A section and the ids of the sections before and after it in its document (null at the ends). */
    public record SectionWithNeighbours(SectionInfo section, String prev, String next) {
    }

    public Counts counts() throws IOException {
        return searchers.withSearcher(s -> new Counts(
                s.count(recordType(Schema.TYPE_DOCUMENT)), s.count(recordType(Schema.TYPE_SECTION))));
    }

    /** Every document, ordered by source file and then by position in it. */
    public List<DocumentInfo> documents() throws IOException {
        return searchers.withSearcher(s -> {
            List<DocumentInfo> docs = new ArrayList<>();
            for (Document d : all(s, recordType(Schema.TYPE_DOCUMENT))) {
                docs.add(documentInfo(d));
            }
            docs.sort(Comparator.comparing(DocumentInfo::sourceFile).thenComparingInt(DocumentInfo::orderInSource)
                    .thenComparing(DocumentInfo::id));
            return docs;
        });
    }

    public Optional<DocumentInfo> document(String id) throws IOException {
        return searchers.withSearcher(s -> first(s, byId(Schema.TYPE_DOCUMENT, id)).map(this::documentInfo));
    }

    /** The document and all its sections in order, or empty when there is no document with that id. */
    public Optional<DocumentWithSections> documentWithSections(String id) throws IOException {
        return searchers.withSearcher(s -> {
            Optional<Document> doc = first(s, byId(Schema.TYPE_DOCUMENT, id));
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DocumentWithSections(documentInfo(doc.get()), sectionsOf(s, id)));
        });
    }

    /** The section with its neighbours in the same document, or empty when there is no such section. */
    public Optional<SectionWithNeighbours> section(String id) throws IOException {
        return searchers.withSearcher(s -> {
            Optional<Document> found = first(s, byId(Schema.TYPE_SECTION, id));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SectionInfo section = sectionInfo(found.get());
            List<SectionInfo> siblings = sectionsOf(s, section.docId());
            String prev = null;
            String next = null;
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).id().equals(id)) {
                    prev = i > 0 ? siblings.get(i - 1).id() : null;
                    next = i + 1 < siblings.size() ? siblings.get(i + 1).id() : null;
                }
            }
            return Optional.of(new SectionWithNeighbours(section, prev, next));
        });
    }

    private static List<SectionInfo> sectionsOf(IndexSearcher s, String docId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(recordType(Schema.TYPE_SECTION), Occur.FILTER)
                .add(KeywordField.newExactQuery(Schema.DOC_ID, docId), Occur.FILTER)
                .build();
        List<SectionInfo> sections = new ArrayList<>();
        for (Document d : all(s, q)) {
            sections.add(sectionInfo(d));
        }
        sections.sort(Comparator.comparingInt(SectionInfo::order).thenComparing(SectionInfo::id));
        return sections;
    }

    private static Query recordType(String type) {
        return KeywordField.newExactQuery(Schema.RECORD_TYPE, type);
    }

    private static Query byId(String type, String id) {
        return new BooleanQuery.Builder()
                .add(recordType(type), Occur.FILTER)
                .add(KeywordField.newExactQuery(Schema.ID, id), Occur.FILTER)
                .build();
    }

    private static Optional<Document> first(IndexSearcher s, Query q) throws IOException {
        ScoreDoc[] hits = s.search(q, 1).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        return Optional.of(s.storedFields().document(hits[0].doc));
    }

    private static List<Document> all(IndexSearcher s, Query q) throws IOException {
        int n = Math.max(1, s.count(q));
        StoredFields stored = s.storedFields();
        List<Document> docs = new ArrayList<>(n);
        for (ScoreDoc hit : s.search(q, n).scoreDocs) {
            docs.add(stored.document(hit.doc));
        }
        return docs;
    }

    DocumentInfo documentInfo(Document d) {
        LocalDate validFrom = epochDay(d, Schema.VALID_FROM);
        LocalDate validTo = epochDay(d, Schema.VALID_TO);
        String status = ValidityStatus.of(validFrom, validTo, LocalDate.now(clock)).label();
        return new DocumentInfo(d.get(Schema.ID), d.get(Schema.DOC_TITLE), d.get(Schema.DOC_NUMBER),
                d.get(Schema.REG_NUMBER), d.get(Schema.ISSUER), d.get(Schema.REGION), date(d), d.get(Schema.KIND),
                d.get(Schema.GAZETTE_ISSUE), d.get(Schema.SOURCE_FILE), intValue(d, Schema.ORDER_IN_SOURCE),
                intValue(d, Schema.SECTION_COUNT), validFrom, validTo, d.get(Schema.VALIDITY_BASIS), status,
                List.of(d.getValues(Schema.WARNINGS)));
    }

    /** A stored epoch-day field as a date, or null when the record has none. */
    static LocalDate epochDay(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    static SectionInfo sectionInfo(Document d) {
        return new SectionInfo(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                List.of(d.getValues(Schema.PATH)), d.get(Schema.HEADING), d.get(Schema.SECTION_TYPE),
                d.get(Schema.TEXT), intValue(d, Schema.ORDER));
    }

    /** The stored 成文日期, or null when the document has none. */
    static LocalDate date(Document d) {
        IndexableField f = d.getField(Schema.DATE);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        if (f == null) {
            throw new IllegalStateException("record " + d.get(Schema.ID) + " has no stored " + field);
        }
        return f.numericValue().intValue();
    }
}
