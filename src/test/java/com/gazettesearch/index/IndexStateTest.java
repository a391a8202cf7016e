package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why an index is stale, in the one line a command prints before it re-indexes. */
class IndexStateTest {
    @TempDir
    Path tmp;

    @Test
    void eachReasonIsSaidInOneLine() throws Exception {
        Path corpus = TestCorpus.copyTo(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        assertThat(IndexState.whyStale(corpus, index)).hasValue("no index yet; indexing");

        Indexer.standard(false).index(corpus, index);
        assertThat(IndexState.whyStale(corpus, index)).isEmpty();

        Files.writeString(corpus.resolve("new-notice.txt"), "关于印发某某办法的通知\n正文。\n");
        Files.writeString(corpus.resolve("lukou-gazette-2024-01.txt"), "\n", StandardOpenOption.APPEND);
        Files.delete(corpus.resolve("xiangjiang-carbon-action-plan-2023-1.md"));
        assertThat(IndexState.whyStale(corpus, index)).hasValue("corpus changed (1 added: new-notice.txt; "
                + "1 changed: lukou-gazette-2024-01.txt; 1 removed: xiangjiang-carbon-action-plan-2023-1.md); re-indexing");

        Indexer.standard(false).index(corpus, index);
        assertThat(IndexState.whyStale(corpus, index)).isEmpty();
        // What ./gazette test does to a served index: the jar that wrote it is rebuilt.
        try (Directory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Map<String, String> data = new HashMap<>(IndexState.lastCommit(index).orElseThrow());
            data.put(IndexState.BUILD, "jar:123:456");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        assertThat(IndexState.whyStale(corpus, index)).hasValue("index built by another build; re-indexing");
    }

    @Test
    void plainProgressLinesHaveNoColoursOrCarriageReturns() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IndexProgress progress = IndexProgress.lines(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            Indexer.standard(false).index(TestCorpus.CORPUS, tmp.resolve("index"), progress);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r").doesNotContain("\u001b");
        assertThat(out.lines()).hasSize(5).allMatch(line -> line.matches("indexing: \\d/5 files \\(\\d+%\\), \\d+ s, last .+"));
        assertThat(out.lines().reduce((a, b) -> b).orElseThrow()).startsWith("indexing: 5/5 files (100%)");
    }
}
