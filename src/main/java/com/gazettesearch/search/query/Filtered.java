package com.gazettesearch.search.query;

import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A scored query with filters around it, built flat: the filters join the query's own clauses instead of wrapping it.
 * The ranking query is a disjunction of kinds of evidence; wrapped as {@code +ranking #filter}, Lucene rewrites the
 * inner query first into its own disjunction-with-filter shape and can then not inline it, so it scores every match
 * through a generic conjunction. Flat ({@code ranking's SHOULD clauses, #filters, at least one SHOULD}), Lucene's
 * filtered disjunction scorer (MaxScore with the filters as lead) takes it, and skips by block-max scores. Matches
 * and scores are those of the wrapped form: filters score nothing, and the SHOULD clauses still must match.
 */
public final class Filtered {
    private Filtered() {
    }

    /** {@code scored} restricted to the documents every one of {@code filters} matches, scored as {@code scored}. */
    public static Query of(Query scored, List<Query> filters) {
        if (filters.isEmpty()) {
            return scored;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        if (scored instanceof BooleanQuery bq && bq.clauses().stream().anyMatch(c -> c.occur() != Occur.MUST_NOT)) {
            boolean required = bq.clauses().stream().anyMatch(BooleanClause::isRequired);
            bq.clauses().forEach(out::add);
            // without a required clause a SHOULD had to match; next to filters it would become optional
            out.setMinimumNumberShouldMatch(required ? bq.getMinimumNumberShouldMatch()
                    : Math.max(1, bq.getMinimumNumberShouldMatch()));
        } else {
            out.add(scored, Occur.MUST);
        }
        filters.forEach(f -> out.add(f, Occur.FILTER));
        return out.build();
    }
}
