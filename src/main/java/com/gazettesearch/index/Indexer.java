package com.gazettesearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusWalk;
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
    /** Reading, parsing and analysis run on one thread per core. */
    static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();
    /** RAM the writer buffers before it flushes a segment: larger buffers mean fewer, cheaper merges. */
    private static final double RAM_BUFFER_MB = 96;

    private final CorpusReader reader;
    private final SourceParser parser;
    private final List<RecordDocumentSource> recordSources;
    private final boolean showProgress;
    private final int threads;
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
        this(reader, parser, recordSources, showProgress, DEFAULT_THREADS);
    }

    private Indexer(CorpusReader reader, SourceParser parser, List<RecordDocumentSource> recordSources,
                    boolean showProgress, int threads) {
        this.reader = reader;
        this.parser = parser;
        this.recordSources = List.copyOf(recordSources);
        this.showProgress = showProgress;
        this.threads = threads;
    }

    /** This indexer on {@code n} threads (default: one per core). */
    public Indexer withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads: must be at least 1, was " + n);
        }
        return new Indexer(reader, parser, recordSources, showProgress, n);
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
        Files.createDirectories(indexDir);
        try (Directory dir = FSDirectory.open(indexDir)) {
            Previous previous = Previous.read(dir);
            CorpusFingerprint.Scan scanned = CorpusFingerprint.scan(corpusDir, previous.stats());
            SortedMap<String, String> corpusFiles = scanned.files();
            CorpusWalk.Result walk = CorpusWalk.of(corpusDir);
            walk.skipped().forEach(e -> LOG.warn("skipping corpus entry {}: {}", e.fileName(), e.reason()));
            List<CorpusWalk.Entry> paths = walk.files();
            List<CorpusWalk.Entry> toIndex = new ArrayList<>();
            Set<String> kept = new HashSet<>();
            for (CorpusWalk.Entry entry : paths) {
                if (previous.unchanged(entry.name(), corpusFiles.get(entry.name()))) {
                    kept.add(entry.name());
                } else {
                    toIndex.add(entry);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    // nothing kept: the new commit replaces the index whole, with no deletes to apply or merge away
                    .setOpenMode(kept.isEmpty() ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(dir, config);
            boolean committed = false;
            String suggester = null;
            try {
                if (!kept.isEmpty()) {
                    for (String gone : previous.indexedFiles()) {
                        if (!kept.contains(gone)) {
                            // removed or changed: a changed file's records are written again below, after this delete
                            writer.deleteDocuments(new Term(Schema.SOURCE_FILE, gone));
                        }
                    }
                }
                progress.begin(paths.size());
                for (int i = 0; i < kept.size(); i++) {
                    progress.fileDone();
                }
                FileResults results = new Pipeline(writer, kept, progress).run(toIndex, walk.skipped());
                Set<String> indexedFiles = new HashSet<>(kept);
                indexedFiles.addAll(results.indexed());
                Map<String, String> formats = formatsOf(kept, previous.formats(), results.formats());
                Counts counts;
                List<IndexSummary.FileWarnings> warned = new ArrayList<>(results.warned());
                try (DirectoryReader written = DirectoryReader.open(writer)) {
                    counts = Counts.of(written);
                    warned.addAll(KeptWarnings.of(written, kept));
                    suggester = SuggesterWriter.write(written, indexDir);
                }
                Map<String, String> userData = new LinkedHashMap<>();
                userData.put(IndexState.FINGERPRINT, CorpusFingerprint.of(corpusFiles));
                userData.put(IndexState.CORPUS_FILES, CorpusFingerprint.encode(corpusFiles));
                userData.put(IndexState.CORPUS_STATS, CorpusFingerprint.encodeStats(scanned.stats()));
                userData.put(IndexState.BUILD, BuildIdentity.current());
                userData.put(IndexState.FILES, Integer.toString(indexedFiles.size()));
                userData.put(IndexState.DOCUMENTS, Integer.toString(counts.documents()));
                userData.put(IndexState.SECTIONS, Integer.toString(counts.sections()));
                userData.put(IndexState.RECORDS, Integer.toString(counts.records()));
                userData.put(IndexState.FILE_FORMATS, encodeFormats(formats));
                userData.put(IndexState.SKIPPED, Integer.toString(results.skipped().size()));
                userData.put(IndexState.INDEXED_AT, Instant.now().toString());
                userData.put(Schema.SUGGESTER_DIR, suggester);
                writer.setLiveCommitData(userData.entrySet());
                writer.commit();
                committed = true;
                writer.close();
                // the previous commit's suggester stays for the readers that still have that commit open
                SuggesterWriter.deleteOthers(indexDir, SuggesterWriter.keep(suggester, previous.suggester()));
                long millis = (System.nanoTime() - start) / 1_000_000;
                return new IndexSummary(indexedFiles.size(), counts.documents(), counts.sections(), counts.records(),
                        results.skipped(), warned.stream().sorted(Comparator.comparing(IndexSummary.FileWarnings::fileName))
                        .toList(), millis, IndexSummary.formats(formats));
            } finally {
                if (!committed) {
                    // Discards everything written since the last commit, which stays the readable index.
                    writer.rollback();
                    SuggesterWriter.deleteOthers(indexDir, SuggesterWriter.keep(previous.suggester()));
                }
            }
        }
    }

    /** What the last commit says, to tell unchanged files from changed ones. */
    private record Previous(Map<String, String> files, Map<String, CorpusFingerprint.Stat> stats, boolean sameBuild,
                            Set<String> indexedFiles, String suggester, Map<String, String> formats) {
        static Previous read(Directory dir) throws IOException {
            if (!DirectoryReader.indexExists(dir)) {
                return new Previous(Map.of(), Map.of(), false, Set.of(), null, Map.of());
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                Map<String, String> data = r.getIndexCommit().getUserData();
                String encoded = data.get(IndexState.CORPUS_FILES);
                Map<String, String> files = encoded == null ? Map.of() : CorpusFingerprint.decode(encoded);
                Set<String> indexed = new HashSet<>();
                Terms sources = MultiTerms.getTerms(r, Schema.SOURCE_FILE);
                if (sources != null) {
                    TermsEnum te = sources.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        indexed.add(t.utf8ToString());
                    }
                }
                return new Previous(files, CorpusFingerprint.decodeStats(data.get(IndexState.CORPUS_STATS)),
                        BuildIdentity.current().equals(data.get(IndexState.BUILD)), indexed,
                        data.get(Schema.SUGGESTER_DIR), decodeFormats(data.get(IndexState.FILE_FORMATS)));
            }
        }

        /**
         * True when {@code name} was indexed by the last commit from the same bytes ({@code sizeAndHash}) by this
         * build: its records are kept as they are, without reading, parsing or analysing it again.
         */
        boolean unchanged(String name, String sizeAndHash) {
            return sameBuild && sizeAndHash != null && sizeAndHash.equals(files.get(name)) && indexedFiles.contains(name);
        }
    }

    /** The files a run indexed and skipped, in corpus order. */
    private record FileResults(List<String> indexed, List<SkippedFile> skipped, List<IndexSummary.FileWarnings> warned,
                               Map<String, String> formats) {
    }

    /** The format of each file kept from the last commit ({@code before}) or indexed now. */
    private static Map<String, String> formatsOf(Set<String> kept, Map<String, String> before, Map<String, String> now) {
        Map<String, String> all = new TreeMap<>(before);
        all.keySet().retainAll(kept);
        all.putAll(now);
        return all;
    }

    /** "name\tformat" lines, as {@link CorpusFingerprint#encode} writes name and size-and-hash. */
    private static String encodeFormats(Map<String, String> formats) {
        return CorpusFingerprint.encode(new TreeMap<>(formats));
    }

    /** The file formats of {@link #encodeFormats}d text (empty for null: a commit written before they were kept). */
    private static Map<String, String> decodeFormats(String text) {
        return text == null ? Map.of() : CorpusFingerprint.decode(text);
    }

    /**
     * Reads, parses, maps and writes files on {@link #threads} threads into the one writer (IndexWriter is built for
     * that: each thread analyses into its own segment). Each file's record ids are checked against the files before
     * it in corpus order, one file at a time, so which of two clashing files is skipped never depends on timing.
     */
    private final class Pipeline {
        private final IndexWriter writer;
        private final Set<String> kept;
        private final IndexProgress progress;
        private final Set<String> writtenIds = ConcurrentHashMap.newKeySet();
        private IndexSearcher previousIds;
        private int turn;

        Pipeline(IndexWriter writer, Set<String> kept, IndexProgress progress) {
            this.writer = writer;
            this.kept = kept;
            this.progress = progress;
        }

        FileResults run(List<CorpusWalk.Entry> files, List<SkippedFile> notGazettes) throws IOException {
            int n = files.size();
            String[] indexed = new String[n];
            IndexSummary.FileWarnings[] warned = new IndexSummary.FileWarnings[n];
            String[] formats = new String[n];
            List<List<SkippedFile>> skipped = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                skipped.add(new ArrayList<>());
            }
            if (!kept.isEmpty() && n > 0) {
                // ids of the files kept as they are: a new file must not overwrite one of their records
                previousIds = new IndexSearcher(DirectoryReader.open(writer.getDirectory()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "indexer");
                t.setDaemon(true);
                return t;
            });
            AtomicInteger next = new AtomicInteger();
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            indexed[i] = indexOne(i, files.get(i), skipped.get(i), warned, formats);
                        }
                        // The buffers left at the end would be flushed one after another by the thread that opens
                        // the index (an eighth of a 10,000-section run on one core); here every core flushes one,
                        // the first done while the others still index.
                        while (writer.flushNextBuffer()) {
                            // each call flushes one buffer no other thread holds
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("indexing interrupted", e);
            } catch (ExecutionException e) {
                // an Error or a failure of the index itself aborts the run: the caller rolls back
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            } finally {
                synchronized (this) {
                    turn = Integer.MAX_VALUE; // releases any worker still waiting for its turn
                    notifyAll();
                }
                pool.shutdownNow();
                if (previousIds != null) {
                    previousIds.getIndexReader().close();
                }
            }
            List<String> indexedNames = new ArrayList<>();
            List<SkippedFile> allSkipped = new ArrayList<>(notGazettes);
            List<IndexSummary.FileWarnings> allWarned = new ArrayList<>();
            Map<String, String> indexedFormats = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                if (indexed[i] != null) {
                    indexedNames.add(indexed[i]);
                    indexedFormats.put(indexed[i], formats[i]);
                    if (warned[i] != null) {
                        allWarned.add(warned[i]);
                    }
                }
                allSkipped.addAll(skipped.get(i));
            }
            allSkipped.sort(Comparator.comparing(SkippedFile::fileName));
            return new FileResults(indexedNames, allSkipped, allWarned, indexedFormats);
        }

        /** Reads, parses and writes file {@code i}; its name when it was indexed, null when skipped. */
        private String indexOne(int i, CorpusWalk.Entry entry, List<SkippedFile> skipped,
                                IndexSummary.FileWarnings[] warned, String[] formats)
                throws IOException, InterruptedException {
            String name = entry.name();
            synchronized (progress) {
                progress.reading(name);
            }
            FileRecords file = null;
            try {
                CorpusScan scan = reader.read(entry);
                skipped.addAll(scan.skipped()); // the reader has already logged the files it could not decode
                for (SourceText source : scan.files()) {
                    formats[i] = source.format();
                    file = recordsOf(source, skipped);
                }
            } finally {
                awaitTurn(i);
                try {
                    if (file != null && !file.hasNoIdIn(writtenIds, previousIds, kept, skipped)) {
                        file = null;
                    }
                    if (file != null) {
                        writtenIds.addAll(file.records.keySet());
                    }
                } finally {
                    passTurn();
                }
            }
            if (file != null) {
                if (!file.warnings.isEmpty()) {
                    warned[i] = new IndexSummary.FileWarnings(name, file.warnings);
                }
                for (Map.Entry<String, Document> e : file.records.entrySet()) {
                    writer.updateDocument(new Term(Schema.ID, e.getKey()), Schema.withEveryTextField(e.getValue()));
                }
            }
            synchronized (progress) {
                progress.fileDone();
            }
            return file == null ? null : name;
        }

        private synchronized void awaitTurn(int i) throws InterruptedException {
            while (turn < i) {
                wait();
            }
        }

        private synchronized void passTurn() {
            if (turn != Integer.MAX_VALUE) {
                turn++;
            }
            notifyAll();
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

    private static void skip(List<SkippedFile> skipped, String fileName, String reason, Throwable cause) {
        if (cause != null) {
            LOG.warn("skipped {}: {}", fileName, reason, cause);
        } else {
            LOG.warn("skipped {}: {}", fileName, reason);
        }
        skipped.add(new SkippedFile(fileName, reason));
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

        /**
         * False (and the file skipped) when an id repeats within the file, was written by an earlier file of this
         * run, or belongs to a record of a file kept from the last commit: writing it would silently overwrite a
         * record.
         */
        boolean hasNoIdIn(Set<String> writtenIds, IndexSearcher previousIds, Set<String> kept,
                          List<SkippedFile> skipped) throws IOException {
            String clash = duplicateId;
            if (clash == null) {
                clash = records.keySet().stream().filter(writtenIds::contains).findFirst().orElse(null);
            }
            if (clash == null && previousIds != null) {
                for (String id : records.keySet()) {
                    TopDocs hit = previousIds.search(new TermQuery(new Term(Schema.ID, id)), 1);
                    if (hit.scoreDocs.length > 0) {
                        String owner = previousIds.storedFields().document(hit.scoreDocs[0].doc, Set.of(Schema.SOURCE_FILE))
                                .get(Schema.SOURCE_FILE);
                        if (!fileName.equals(owner) && kept.contains(owner)) {
                            clash = id;
                            break;
                        }
                    }
                }
            }
            if (clash != null) {
                skip(skipped, fileName, "duplicate record id " + clash, null);
                return false;
            }
            return true;
        }
    }

    /** What the index holds once the run's records are in: read from the writer, so kept files count too. */
    private record Counts(int documents, int sections, int records) {
        static Counts of(DirectoryReader r) throws IOException {
            IndexSearcher s = new IndexSearcher(r);
            int documents = s.count(new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_DOCUMENT)));
            int sections = s.count(new TermQuery(new Term(Schema.RECORD_TYPE, Schema.TYPE_SECTION)));
            return new Counts(documents, sections, r.numDocs() - documents - sections);
        }
    }
}
