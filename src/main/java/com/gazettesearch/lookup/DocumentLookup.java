package com.gazettesearch.lookup;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.schema.Schema;

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
                s.count(RecordQueries.ofType(Schema.TYPE_DOCUMENT)), s.count(RecordQueries.ofType(Schema.TYPE_SECTION))));
    }

    /** Every document, ordered by source file and then by position in it. */
    public List<DocumentInfo> documents() throws IOException {
        return searchers.withSearcher(s -> {
            List<DocumentInfo> docs = new ArrayList<>();
            for (Document d : StoredRecords.all(s, RecordQueries.ofType(Schema.TYPE_DOCUMENT), null, null)) {
                docs.add(documentInfo(d));
            }
            docs.sort(Comparator.comparing(DocumentInfo::sourceFile).thenComparingInt(DocumentInfo::orderInSource)
                    .thenComparing(DocumentInfo::id));
            return docs;
        });
    }

    public Optional<DocumentInfo> document(String id) throws IOException {
        return searchers.withSearcher(s -> StoredRecords.first(s, byId(Schema.TYPE_DOCUMENT, id))
                .map(this::documentInfo));
    }

    /** The document and all its sections in order, or empty when there is no document with that id. */
    public Optional<DocumentWithSections> documentWithSections(String id) throws IOException {
        return searchers.withSearcher(s -> {
            Optional<Document> doc = StoredRecords.first(s, byId(Schema.TYPE_DOCUMENT, id));
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DocumentWithSections(documentInfo(doc.get()), sectionsOf(s, id)));
        });
    }

    /** The section with its neighbours in the same document, or empty when there is no such section. */
    public Optional<SectionWithNeighbours> section(String id) throws IOException {
        return searchers.withSearcher(s -> {
            Optional<Document> found = StoredRecords.first(s, byId(Schema.TYPE_SECTION, id));
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
        List<SectionInfo> sections = new ArrayList<>();
        Query q = RecordQueries.byValue(Schema.TYPE_SECTION, Schema.DOC_ID, docId);
        for (Document d : StoredRecords.all(s, q, null, null)) {
            sections.add(sectionInfo(d));
        }
        sections.sort(Comparator.comparingInt(SectionInfo::order).thenComparing(SectionInfo::id));
        return sections;
    }

    private static Query byId(String type, String id) {
        return RecordQueries.byValue(type, Schema.ID, id);
    }

    private DocumentInfo documentInfo(Document d) {
        LocalDate validFrom = StoredRecords.epochDay(d, Schema.VALID_FROM);
        LocalDate validTo = StoredRecords.epochDay(d, Schema.VALID_TO);
        String status = ValidityStatus.of(validFrom, validTo, LocalDate.now(clock)).label();
        return new DocumentInfo(d.get(Schema.ID), d.get(Schema.DOC_TITLE), d.get(Schema.DOC_NUMBER),
                d.get(Schema.REG_NUMBER), d.get(Schema.INDEX_NUMBER), d.get(Schema.ISSUER), d.get(Schema.REGION),
                StoredRecords.epochDay(d, Schema.DATE), d.get(Schema.KIND), d.get(Schema.GAZETTE_ISSUE),
                d.get(Schema.SOURCE_FILE), StoredRecords.intValue(d, Schema.ORDER_IN_SOURCE),
                StoredRecords.intValue(d, Schema.SECTION_COUNT), validFrom, validTo, d.get(Schema.VALIDITY_BASIS),
                status, List.of(d.getValues(Schema.WARNINGS)));
    }

    private static SectionInfo sectionInfo(Document d) {
        return new SectionInfo(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                List.of(d.getValues(Schema.PATH)), d.get(Schema.HEADING), d.get(Schema.SECTION_TYPE),
                d.get(Schema.TEXT), StoredRecords.intValue(d, Schema.ORDER));
    }
}
