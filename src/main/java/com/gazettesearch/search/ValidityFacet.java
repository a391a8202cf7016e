package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import com.gazettesearch.lookup.StoredRecords;
import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.schema.Schema;

/**
 * The {@code status} facet and filter of {@code /api/search} (现行有效, 已失效, 尚未生效, 未注明). Unlike the other
 * facets it is not indexed: status depends on the day, so each request turns the stored validity window into
 * range queries for today ({@link ValidityStatusQueries}), and its counts classify each match's stored window.
 * The counts are multi-select like the other facets: they apply every filter except the status filter itself.
 */
public final class ValidityFacet {
    private ValidityFacet() {
    }

    /** The filter for the statuses in {@code filters} (key {@link Schema#STATUS}); null when the request names none. */
    public static Query filter(Map<String, List<String>> filters, LocalDate today) {
        List<String> labels = filters.getOrDefault(Schema.STATUS, List.of());
        if (labels.isEmpty()) {
            return null;
        }
        return ValidityStatusQueries.anyOf(labels.stream().map(ValidityStatus::fromLabel).toList(), today);
    }

    /**
     * A collector that counts matches per status as they are collected. With no status filter in the request,
     * the search's own pass sees exactly the matches the status facet counts, so the search collects with this
     * beside its top-hits collector instead of running the query a second time.
     */
    public static CollectorManager<?, long[]> counter(LocalDate today) {
        return new StatusCounter(today);
    }

    /** Counts indexed by {@link ValidityStatus} ordinal, as facet values ordered like the other facets. */
    public static List<SearchResponse.FacetValue> facetValues(long[] counts) {
        List<SearchResponse.FacetValue> out = new ArrayList<>();
        for (ValidityStatus status : ValidityStatus.values()) {
            if (counts[status.ordinal()] > 0) {
                out.add(new SearchResponse.FacetValue(status.label(), counts[status.ordinal()]));
            }
        }
        out.sort(Comparator.comparingLong(SearchResponse.FacetValue::count).reversed()
                .thenComparing(SearchResponse.FacetValue::value));
        return List.copyOf(out);
    }

    /** Counts matches per status (indexed by ordinal), one collector per leaf slice, summed at the end. */
    private static final class StatusCounter implements CollectorManager<StatusCounter.PerSlice, long[]> {
        private final long day;

        StatusCounter(LocalDate today) {
            this.day = today.toEpochDay();
        }

        @Override
        public PerSlice newCollector() {
            return new PerSlice();
        }

        @Override
        public long[] reduce(Collection<PerSlice> collectors) {
            long[] total = new long[ValidityStatus.values().length];
            for (PerSlice c : collectors) {
                for (int i = 0; i < total.length; i++) {
                    total[i] += c.counts[i];
                }
            }
            return total;
        }

        final class PerSlice extends SimpleCollector {
            final long[] counts = new long[ValidityStatus.values().length];
            private SortedNumericDocValues from;
            private SortedNumericDocValues to;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                from = DocValues.getSortedNumeric(context.reader(), Schema.VALID_FROM);
                to = DocValues.getSortedNumeric(context.reader(), Schema.VALID_TO);
            }

            @Override
            public void collect(int doc) throws IOException {
                // ValidityStatus.of on epoch days, without making dates: this runs for every match
                boolean hasFrom = from.advanceExact(doc);
                boolean hasTo = to.advanceExact(doc);
                ValidityStatus status;
                if (!hasFrom && !hasTo) {
                    status = ValidityStatus.UNSTATED;
                } else if (hasFrom && day < from.nextValue()) {
                    status = ValidityStatus.NOT_YET_EFFECTIVE;
                } else if (hasTo && day > to.nextValue()) {
                    status = ValidityStatus.EXPIRED;
                } else {
                    status = ValidityStatus.CURRENT;
                }
                counts[status.ordinal()]++;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }

    /** The status of a stored section or document record on {@code today}. */
    public static String statusOf(Document d, LocalDate today) {
        return ValidityStatus.of(StoredRecords.epochDay(d, Schema.VALID_FROM), StoredRecords.epochDay(d, Schema.VALID_TO),
                today).label();
    }

    /** Today in China time, when a document's status changes. */
    public static LocalDate today() {
        return LocalDate.now(ValidityStatus.CLOCK);
    }
}
