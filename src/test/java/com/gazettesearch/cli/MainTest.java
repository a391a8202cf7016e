package com.gazettesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.IndexState;
import com.gazettesearch.index.TestCorpus;

import picocli.CommandLine;

/** The command line's exit codes: 0 ok, 2 usage error, 1 failure with one line on stderr. */
class MainTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        return cmd.execute(args);
    }

    @Test
    void indexBuildsAnUpToDateIndex() throws Exception {
        Path index = tmp.resolve("idx");
        assertThat(run("index", "--corpus", TestCorpus.CORPUS.toString(), "--index", index.toString())).isZero();
        assertThat(IndexState.isStale(TestCorpus.CORPUS, index)).isFalse();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("index", "--no-such-option")).isEqualTo(2);
        assertThat(run("serve", "--port", "abc")).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(run("serve", "--port", "70000", "--corpus", TestCorpus.CORPUS.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("port: must be 0..65535, was 70000");
        err.getBuffer().setLength(0);
        assertThat(run("serve", "--search-millis", "-5", "--corpus", TestCorpus.CORPUS.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("limits.searchMillis: must be 0 (no limit) or more, was -5");
        assertThat(run("index", "--corpus", tmp.resolve("missing").toString())).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("try") // the writer is there only to hold the index's lock
    void aFailureExitsWith1AndOneLine() throws Exception {
        Path index = tmp.resolve("idx");
        // Another process holds the index's write lock: indexing must fail cleanly, not hang or dump a trace.
        try (Directory dir = FSDirectory.open(index);
             IndexWriter holder = new IndexWriter(dir, new IndexWriterConfig())) {
            int code = run("index", "--corpus", TestCorpus.CORPUS.toString(), "--index", index.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString().strip().lines()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("gazette: ").containsIgnoringCase("lock"));
        }
    }
}
