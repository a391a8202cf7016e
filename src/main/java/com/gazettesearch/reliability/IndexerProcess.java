package com.gazettesearch.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code gazette index} in a JVM of its own, started with this JVM's java and class path (the jar, or the test class
 * path), so it can be killed with SIGKILL at any point, as a power cut or the OOM killer would, while this process
 * keeps serving and then checks what the index looks like.
 */
public final class IndexerProcess {
    /** The command line's main class, by name: {@code cli} runs this package ({@code soak}), not the other way round. */
    static final String MAIN_CLASS = "com.gazettesearch.cli.Main";

    private final Process process;
    private final long startedNanos = System.nanoTime();

    private IndexerProcess(Process process) {
        this.process = process;
    }

    /** Starts indexing {@code corpus} into {@code index}; its output goes to {@code log}. */
    public static IndexerProcess start(Path corpus, Path index, Path log) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), MAIN_CLASS, "index",
                "--corpus", corpus.toString(), "--index", index.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new IndexerProcess(builder.start());
    }

    /** Waits for the run to end; its exit code, or -1 if it did not end within {@code seconds}. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            return -1;
        }
        return process.exitValue();
    }

    /** True while the child runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL (on Unix {@link Process#destroyForcibly()} is kill -9): no shutdown hook, no finally block runs. */
    public void killNow() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Milliseconds since the start. */
    public long millis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
