package com.gazettesearch.lookup;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;

import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.records.table.ProjectRow;
import com.gazettesearch.schema.Schema;

/**
 * Reads plan table rows back from the index: key projects (filtered by text, department and build
 * type, in table order or by investment) and indicators (filtered by status, in table order).
 */
public final class TableLookup {
    /** How projects are ordered. */
    public enum ProjectSort {
        /** As printed: file, document, row. */
        TABLE,
        /** Largest investment first; projects without a number last, then table order. */
        INVESTMENT
    }

    private static final Sort BY_TABLE = RecordQueries.inExtractionOrder();
    private static final Sort BY_INVESTMENT;

    static {
        SortField investment = DoubleField.newSortField(Schema.INVESTMENT, true, SortedNumericSelector.Type.MAX,
                Double.NEGATIVE_INFINITY);
        BY_INVESTMENT = RecordQueries.inExtractionOrder(investment);
    }

    private final Searchers searchers;

    public TableLookup(Searchers searchers) {
        this.searchers = searchers;
    }

    /**
     * @param q         words the project's category, name, content or departments must contain
     * @param dept      a department the project names, whole or in part (住建局 matches 区住建局)
     * @param buildType 新建 / 续建
     */
    public record ProjectQuery(String q, String dept, String buildType, ProjectSort sort) {
        public ProjectQuery {
            Objects.requireNonNull(sort, "sort");
        }
    }

    /**
     * The matching projects and the sum of their stated investments (万元), and the build types the indexed
     * projects have (新建, 续建 …), read from the same view so a caller can say whether an asked type exists.
     */
    public record ProjectResult(int total, BigDecimal totalInvestment, List<ProjectRow> projects,
                                SortedSet<String> buildTypes) {
    }

    /** The matching indicators in table order, and the statuses the indexed indicators have (已达标, 未达标 …). */
    public record IndicatorResult(List<IndicatorRow> indicators, SortedSet<String> statuses) {
    }

    public ProjectResult projects(ProjectQuery query) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(RecordQueries.ofType(Schema.TYPE_PROJECT), Occur.FILTER);
        Query text = RecordQueries.contains(Schema.RECORD_TEXT, query.q());
        if (text != null) {
            b.add(text, Occur.FILTER);
        }
        if (query.dept() != null && !query.dept().isBlank()) {
            String dept = query.dept().strip();
            BooleanQuery.Builder either = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.PROJECT_DEPT, dept)), Occur.SHOULD);
            Query part = RecordQueries.contains(Schema.PROJECT_DEPT_TEXT, dept);
            if (part != null) {
                either.add(part, Occur.SHOULD);
            }
            b.add(either.build(), Occur.FILTER);
        }
        if (query.buildType() != null) {
            b.add(new TermQuery(new Term(Schema.BUILD_TYPE, query.buildType())), Occur.FILTER);
        }
        Query q = b.build();
        Sort sort = query.sort() == ProjectSort.INVESTMENT ? BY_INVESTMENT : BY_TABLE;
        return searchers.withSearcher(s -> {
            List<ProjectRow> rows = StoredRecords.decoded(s, q, sort, ProjectRow.class);
            BigDecimal sum = rows.stream().map(ProjectRow::investment).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new ProjectResult(rows.size(), sum, rows, RecordQueries.values(s, Schema.BUILD_TYPE, Schema.TYPE_PROJECT));
        });
    }

    /** Indicators with status {@code status} (null: all), in table order. */
    public IndicatorResult indicators(String status) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(RecordQueries.ofType(Schema.TYPE_INDICATOR), Occur.FILTER);
        if (status != null) {
            b.add(new TermQuery(new Term(Schema.INDICATOR_STATUS, status)), Occur.FILTER);
        }
        Query q = b.build();
        return searchers.withSearcher(s -> new IndicatorResult(StoredRecords.decoded(s, q, BY_TABLE, IndicatorRow.class),
                RecordQueries.values(s, Schema.INDICATOR_STATUS, Schema.TYPE_INDICATOR)));
    }
}
