package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The sample visits one window in {@code stride} of every segment, so counts over it scale back to the full count. */
class SampleWindowsTest {
    @Test
    void aSampleHoldsAboutOneInStrideOfTheMatchesOfEverySegment() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(3000).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 20_000; i++) {
                Document d = new Document();
                d.add(new StringField("even", i % 2 == 0 ? "yes" : "no", Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(r.leaves()).hasSizeGreaterThan(1);
                IndexSearcher s = new IndexSearcher(r);
                TermQuery even = new TermQuery(new Term("even", "yes"));
                assertThat(s.count(new SampleWindows(1))).isEqualTo(20_000);
                for (int stride : new int[] {2, 8, 16}) {
                    int sampled = s.count(new BooleanQuery.Builder().add(even, Occur.MUST)
                            .add(new SampleWindows(stride), Occur.FILTER).build());
                    assertThat((double) sampled * stride).as("stride %d", stride).isCloseTo(10_000, org.assertj.core.data.Percentage.withPercentage(15));
                }
            }
        }
    }

    /** Given the documents, a sample takes a document's sections all or none, and one document in about stride. */
    @Test
    void aSampleOfDocumentsTakesEachDocumentWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.util.List<MiniIndex.Sec> sections = new java.util.ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1);
        int docs = 400;
        for (int d = 0; d < docs; d++) {
            // documents of 1 to 30 sections: a window cutting through them would see the long ones more often
            for (int k = 0; k <= (d * 7) % 30; k++) {
                sections.add(new MiniIndex.Sec("s" + d + "-" + k, String.format("d%03d", d), "通知" + d, null, "甲县", day,
                        "第" + k + "条", "防汛工作"));
            }
        }
        try (com.gazettesearch.lookup.Searchers searchers = MiniIndex.write(dir, sections)) {
            searchers.withSearcher(view -> {
                DocumentTable table = view.get(DocumentTable.STATE);
                for (int stride : new int[] {2, 4, 8}) {
                    java.util.Map<String, Integer> taken = new java.util.HashMap<>();
                    org.apache.lucene.index.StoredFields stored = view.storedFields();
                    for (org.apache.lucene.search.ScoreDoc sd : view.search(new SampleWindows(stride, table), 100_000).scoreDocs) {
                        taken.merge(stored.document(sd.doc).get(com.gazettesearch.schema.Schema.DOC_ID), 1, Integer::sum);
                    }
                    taken.forEach((docId, n) -> assertThat(n).as("%s at stride %d", docId, stride)
                            .isEqualTo((Integer.parseInt(docId.substring(1)) * 7) % 30 + 1));
                    assertThat((double) taken.size() * stride).as("stride %d", stride)
                            .isCloseTo(docs, org.assertj.core.data.Percentage.withPercentage(25));
                }
                return null;
            });
        }
    }
}
