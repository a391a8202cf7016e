package com.gazettesearch.testkit;

import java.io.Closeable;
import java.io.IOException;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * An in-memory index of random texts over a small vocabulary with frequent and rare words, as in real text, in
 * several postings blocks and segments: for tests of scorers and query shapes that must behave as Lucene's own
 * (block-max skipping, bulk scorers) without the cost of a real corpus.
 */
public final class SkewedTextIndex implements Closeable {
    private final Directory dir;
    /** The field the words are in. */
    public static final String TEXT = "text";
    public final DirectoryReader reader;
    public final IndexSearcher searcher;

    /** More fields of document {@code i}, drawn from the index's own random sequence. */
    public interface Fields {
        void add(int i, Random random, Document doc);
    }

    /**
     * {@code docs} documents, each with a {@code text} field of {@code minWords} to {@code minWords + moreWords - 1}
     * words of {@code words} (the first ones most frequent: |gaussian| × {@code spread} picks the word) and the
     * {@code fields} added for it; a commit after every {@code commitEvery} documents.
     */
    public SkewedTextIndex(long seed, int docs, String[] words, int minWords, int moreWords, double spread,
                           int commitEvery, Fields fields) throws IOException {
        dir = new ByteBuffersDirectory();
        Random random = new Random(seed);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < docs; i++) {
                StringBuilder text = new StringBuilder();
                int n = minWords + random.nextInt(moreWords);
                for (int k = 0; k < n; k++) {
                    text.append(words[(int) Math.min(words.length - 1, Math.abs(random.nextGaussian()) * spread)])
                            .append(' ');
                }
                Document d = new Document();
                d.add(new TextField(TEXT, text.toString(), Field.Store.NO));
                fields.add(i, random, d);
                w.addDocument(d);
                if (i % commitEvery == commitEvery - 1) {
                    w.commit();
                }
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    /** Every document {@code q} matches, with its score, in doc id order. */
    /** The query for one of the index's words in its text field. */
    public static org.apache.lucene.search.Query word(String word) {
        return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(TEXT, word));
    }

    public java.util.Map<Integer, Float> everyMatch(org.apache.lucene.search.Query q) throws IOException {
        org.apache.lucene.search.TopDocs all = searcher.search(q,
                new org.apache.lucene.search.TopScoreDocCollectorManager(reader.maxDoc(), Integer.MAX_VALUE));
        java.util.Map<Integer, Float> out = new java.util.TreeMap<>();
        for (org.apache.lucene.search.ScoreDoc sd : all.scoreDocs) {
            out.put(sd.doc, sd.score);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
