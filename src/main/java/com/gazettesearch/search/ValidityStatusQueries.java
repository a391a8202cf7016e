package com.gazettesearch.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.schema.Schema;

/**
 * The validity status as Lucene queries over the stored window ({@link Schema#VALID_FROM} /
 * {@link Schema#VALID_TO}, epoch days), for a given day. Status is never indexed: these queries are built per
 * request with today's date, so the {@code status} filter and its facet counts change with the calendar, not with
 * re-indexing. The four queries partition every record that has (or lacks) a window, matching
 * {@link ValidityStatus#of(LocalDate, LocalDate, LocalDate)}.
 */
public final class ValidityStatusQueries {
    private ValidityStatusQueries() {
    }

    /** Records whose status on {@code today} is {@code status}. */
    public static Query of(ValidityStatus status, LocalDate today) {
        long day = today.toEpochDay();
        Query hasFrom = new FieldExistsQuery(Schema.VALID_FROM);
        Query hasTo = new FieldExistsQuery(Schema.VALID_TO);
        Query notYet = LongField.newRangeQuery(Schema.VALID_FROM, day + 1, Long.MAX_VALUE);
        Query ended = LongField.newRangeQuery(Schema.VALID_TO, Long.MIN_VALUE, day - 1);
        return switch (status) {
            case UNSTATED -> new BooleanQuery.Builder()
                    .add(MatchAllDocsQuery.INSTANCE, Occur.FILTER)
                    .add(hasFrom, Occur.MUST_NOT)
                    .add(hasTo, Occur.MUST_NOT)
                    .build();
            case NOT_YET_EFFECTIVE -> notYet;
            // a window that has not started is 尚未生效 even if its end is also past (a malformed window)
            case EXPIRED -> new BooleanQuery.Builder()
                    .add(ended, Occur.FILTER)
                    .add(notYet, Occur.MUST_NOT)
                    .build();
            case CURRENT -> new BooleanQuery.Builder()
                    .add(new BooleanQuery.Builder()
                            .add(hasFrom, Occur.SHOULD)
                            .add(hasTo, Occur.SHOULD)
                            .build(), Occur.FILTER)
                    .add(notYet, Occur.MUST_NOT)
                    .add(ended, Occur.MUST_NOT)
                    .build();
        };
    }

    /** Records whose status is any of {@code statuses} (a repeated filter means OR). */
    public static Query anyOf(Collection<ValidityStatus> statuses, LocalDate today) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (ValidityStatus s : statuses) {
            b.add(of(s, today), Occur.SHOULD);
        }
        return b.build();
    }

    /** One query per status, in display order (现行有效, 已失效, 尚未生效, 未注明), for facet counts. */
    public static Map<ValidityStatus, Query> all(LocalDate today) {
        Map<ValidityStatus, Query> out = new LinkedHashMap<>();
        for (ValidityStatus s : ValidityStatus.values()) {
            out.put(s, of(s, today));
        }
        return out;
    }
}
