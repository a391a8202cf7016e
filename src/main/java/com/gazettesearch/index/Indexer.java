package com.gazettesearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusScan;
import com.gazettesearch.corpus.SkippedFile;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.index.records.RecordDocumentSource;
import com.gazettesearch.index.records.RecordTypes;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.records.RecordExtractor;
import com.gazettesearch.schema.Schema;

/**
 * Builds the index from the corpus: read every file, parse it into documents and sections, map them to
 * Lucene records and write them with the only {@link IndexWriter} in the application.
 *
 * <p><b>Guarantees.</b>
 * <ul>
 *   <li><em>Atomic:</em> the whole run is one commit. Records are written with
 *   {@code updateDocument(id)} and nothing is visible to readers until the single {@code commit()} at the
 *   end; any failure before it (an exception, an {@link Error}, a killed process) rolls back, and the
 *   previous commit stays the index that readers open. The server therefore never sees half an index.</li>
 *   <li><em>Idempotent:</em> records are keyed by their stable ids, so re-indexing an unchanged corpus
 *   rewrites the same records and adds no duplicates.</li>
 *   <li><em>Reflects the corpus:</em> records of a file that is gone (or now fails to parse) are deleted,
 *   and ids a changed file no longer produces are deleted.</li>
 *   <li><em>One bad file never stops the run:</em> a file that cannot be decoded (or holds no text) is
 *   skipped, logged with its reason and listed in the {@link IndexSummary}; a file the parser only partly
 *   understood is indexed, and its warnings are listed there too.</li>
 * </ul>
 * The commit's user data holds the corpus fingerprint and counts (see {@link IndexState}).
 */
public class Indexer {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final CorpusReader reader;
    private final SourceParser parser;
    private final List<RecordDocumentSource> recordSources;
    private final boolean showProgress;
    private final RecordExtractor extractor = RecordExtractor.standard();
    private final DocumentMapper mapper = new DocumentMapper();

    /** The standard pipeline with no extra record sources and no progress bar. */
    public Indexer() {
        this(new CorpusReader(), new GazetteParser()::parse, List.of(), false);
    }

    /**
     * The application's indexer. The record sources it uses (fees, events, tables…) are listed in
     * {@link #standardRecordSources()}.
     */
    public static Indexer standard(boolean showProgress) {
        return new Indexer(new CorpusReader(), new GazetteParser()::parse, standardRecordSources(), showProgress);
    }

    /** Every structured record type the application indexes ({@link RecordTypes}); documents and sections need none. */
    public static List<RecordDocumentSource> standardRecordSources() {
        return RecordTypes.all();
    }

    /**
     * @param parser        the parse stage (tests pass one that fails on purpose)
     * @param recordSources extra records per document (fees, events…), written and deleted with their file
     * @param showProgress  draw a progress bar on stderr, one step per file
     */
    public Indexer(CorpusReader reader, SourceParser parser, List<RecordDocumentSource> recordSources,
                   boolean showProgress) {
        this.reader = reader;
        this.parser = parser;
        this.recordSources = List.copyOf(recordSources);
        this.showProgress = showProgress;
    }

    /**
     * Indexes {@code corpusDir} into {@code indexDir} (created when missing) and commits once, with a progress
     * bar when this indexer was made to show one.
     */
    public IndexSummary index(Path corpusDir, Path indexDir) throws IOException {
        try (IndexProgress progress = showProgress ? IndexProgress.bar() : IndexProgress.none()) {
            return index(corpusDir, indexDir, progress);
        }
    }

    /** Indexes {@code corpusDir} into {@code indexDir} and commits once, reporting each file to {@code progress}. */
    public IndexSummary index(Path corpusDir, Path indexDir, IndexProgress progress) throws IOException {
        long start = System.nanoTime();
        SortedMap<String, String> corpusFiles = CorpusFingerprint.files(corpusDir);
        CorpusScan scan = reader.read(corpusDir);
        // The reader has already logged the files it could not decode.
        List<SkippedFile> skipped = new ArrayList<>(scan.skipped());

        Files.createDirectories(indexDir);
        try (Directory dir = FSDirectory.open(indexDir)) {
            Map<String, Set<String>> previousIds = idsBySourceFile(dir);
            IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(dir, config);
            boolean committed = false;
            try {
                progress.begin(scan.files().size());
                Counts counts = new Counts();
                Set<String> writtenIds = new HashSet<>();
                Set<String> indexedFiles = new HashSet<>();
                for (SourceText source : scan.files()) {
                    progress.reading(source.fileName());
                    FileRecords file = recordsOf(source, skipped);
                    if (file != null && file.hasNoIdIn(writtenIds, skipped)) {
                        write(writer, file, previousIds.getOrDefault(source.fileName(), Set.of()));
                        writtenIds.addAll(file.records.keySet());
                        indexedFiles.add(source.fileName());
                        counts.add(file);
                    }
                    progress.fileDone();
                }
                for (String gone : previousIds.keySet()) {
                    if (!indexedFiles.contains(gone)) {
                        writer.deleteDocuments(new Term(Schema.SOURCE_FILE, gone));
                    }
                }
                Map<String, String> userData = new LinkedHashMap<>();
                userData.put(IndexState.FINGERPRINT, CorpusFingerprint.of(corpusFiles));
                userData.put(IndexState.CORPUS_FILES, CorpusFingerprint.encode(corpusFiles));
                userData.put(IndexState.BUILD, BuildIdentity.current());
                userData.put(IndexState.FILES, Integer.toString(indexedFiles.size()));
                userData.put(IndexState.DOCUMENTS, Integer.toString(counts.documents));
                userData.put(IndexState.SECTIONS, Integer.toString(counts.sections));
                userData.put(IndexState.RECORDS, Integer.toString(counts.records));
                userData.put(IndexState.SKIPPED, Integer.toString(skipped.size()));
                userData.put(IndexState.INDEXED_AT, Instant.now().toString());
                writer.setLiveCommitData(userData.entrySet());
                writer.commit();
                committed = true;
                writer.close();
                long millis = (System.nanoTime() - start) / 1_000_000;
                return new IndexSummary(indexedFiles.size(), counts.documents, counts.sections, counts.records,
                        skipped, counts.warned, millis, IndexSummary.formats(scan.files(), indexedFiles));
            } finally {
                if (!committed) {
                    // Discards everything written since the last commit, which stays the readable index.
                    writer.rollback();
                }
            }
        }
    }

    /** Parses one file into its records; a file that cannot be parsed is recorded as skipped (null). */
    private FileRecords recordsOf(SourceText source, List<SkippedFile> skipped) {
        try {
            List<GazetteDocument> docs = parser.parse(source);
            FileRecords file = new FileRecords(source.fileName());
            for (GazetteDocument doc : docs) {
                doc.warnings().forEach(w -> file.warnings.add(doc.title() + ": " + w));
                DocumentRecords extracted = extractor.extract(doc);
                for (Document record : mapper.map(doc, extracted, source.sha256())) {
                    file.add(record);
                }
                for (RecordDocumentSource recordSource : recordSources) {
                    for (Document record : recordSource.documentsFor(doc, extracted)) {
                        if (record.get(Schema.SOURCE_FILE) == null) {
                            record.add(new KeywordField(Schema.SOURCE_FILE, source.fileName(), Field.Store.YES));
                        }
                        file.add(record);
                    }
                }
            }
            return file;
        } catch (RuntimeException e) {
            // The parser does not fail for lack of structure, so this is a fault; it is still confined to this
            // one file, which is skipped (with its stack trace in the log) rather than stopping the run.
            skip(skipped, source.fileName(), e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            return null;
        }
    }

    private static void write(IndexWriter writer, FileRecords file, Set<String> previousIds) throws IOException {
        for (Map.Entry<String, Document> e : file.records.entrySet()) {
            writer.updateDocument(new Term(Schema.ID, e.getKey()), e.getValue());
        }
        for (String id : previousIds) {
            if (!file.records.containsKey(id)) {
                writer.deleteDocuments(new Term(Schema.ID, id));
            }
        }
    }

    private static void skip(List<SkippedFile> skipped, String fileName, String reason, Throwable cause) {
        if (cause != null) {
            LOG.warn("skipped {}: {}", fileName, reason, cause);
        } else {
            LOG.warn("skipped {}: {}", fileName, reason);
        }
        skipped.add(new SkippedFile(fileName, reason));
    }

    /** Ids of every record in the last commit, by the source file they came from. */
    private static Map<String, Set<String>> idsBySourceFile(Directory dir) throws IOException {
        Map<String, Set<String>> ids = new HashMap<>();
        if (!DirectoryReader.indexExists(dir)) {
            return ids;
        }
        Set<String> fields = Set.of(Schema.ID, Schema.SOURCE_FILE);
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : r.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document d = stored.document(i, fields);
                    String source = d.get(Schema.SOURCE_FILE);
                    String id = d.get(Schema.ID);
                    if (source != null && id != null) {
                        ids.computeIfAbsent(source, k -> new HashSet<>()).add(id);
                    }
                }
            }
        }
        return ids;
    }

    /** The records one file produced, by id, in order, and the warnings of its documents. */
    private static final class FileRecords {
        final String fileName;
        final Map<String, Document> records = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();
        String duplicateId;

        FileRecords(String fileName) {
            this.fileName = fileName;
        }

        void add(Document record) {
            String id = record.get(Schema.ID);
            if (id == null) {
                throw new IllegalStateException("a " + record.get(Schema.RECORD_TYPE) + " record has no id");
            }
            if (records.putIfAbsent(id, record) != null && duplicateId == null) {
                duplicateId = id;
            }
        }

        /** False (and the file skipped) when an id repeats, which would silently overwrite a record. */
        boolean hasNoIdIn(Set<String> writtenIds, List<SkippedFile> skipped) {
            String clash = duplicateId;
            if (clash == null) {
                clash = records.keySet().stream().filter(writtenIds::contains).findFirst().orElse(null);
            }
            if (clash != null) {
                skip(skipped, fileName, "duplicate record id " + clash, null);
                return false;
            }
            return true;
        }
    }

    private static final class Counts {
        int documents;
        int sections;
        int records;
        final List<IndexSummary.FileWarnings> warned = new ArrayList<>();

        void add(FileRecords file) {
            if (!file.warnings.isEmpty()) {
                warned.add(new IndexSummary.FileWarnings(file.fileName, file.warnings));
            }
            for (Document d : file.records.values()) {
                String type = d.get(Schema.RECORD_TYPE);
                if (Schema.TYPE_DOCUMENT.equals(type)) {
                    documents++;
                } else if (Schema.TYPE_SECTION.equals(type)) {
                    sections++;
                } else {
                    records++;
                }
            }
        }
    }
}
