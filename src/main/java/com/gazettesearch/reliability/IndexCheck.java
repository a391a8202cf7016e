package com.gazettesearch.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import com.gazettesearch.index.IndexState;
import com.gazettesearch.schema.Schema;

/**
 * What an index directory holds after a run, however it ended: the last commit's own counts, the records actually
 * in it by type, and whether Lucene's {@link CheckIndex} finds it clean. Run it only when no writer is open.
 */
public record IndexCheck(Counts committed, Counts actual, boolean clean, String problem) {
    /** Documents, sections and other records. */
    public record Counts(long documents, long sections, long records) {
        @Override
        public String toString() {
            return documents + " documents, " + sections + " sections, " + records + " records";
        }
    }

    /** The commit says what the index holds and CheckIndex is clean. */
    public boolean consistent() {
        return clean && committed.equals(actual);
    }

    public static IndexCheck of(Path indexDir) throws IOException {
        try (Directory dir = FSDirectory.open(indexDir)) {
            Counts committed;
            Counts actual;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                committed = new Counts(number(data, IndexState.DOCUMENTS), number(data, IndexState.SECTIONS),
                        number(data, IndexState.RECORDS));
                IndexSearcher searcher = new IndexSearcher(reader);
                long documents = searcher.count(new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_DOCUMENT)));
                long sections = searcher.count(new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_SECTION)));
                actual = new Counts(documents, sections, reader.numDocs() - documents - sections);
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(dir)) {
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                CheckIndex.Status status = check.checkIndex();
                String problem = status.clean ? null : lastLines(log.toString(StandardCharsets.UTF_8));
                return new IndexCheck(committed, actual, status.clean, problem);
            }
        }
    }

    private static long number(Map<String, String> data, String key) {
        String v = data.get(key);
        return v == null ? -1 : Long.parseLong(v);
    }

    private static String lastLines(String text) {
        String[] lines = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 5), lines.length));
    }
}
