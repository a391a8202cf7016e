package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.index.records.RecordDocumentSource;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.schema.Schema;

class IndexerTest {
    /** A small notice the parser reads as one document. */
    private static final String NOTICE =
            "关于调整污水处理费收费标准的通知\n\n各乡镇人民政府，区直各单位：\n\n现将污水处理费收费标准调整如下，自2024年5月1日起执行。\n";
    @TempDir
    Path tmp;

    /** What the parse stage makes of the real corpus: the index must hold exactly this. */
    private static int[] parsedCounts(Path corpus) throws IOException {
        GazetteParser parser = new GazetteParser();
        int docs = 0;
        int sections = 0;
        for (SourceText s : new CorpusReader().read(corpus).files()) {
            for (GazetteDocument d : parser.parse(s)) {
                docs++;
                sections += d.sections().size();
            }
        }
        return new int[] {docs, sections};
    }

    private static Map<String, Long> countByType(List<Document> records) {
        return records.stream().collect(Collectors.groupingBy(d -> d.get(Schema.RECORD_TYPE), Collectors.counting()));
    }

    private static List<String> sortedIds(List<Document> records) {
        return records.stream().map(d -> d.get(Schema.ID)).sorted().toList();
    }

    @Test
    void indexesEveryDocumentAndSectionOfTheCorpusInOneCommit() throws IOException {
        Path index = tmp.resolve("index");
        IndexSummary summary = new Indexer().index(TestCorpus.CORPUS, index);

        int[] expected = parsedCounts(TestCorpus.CORPUS);
        assertThat(summary.files()).isEqualTo(5);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.documents()).isEqualTo(expected[0]).isEqualTo(10);
        assertThat(summary.sections()).isEqualTo(expected[1]);

        List<Document> records = TestCorpus.records(index);
        assertThat(countByType(records)).containsOnly(
                Map.entry(Schema.TYPE_DOCUMENT, (long) expected[0]), Map.entry(Schema.TYPE_SECTION, (long) expected[1]));
        Map<String, String> commit = IndexState.lastCommit(index).orElseThrow();
        assertThat(commit).containsEntry(IndexState.DOCUMENTS, Integer.toString(expected[0]))
                .containsEntry(IndexState.SECTIONS, Integer.toString(expected[1]))
                .containsEntry(IndexState.FILES, "5")
                .containsEntry(IndexState.FINGERPRINT, CorpusFingerprint.of(TestCorpus.CORPUS));
        assertThat(IndexState.isStale(TestCorpus.CORPUS, index)).isFalse();
        assertThat(IndexState.isStale(TestCorpus.CORPUS, tmp.resolve("no-index"))).isTrue();
    }

    @Test
    void anIndexWrittenByAnotherBuildIsStaleEvenForTheSameCorpus() throws IOException {
        Path index = tmp.resolve("index");
        new Indexer().index(TestCorpus.CORPUS, index);
        assertThat(IndexState.lastCommit(index).orElseThrow()).containsEntry(IndexState.BUILD, BuildIdentity.current());
        assertThat(IndexState.isStale(TestCorpus.CORPUS, index)).isFalse();

        // Rewrite only the commit data, as an older build would have left it.
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
            Map<String, String> data = new HashMap<>(IndexState.lastCommit(index).orElseThrow());
            data.put(IndexState.BUILD, "jar:1:1");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        assertThat(IndexState.isStale(TestCorpus.CORPUS, index)).isTrue();
    }

    @Test
    void reindexingAnUnchangedCorpusKeepsTheSameIdsWithoutDuplicates() throws IOException {
        Path index = tmp.resolve("index");
        new Indexer().index(TestCorpus.CORPUS, index);
        List<String> first = sortedIds(TestCorpus.records(index));

        IndexSummary again = new Indexer().index(TestCorpus.CORPUS, index);
        List<String> second = sortedIds(TestCorpus.records(index));

        assertThat(second).isEqualTo(first);
        assertThat(Set.copyOf(second)).hasSize(second.size());
        assertThat(again.documents() + again.sections()).isEqualTo(second.size());
    }

    @Test
    void removingAFileRemovesItsRecordsAndMakesTheIndexStale() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        new Indexer().index(corpus, index);
        Path removed;
        try (var files = Files.list(corpus)) {
            removed = files.sorted().findFirst().orElseThrow();
        }
        String name = removed.getFileName().toString();
        Files.delete(removed);
        assertThat(IndexState.isStale(corpus, index)).isTrue();

        IndexSummary summary = new Indexer().index(corpus, index);

        List<Document> records = TestCorpus.records(index);
        assertThat(records).noneMatch(d -> name.equals(d.get(Schema.SOURCE_FILE)));
        assertThat(summary.files()).isEqualTo(4);
        int[] expected = parsedCounts(corpus);
        assertThat(records).hasSize(expected[0] + expected[1]);
        assertThat(IndexState.isStale(corpus, index)).isFalse();
    }

    @Test
    void changingOneFileUpdatesOnlyItsRecords() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        new Indexer().index(corpus, index);
        List<Document> before = TestCorpus.records(index);
        Path changed;
        try (var files = Files.list(corpus)) {
            changed = files.sorted().toList().get(1);
        }
        String name = changed.getFileName().toString();
        Files.writeString(changed, Files.readString(changed) + "\n\n测试追加的一段正文，用来确认变更的文件被重新索引。\n");

        new Indexer().index(corpus, index);
        List<Document> after = TestCorpus.records(index);

        // Other files: exactly the same records.
        assertThat(sortedIds(after.stream().filter(d -> !name.equals(d.get(Schema.SOURCE_FILE))).toList()))
                .isEqualTo(sortedIds(before.stream().filter(d -> !name.equals(d.get(Schema.SOURCE_FILE))).toList()));
        // The changed file: its new text is indexed, and the index holds what the parser makes of it now.
        List<Document> changedRecords = after.stream().filter(d -> name.equals(d.get(Schema.SOURCE_FILE))).toList();
        assertThat(changedRecords).anyMatch(d -> d.get(Schema.TEXT) != null && d.get(Schema.TEXT).contains("测试追加的一段正文"));
        int[] expected = parsedCounts(corpus);
        assertThat(after).hasSize(expected[0] + expected[1]);
        assertThat(Set.copyOf(sortedIds(after))).hasSize(after.size());
    }

    @Test
    void aCrashBeforeTheCommitLeavesThePreviousIndexIntact() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        new Indexer().index(corpus, index);
        List<String> committedIds = sortedIds(TestCorpus.records(index));
        Map<String, String> committed = IndexState.lastCommit(index).orElseThrow();

        Files.writeString(corpus.resolve("zz-new-notice.txt"), NOTICE);
        Path changed;
        try (var files = Files.list(corpus)) {
            changed = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\n\n测试追加的一段正文。\n");
        // A parser that writes one of the two changed files, then dies hard on the other: nothing may become visible.
        AtomicInteger calls = new AtomicInteger();
        GazetteParser real = new GazetteParser();
        SourceParser dying = source -> {
            if (calls.incrementAndGet() == 2) {
                throw new IOError(new IOException("disk vanished while indexing " + source.fileName()));
            }
            return real.parse(source);
        };
        Indexer crashing = new Indexer(new CorpusReader(), dying, List.of(), false);
        assertThatThrownBy(() -> crashing.index(corpus, index)).isInstanceOf(IOError.class);

        assertThat(sortedIds(TestCorpus.records(index))).isEqualTo(committedIds);
        assertThat(IndexState.lastCommit(index).orElseThrow()).isEqualTo(committed);
        // The writer was rolled back and released its lock: the next run works and sees the new file.
        IndexSummary next = new Indexer().index(corpus, index);
        assertThat(next.files()).isEqualTo(6);
    }

    @Test
    void aGb18030FileIsIndexedAndAnUndecodableFileIsSkippedWithItsReason() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.write(corpus.resolve("gbk-notice.txt"), NOTICE.getBytes(Charset.forName("GB18030")));
        byte[] junk = new byte[512];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 3 == 0 ? 0xFF : i % 3 == 1 ? 0x00 : 0x80);
        }
        Files.write(corpus.resolve("broken.txt"), junk);

        IndexSummary summary = new Indexer().index(corpus, tmp.resolve("index"));

        assertThat(summary.files()).isEqualTo(1);
        assertThat(summary.skipped()).singleElement().satisfies(s -> {
            assertThat(s.fileName()).isEqualTo("broken.txt");
            assertThat(s.reason()).isNotBlank();
        });
        assertThat(TestCorpus.records(tmp.resolve("index")))
                .anyMatch(d -> d.get(Schema.TEXT) != null && d.get(Schema.TEXT).contains("污水处理费")
                        || d.get(Schema.DOC_TITLE) != null && d.get(Schema.DOC_TITLE).contains("污水处理费"));
    }

    @Test
    void anUnparseableFileIsSkippedAndTheOthersAreIndexed() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("empty.txt"), "   \n\n  \n", StandardCharsets.UTF_8);

        IndexSummary summary = new Indexer().index(corpus, tmp.resolve("index"));

        assertThat(summary.files()).isEqualTo(5);
        assertThat(summary.skipped()).extracting(s -> s.fileName()).containsExactly("empty.txt");
    }

    @Test
    void extraRecordSourcesAreIndexedAndDeletedWithTheirFile() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        RecordDocumentSource oneNotePerDocument = (doc, records) -> {
            Document d = new Document();
            d.add(new KeywordField(Schema.RECORD_TYPE, "note", Field.Store.YES));
            d.add(new KeywordField(Schema.ID, "note-" + doc.id(), Field.Store.YES));
            d.add(new KeywordField(Schema.DOC_ID, doc.id(), Field.Store.YES));
            return List.of(d);
        };
        Indexer indexer = new Indexer(new CorpusReader(), new GazetteParser()::parse, List.of(oneNotePerDocument), false);

        IndexSummary summary = indexer.index(corpus, index);
        assertThat(summary.records()).isEqualTo(summary.documents());

        Path removed;
        try (var files = Files.list(corpus)) {
            removed = files.sorted().findFirst().orElseThrow();
        }
        Files.delete(removed);
        indexer.index(corpus, index);
        assertThat(TestCorpus.records(index))
                .filteredOn(d -> "note".equals(d.get(Schema.RECORD_TYPE)))
                .allSatisfy(d -> assertThat(d.get(Schema.SOURCE_FILE)).isNotEqualTo(removed.getFileName().toString()))
                .hasSize(summary.documents() - new GazetteParser()
                        .parse(new CorpusReader().read(TestCorpus.CORPUS).files().get(0)).size());
    }

    @Test
    void unchangedFilesAreNotReadAgainAndAnAddedFileIsTheOnlyOneParsed() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        List<String> parsed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        GazetteParser real = new GazetteParser();
        SourceParser counting = source -> {
            parsed.add(source.fileName());
            return real.parse(source);
        };
        Indexer indexer = new Indexer(new CorpusReader(), counting, Indexer.standardRecordSources(), false);
        IndexSummary first = indexer.index(corpus, index);
        assertThat(parsed).hasSize(5);
        List<String> firstIds = sortedIds(TestCorpus.records(index));

        parsed.clear();
        IndexSummary again = indexer.index(corpus, index);
        assertThat(parsed).isEmpty();
        assertThat(sortedIds(TestCorpus.records(index))).isEqualTo(firstIds);
        assertThat(again.sections()).isEqualTo(first.sections());
        assertThat(again.records()).isEqualTo(first.records());
        // the files kept unread still report their warnings (from their stored document records)
        assertThat(first.warned()).isNotEmpty();
        assertThat(again.warned()).isEqualTo(first.warned());

        Files.writeString(corpus.resolve("zz-new-notice.txt"), NOTICE);
        IndexSummary added = indexer.index(corpus, index);
        assertThat(parsed).containsExactly("zz-new-notice.txt");
        assertThat(added.files()).isEqualTo(6);
        assertThat(added.documents()).isGreaterThan(first.documents());
        assertThat(sortedIds(TestCorpus.records(index))).containsAll(firstIds);
        assertThat(added.warned()).containsAll(first.warned());
    }

    @Test
    void indexingOnSeveralThreadsWritesWhatOneThreadWrites() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        IndexSummary one = Indexer.standard(false).withThreads(1).index(corpus, tmp.resolve("one"));
        IndexSummary four = Indexer.standard(false).withThreads(4).index(corpus, tmp.resolve("four"));
        assertThat(sortedIds(TestCorpus.records(tmp.resolve("four")))).isEqualTo(sortedIds(TestCorpus.records(tmp.resolve("one"))));
        assertThat(List.of(four.files(), four.documents(), four.sections(), four.records()))
                .isEqualTo(List.of(one.files(), one.documents(), one.sections(), one.records()));
    }

    @Test
    void eachCommitNamesItsOwnSuggesterAndOnlyThePreviousOneIsKeptBesideIt() throws IOException {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int run = 0; run < 3; run++) {
            Files.writeString(corpus.resolve("zz-new-notice.txt"), NOTICE + "\n第" + run + "次追加。\n");
            new Indexer().index(corpus, index);
            String dir = IndexState.lastCommit(index).orElseThrow().get(Schema.SUGGESTER_DIR);
            assertThat(index.resolve(dir)).isDirectory();
            named.add(dir);
        }
        assertThat(named).hasSize(3);
        try (var entries = Files.list(index)) {
            assertThat(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList())
                    .hasSize(2).allMatch(n -> n.startsWith("suggest-"));
        }
    }
}
