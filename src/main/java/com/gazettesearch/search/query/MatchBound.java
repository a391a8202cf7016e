package com.gazettesearch.search.query;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Whether a query can match at most so many records, proved from term statistics alone, before the query runs: a
 * term matches at most its document frequency, a phrase at most its rarest term's, a disjunction at most the sum of
 * its clauses, a conjunction at most its smallest required clause. Any other query is bounded by the reader's size.
 * The search uses it to know a query will be counted in full before deciding how to count it
 * ({@code SectionFacets}); an answer of false proves nothing. Deleted records are counted by document frequencies,
 * so the bound stays an upper bound.
 */
public final class MatchBound {
    private MatchBound() {
    }

    /** True when {@code query} provably matches at most {@code limit} records of {@code reader}. */
    public static boolean atMost(IndexReader reader, Query query, long limit) throws IOException {
        return reader.maxDoc() <= limit || bound(reader, query, limit) <= limit;
    }

    /**
     * An upper bound of the matches of {@code q}, exact up to {@code limit}: above it, any number above {@code limit}
     * (the sums stop there, so a long disjunction of common words costs a few look-ups).
     */
    private static long bound(IndexReader reader, Query q, long limit) throws IOException {
        return switch (q) {
            case TermQuery t -> reader.docFreq(t.getTerm());
            case PhraseQuery p -> rarest(reader, p.getTerms());
            case BoostQuery b -> bound(reader, b.getQuery(), limit);
            case ConstantScoreQuery c -> bound(reader, c.getQuery(), limit);
            case MaterializedFilter m -> bound(reader, m.filter(), limit);
            case PreferenceQuery p -> bound(reader, p.ranked(), limit);
            case DisjunctionMaxQuery d -> sum(reader, d.getDisjuncts(), limit);
            case BooleanQuery b -> bound(reader, b, limit);
            default -> reader.maxDoc();
        };
    }

    private static long bound(IndexReader reader, BooleanQuery b, long limit) throws IOException {
        boolean required = false;
        long smallest = reader.maxDoc();
        for (BooleanClause c : b.clauses()) {
            if (c.isRequired()) {
                required = true;
                smallest = Math.min(smallest, bound(reader, c.query(), limit));
                if (smallest <= limit) {
                    return smallest;
                }
            }
        }
        int least = b.getMinimumNumberShouldMatch();
        if (required && least == 0) {
            return smallest;
        }
        // Every match has at least `least` of the SHOULD clauses (at least one without required clauses), so
        // the clauses' matches add up to `least` times the matches or more. The sum stops once it is above
        // limit * least, which still proves the bound above the limit.
        int k = Math.max(1, least);
        long should = sum(reader, b.clauses().stream().filter(c -> c.occur() == Occur.SHOULD)
                .map(BooleanClause::query).toList(), limit * k) / k;
        return Math.min(smallest, should);
    }

    private static long sum(IndexReader reader, Iterable<Query> clauses, long limit) throws IOException {
        long sum = 0;
        for (Query clause : clauses) {
            sum += bound(reader, clause, limit);
            if (sum > limit) {
                return sum;
            }
        }
        return sum;
    }

    private static long rarest(IndexReader reader, Term[] terms) throws IOException {
        long rarest = reader.maxDoc();
        for (Term t : terms) {
            rarest = Math.min(rarest, reader.docFreq(t));
        }
        return rarest;
    }
}
