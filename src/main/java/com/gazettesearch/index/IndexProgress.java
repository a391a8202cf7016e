package com.gazettesearch.index;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * What an indexing run reports while it reads the corpus, one step per file. One instance serves one run:
 * {@link #begin}, then {@link #reading}/{@link #fileDone} for each file, then {@link #close}.
 * {@link #bar()} redraws a bar in place (ANSI colours, carriage returns) and is for a terminal only;
 * {@link #lines} writes plain lines, for a log file or a pipe.
 */
public interface IndexProgress extends AutoCloseable {
    /** The run reads {@code files} corpus files. */
    void begin(int files);

    /** Work on {@code fileName} starts. */
    void reading(String fileName);

    /** The file named last is done (indexed or skipped). */
    void fileDone();

    @Override
    void close();

    /** Reports nothing. */
    static IndexProgress none() {
        return new IndexProgress() {
            @Override
            public void begin(int files) {
            }

            @Override
            public void reading(String fileName) {
            }

            @Override
            public void fileDone() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A progress bar on stderr that redraws itself: for a person at a terminal. */
    static IndexProgress bar() {
        return new IndexProgress() {
            private ProgressBar bar;

            @Override
            public void begin(int files) {
                bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files)
                        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                        .setUpdateIntervalMillis(100).build();
            }

            @Override
            public void reading(String fileName) {
                bar.setExtraMessage(fileName);
            }

            @Override
            public void fileDone() {
                bar.step();
            }

            @Override
            public void close() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }

    /**
     * One plain line on {@code out} every twentieth of the corpus (at least every file, and always for the
     * last), e.g. {@code indexing: 150/3000 files (5%), 12 s, last hecheng-gazette-2024-02.txt}: no colours and
     * no carriage returns, so a log file or a CI console shows each line once.
     */
    static IndexProgress lines(PrintStream out) {
        return new IndexProgress() {
            private int files;
            private int every;
            private int done;
            private String current = "";
            private long start;

            @Override
            public void begin(int count) {
                files = count;
                every = Math.max(1, (count + 19) / 20);
                start = System.nanoTime();
            }

            @Override
            public void reading(String fileName) {
                current = fileName;
            }

            @Override
            public void fileDone() {
                done++;
                if (done % every == 0 || done == files) {
                    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                    out.printf("indexing: %d/%d files (%d%%), %d s, last %s%n", done, files, done * 100 / files,
                            seconds, current);
                    out.flush();
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
