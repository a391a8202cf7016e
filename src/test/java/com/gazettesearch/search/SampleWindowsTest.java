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
}
