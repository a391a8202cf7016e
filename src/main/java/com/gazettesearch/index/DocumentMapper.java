package com.gazettesearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.parse.DocNumbers;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.validity.Validity;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.text.AnswerKind;

/**
 * Turns a parsed {@link GazetteDocument} into Lucene documents, using only {@link Schema}'s field
 * names and types: one {@code recordType=document} record for the document and one
 * {@code recordType=section} record per section. Section records carry a copy of the document's
 * metadata so a search hit can be filtered, faceted and displayed without a second lookup.
 * Null values are left out (unknown is absent, never an empty string).
 */
public final class DocumentMapper {
    private final FacetsConfig facetsConfig = Schema.facetsConfig();

    /**
     * The document record followed by one record per section, in section order. {@code records} is what the
     * extraction stage read from {@code doc}: its validity window goes on every record, each section's
     * responsible departments become its {@code dept} facet values, and an event section is dated by its event,
     * not by its chronicle, so date filters and the year facet find it by when it happened.
     */
    public List<Document> map(GazetteDocument doc, DocumentRecords records, String sourceHash) {
        List<Document> out = new ArrayList<>(doc.sections().size() + 1);
        out.add(documentRecord(doc, records.validity(), sourceHash));
        for (Section section : doc.sections()) {
            out.add(sectionRecord(doc, section, records));
        }
        return out;
    }

    private Document documentRecord(GazetteDocument doc, Validity validity, String sourceHash) {
        Document d = new Document();
        d.add(new KeywordField(Schema.RECORD_TYPE, Schema.TYPE_DOCUMENT, Field.Store.YES));
        d.add(new KeywordField(Schema.ID, doc.id(), Field.Store.YES));
        addMetadata(d, doc, doc.date());
        d.add(new IntField(Schema.SECTION_COUNT, doc.sections().size(), Field.Store.YES));
        for (String issued : doc.issuedTextTitles()) {
            d.add(new StoredField(Schema.ISSUED_TITLES, issued));
        }
        for (String warning : doc.warnings()) {
            d.add(new StoredField(Schema.WARNINGS, warning));
        }
        if (sourceHash != null) {
            d.add(new StoredField(Schema.SOURCE_HASH, sourceHash));
        }
        addValidity(d, validity);
        if (validity.basis() != null) {
            d.add(new StoredField(Schema.VALIDITY_BASIS, validity.basis()));
        }
        return d;
    }

    private Document sectionRecord(GazetteDocument doc, Section section, DocumentRecords records) {
        LocalDate date = records.dateOf(section, doc.date());
        Document d = new Document();
        d.add(new KeywordField(Schema.RECORD_TYPE, Schema.TYPE_SECTION, Field.Store.YES));
        d.add(new KeywordField(Schema.ID, section.id(), Field.Store.YES));
        addMetadata(d, doc, date);
        // One stored value per level keeps the order; the joined copy lets a query match any level.
        for (String level : section.path()) {
            d.add(new StoredField(Schema.PATH, level));
        }
        if (!section.path().isEmpty()) {
            d.add(new TextField(Schema.PATH_TEXT, String.join(" ", section.path()), Field.Store.NO));
        } else {
            d.add(new StringField(Schema.PREAMBLE, Schema.PREAMBLE_YES, Field.Store.NO));
        }
        if (section.heading() != null) {
            d.add(new TextField(Schema.HEADING, section.heading(), Field.Store.YES));
            d.add(new TextField(Schema.HEADING_WORDS, section.heading(), Field.Store.NO));
        }
        addSuggestion(d, Schema.SUGGEST_TITLE, doc.title());
        addSuggestion(d, Schema.SUGGEST_HEADING, section.heading());
        String type = section.type().apiName();
        d.add(new KeywordField(Schema.SECTION_TYPE, type, Field.Store.YES));
        d.add(new Field(Schema.TEXT, section.text(), Schema.STORED_TEXT_WITH_OFFSETS));
        d.add(new TextField(Schema.TEXT_WORDS, section.text(), Field.Store.NO));
        d.add(new IntField(Schema.ORDER, section.order(), Field.Store.YES));
        for (AnswerKind kind : AnswerKind.in(section.text())) {
            d.add(new KeywordField(Schema.ANSWER_KIND, kind.value(), Field.Store.NO));
        }

        addFacet(d, Schema.REGION, doc.region());
        addFacet(d, Schema.ISSUER, doc.issuer());
        addFacet(d, Schema.KIND, doc.kind());
        addFacet(d, Schema.YEAR, date == null ? null : Integer.toString(date.getYear()));
        addFacet(d, Schema.SECTION_TYPE, type);
        addValidity(d, records.validity());
        records.departmentsOf(section).ifPresent(a -> a.all().forEach(name -> addFacet(d, Schema.DEPT, name)));
        try {
            return facetsConfig.build(d);
        } catch (IOException e) {
            // FacetsConfig.build only declares IOException for taxonomy writers; SortedSet facets never throw it.
            throw new UncheckedIOException(e);
        }
    }

    /** Document metadata, shared by document and section records. */
    private static void addMetadata(Document d, GazetteDocument doc, LocalDate date) {
        d.add(new KeywordField(Schema.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new KeywordField(Schema.SOURCE_FILE, doc.sourceFile(), Field.Store.YES));
        d.add(new TextField(Schema.DOC_TITLE, doc.title(), Field.Store.YES));
        d.add(new TextField(Schema.DOC_TITLE_WORDS, doc.title(), Field.Store.NO));
        if (doc.docNumber() != null) {
            d.add(new KeywordField(Schema.DOC_NUMBER, doc.docNumber(), Field.Store.YES));
            DocNumbers.key(doc.docNumber())
                    .ifPresent(key -> d.add(new KeywordField(Schema.DOC_NUMBER_KEY, key, Field.Store.NO)));
        }
        addKeyword(d, Schema.REG_NUMBER,
                doc.registrationNumber() == null ? null : doc.registrationNumber().toUpperCase(Locale.ROOT));
        addKeyword(d, Schema.INDEX_NUMBER, doc.indexNumber());
        addKeyword(d, Schema.ISSUER, doc.issuer());
        addKeyword(d, Schema.REGION, doc.region());
        addKeyword(d, Schema.KIND, doc.kind());
        addKeyword(d, Schema.GAZETTE_ISSUE, doc.gazetteIssue());
        if (date != null) {
            d.add(new LongField(Schema.DATE, date.toEpochDay(), Field.Store.YES));
            d.add(new KeywordField(Schema.YEAR, Integer.toString(date.getYear()), Field.Store.YES));
        }
        d.add(new IntField(Schema.ORDER_IN_SOURCE, doc.orderInSource(), Field.Store.YES));
    }

    /** The validity window (epoch days), on the document record and every section record; the status is never stored. */
    private static void addValidity(Document d, Validity validity) {
        if (validity.validFrom() != null) {
            d.add(new LongField(Schema.VALID_FROM, validity.validFrom().toEpochDay(), Field.Store.YES));
        }
        if (validity.validTo() != null) {
            d.add(new LongField(Schema.VALID_TO, validity.validTo().toEpochDay(), Field.Store.YES));
        }
    }

    private static void addKeyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new KeywordField(field, value, Field.Store.YES));
        }
    }

    /** A title or heading the suggester may offer (see {@link SuggesterWriter}). */
    private static void addSuggestion(Document d, String field, String text) {
        if (text != null && !text.isBlank() && text.length() <= Schema.MAX_SUGGESTION_CHARS) {
            d.add(new SortedDocValuesField(field, new BytesRef(text)));
        }
    }

    private static void addFacet(Document d, String dim, String value) {
        if (value != null) {
            d.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }
}
