package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.schema.Schema;

/** The application's index of the real corpus: dept facet values and validity windows on section records. */
class RecordFieldsIndexTest {
    @TempDir
    static Path tmp;
    static Directory dir;
    static DirectoryReader reader;
    static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path index = tmp.resolve("index");
        Indexer.standard(false).index(TestCorpus.CORPUS, index);
        dir = FSDirectory.open(index);
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static Query sections(String region) {
        return new BooleanQuery.Builder()
                .add(KeywordField.newExactQuery(Schema.RECORD_TYPE, Schema.TYPE_SECTION), Occur.FILTER)
                .add(KeywordField.newExactQuery(Schema.REGION, region), Occur.FILTER)
                .build();
    }

    @Test
    void sectionsCarryTheirCanonicalDepartmentsAsFacetValues() throws IOException {
        FacetsCollector fc = searcher.search(sections("株洲市渌口区"), new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(
                new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()), fc);
        FacetResult dept = counts.getTopChildren(100, Schema.DEPT);

        // 区发改局 leads 12 and takes part in 19 task lists of 渌口, each its own section
        assertThat(dept.labelValues).contains(new LabelAndValue("区发展和改革局", 31));
        assertThat(dept.labelValues).extracting(lv -> lv.label).contains("各镇", "区科技和工业信息化局")
                .doesNotContain("区发改局", "区科工信局");
    }

    @Test
    void documentAndSectionRecordsCarryTheValidityWindow() throws IOException {
        long from = LocalDate.of(2024, 1, 29).toEpochDay();
        long to = LocalDate.of(2026, 1, 28).toEpochDay();
        Query militia = new BooleanQuery.Builder()
                .add(LongField.newExactQuery(Schema.VALID_FROM, from), Occur.FILTER)
                .add(LongField.newExactQuery(Schema.VALID_TO, to), Occur.FILTER)
                .build();
        // the militia rules: one document record and its 35 sections
        assertThat(searcher.count(militia)).isEqualTo(1 + 35);
        // chronicles state nothing: no window on their 24 event sections
        Query chronicleWindows = new BooleanQuery.Builder()
                .add(KeywordField.newExactQuery(Schema.KIND, "大事记"), Occur.FILTER)
                .add(new org.apache.lucene.search.FieldExistsQuery(Schema.VALID_FROM), Occur.FILTER)
                .build();
        assertThat(searcher.count(chronicleWindows)).isZero();
    }

    @Test
    void everyRecordHasNormsForEveryAnalysedFieldSoScoringReadsThemAsAnArray() throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            for (String field : Schema.ANALYSED_FIELDS) {
                NumericDocValues norms = leaf.reader().getNormValues(field);
                assertThat(norms).as(field).isNotNull();
                assertThat(norms.cost()).as("records with a norm of %s", field).isEqualTo(leaf.reader().maxDoc());
            }
        }
    }

    @Test
    void theSectionsUnderNoHeadingAreThoseMarkedPreamble() throws IOException {
        Query sections = KeywordField.newExactQuery(Schema.RECORD_TYPE, Schema.TYPE_SECTION);
        java.util.Set<String> underNoHeading = new java.util.HashSet<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(sections, reader.maxDoc()).scoreDocs) {
            Document d = stored.document(sd.doc);
            if (d.getValues(Schema.PATH).length == 0) {
                underNoHeading.add(d.get(Schema.ID));
            }
        }
        Query marked = new BooleanQuery.Builder().add(sections, Occur.FILTER)
                .add(new TermQuery(new Term(Schema.PREAMBLE, Schema.PREAMBLE_YES)), Occur.FILTER).build();
        java.util.Set<String> preamble = new java.util.HashSet<>();
        for (ScoreDoc sd : searcher.search(marked, reader.maxDoc()).scoreDocs) {
            preamble.add(stored.document(sd.doc).get(Schema.ID));
        }
        assertThat(underNoHeading).isNotEmpty();
        assertThat(preamble).isEqualTo(underNoHeading);
    }
}
