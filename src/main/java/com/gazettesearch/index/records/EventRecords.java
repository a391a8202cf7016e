package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.records.chronicle.Person;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.schema.StoredEvent;

/**
 * {@code event} records: one per dated chronicle entry, filtered by the period it overlaps, its text and the
 * people it names, sorted by date; stored with its chronicle's title.
 */
public final class EventRecords extends RecordMapper<ChronicleEvent> {
    public EventRecords() {
        super(Schema.TYPE_EVENT);
    }

    @Override
    protected List<ChronicleEvent> records(DocumentRecords extracted) {
        return extracted.events();
    }

    @Override
    protected String sectionId(ChronicleEvent event) {
        return event.sectionId();
    }

    @Override
    protected String searchableText(ChronicleEvent event) {
        return event.text();
    }

    @Override
    protected Object stored(ChronicleEvent event, GazetteDocument doc) {
        return new StoredEvent(event, doc.title());
    }

    @Override
    protected void addFields(Document d, ChronicleEvent e, GazetteDocument doc) {
        d.add(new LongField(Schema.DATE, e.date().toEpochDay(), Field.Store.YES));
        // a one-day event ends the day it starts, so "overlaps [from, to]" is one pair of ranges
        d.add(new LongField(Schema.END_DATE, (e.endDate() != null ? e.endDate() : e.date()).toEpochDay(),
                Field.Store.NO));
        addKeyword(d, Schema.PART_OF_DAY, e.partOfDay());
        for (Person p : e.people()) {
            d.add(new KeywordField(Schema.PEOPLE, p.name(), Field.Store.NO));
        }
    }
}
