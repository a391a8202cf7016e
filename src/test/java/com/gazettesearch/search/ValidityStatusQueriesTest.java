package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.records.validity.ValidityStatus;
import com.gazettesearch.schema.Schema;

class ValidityStatusQueriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    /** Windows as the corpus has them: id, from, to (null = not stated). */
    private static final Object[][] WINDOWS = {
            {"militia", LocalDate.of(2024, 1, 29), LocalDate.of(2026, 1, 28)},
            {"fee", LocalDate.of(2024, 5, 1), null},
            {"eco-plan", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31)},
            {"future", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)},
            {"ends-today", LocalDate.of(2025, 1, 1), TODAY},
            {"only-end-past", null, LocalDate.of(2025, 12, 31)},
            {"chronicle", null, null},
    };

    @Test
    void statusQueriesAgreeWithValidityStatusAndPartitionTheIndex() throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.indexAnalyzer()))) {
                for (Object[] row : WINDOWS) {
                    Document doc = new Document();
                    doc.add(new KeywordField(Schema.ID, (String) row[0], Field.Store.YES));
                    if (row[1] != null) {
                        doc.add(new LongField(Schema.VALID_FROM, ((LocalDate) row[1]).toEpochDay(), Field.Store.YES));
                    }
                    if (row[2] != null) {
                        doc.add(new LongField(Schema.VALID_TO, ((LocalDate) row[2]).toEpochDay(), Field.Store.YES));
                    }
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> seen = new ArrayList<>();
                for (Map.Entry<ValidityStatus, Query> e : ValidityStatusQueries.all(TODAY).entrySet()) {
                    TreeSet<String> expected = new TreeSet<>();
                    for (Object[] row : WINDOWS) {
                        if (ValidityStatus.of((LocalDate) row[1], (LocalDate) row[2], TODAY) == e.getKey()) {
                            expected.add((String) row[0]);
                        }
                    }
                    TreeSet<String> got = ids(searcher, e.getValue());
                    assertThat(got).as(e.getKey().label()).isEqualTo(expected);
                    seen.addAll(got);
                }
                assertThat(seen).hasSize(WINDOWS.length).doesNotHaveDuplicates();

                assertThat(ids(searcher, ValidityStatusQueries.of(ValidityStatus.EXPIRED, TODAY)))
                        .containsExactly("militia", "only-end-past");
                assertThat(ids(searcher, ValidityStatusQueries.anyOf(
                        List.of(ValidityStatus.NOT_YET_EFFECTIVE, ValidityStatus.UNSTATED), TODAY)))
                        .containsExactly("chronicle", "future");
            }
        }
    }

    private static TreeSet<String> ids(IndexSearcher searcher, Query q) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            out.add(searcher.storedFields().document(sd.doc).get(Schema.ID));
        }
        return out;
    }
}
