package com.gazettesearch.lookup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;

import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.records.chronicle.DatePrecision;
import com.gazettesearch.records.chronicle.Person;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.schema.StoredEvent;

/**
 * Reads chronicle events back from the index: filtered by date, text and region, in date order and
 * then in the order of their chronicle.
 */
public final class EventLookup {
    /** Events by date, then in chronicle order (file, document, position), then id for a total order. */
    private static final Sort ORDER = RecordQueries.inExtractionOrder(
            LongField.newSortField(Schema.DATE, false, SortedNumericSelector.Type.MIN));

    private final Searchers searchers;

    public EventLookup(Searchers searchers) {
        this.searchers = searchers;
    }

    /**
     * What to find; every part is optional.
     *
     * @param from    events that end on or after this day
     * @param to      events that start on or before this day
     * @param q       words the event's text must contain
     * @param regions any of these regions (empty: all)
     * @param offset  events to skip
     * @param limit   most events to return
     */
    public record EventQuery(LocalDate from, LocalDate to, String q, List<String> regions, int offset, int limit) {
        public EventQuery {
            regions = List.copyOf(regions);
        }
    }

    /** One event as the API shows it. */
    public record EventHit(LocalDate date, LocalDate endDate, DatePrecision precision, String dateText,
                           String partOfDay, String text, List<Person> people, String docId, String docTitle,
                           String sectionId, String region) {
    }

    /** A page of events and how many match in all. */
    public record EventPage(int total, List<EventHit> events) {
    }

    public EventPage find(EventQuery query) throws IOException {
        Query q = build(query);
        return searchers.withSearcher(s -> {
            int total = s.count(q);
            int wanted = Math.min(total, query.offset() + query.limit());
            if (wanted <= query.offset()) {
                return new EventPage(total, List.of());
            }
            ScoreDoc[] hits = s.search(q, wanted, ORDER).scoreDocs;
            List<EventHit> events = StoredRecords.decoded(s, hits, query.offset(), StoredEvent.class).stream()
                    .map(EventLookup::hit).toList();
            return new EventPage(total, events);
        });
    }

    private static Query build(EventQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(RecordQueries.ofType(Schema.TYPE_EVENT), Occur.FILTER);
        if (query.from() != null) {
            b.add(LongField.newRangeQuery(Schema.END_DATE, query.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (query.to() != null) {
            b.add(LongField.newRangeQuery(Schema.DATE, Long.MIN_VALUE, query.to().toEpochDay()), Occur.FILTER);
        }
        Query text = RecordQueries.contains(Schema.RECORD_TEXT, query.q());
        if (text != null) {
            b.add(text, Occur.FILTER);
        }
        if (!query.regions().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            query.regions().forEach(r -> any.add(new TermQuery(new Term(Schema.REGION, r)), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        }
        return b.build();
    }

    private static EventHit hit(StoredEvent stored) {
        ChronicleEvent e = stored.event();
        return new EventHit(e.date(), e.endDate(), e.precision(), e.dateText(), e.partOfDay(), e.text(), e.people(),
                e.docId(), stored.docTitle(), e.sectionId(), e.region());
    }
}
