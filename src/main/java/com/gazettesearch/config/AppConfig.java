package com.gazettesearch.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The application's whole configuration, immutable, with defaults. Built by the CLI from its options
 * and checked once at start-up by {@link #validate()}, whose errors name the bad key.
 *
 * @param corpusDir      directory of gazette files (.txt/.md/.html)
 * @param indexDir       directory of the Lucene index (built output only)
 * @param port           HTTP port; 0 picks a free one (tests)
 * @param synonymsFile   query-time synonym file, or null for the built-in one
 * @param refreshSeconds how often the server looks for a newer index commit
 * @param host           interface the server listens on: 127.0.0.1 unless exposing it is a decision
 * @param limits         how many requests the server works on and queues at once
 */
public record AppConfig(Path corpusDir, Path indexDir, int port, Path synonymsFile, int refreshSeconds, String host,
                        RequestLimits limits) {

    public static final Path DEFAULT_CORPUS = Path.of("corpus");
    public static final Path DEFAULT_INDEX = Path.of("index");
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_REFRESH_SECONDS = 5;
    public static final String DEFAULT_HOST = "127.0.0.1";

    public AppConfig {
        Objects.requireNonNull(corpusDir, "corpusDir");
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * The defaults: ./corpus, ./index, 127.0.0.1 port 7070, no synonym file, refresh every 5 s, request limits sized
     * to this machine's cores.
     */
    public static AppConfig defaults() {
        return new AppConfig(DEFAULT_CORPUS, DEFAULT_INDEX, DEFAULT_PORT, null, DEFAULT_REFRESH_SECONDS, DEFAULT_HOST,
                RequestLimits.forCores(Runtime.getRuntime().availableProcessors()));
    }

    public AppConfig withCorpusDir(Path dir) {
        return new AppConfig(dir, indexDir, port, synonymsFile, refreshSeconds, host, limits);
    }

    public AppConfig withIndexDir(Path dir) {
        return new AppConfig(corpusDir, dir, port, synonymsFile, refreshSeconds, host, limits);
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(corpusDir, indexDir, newPort, synonymsFile, refreshSeconds, host, limits);
    }

    public AppConfig withSynonymsFile(Path file) {
        return new AppConfig(corpusDir, indexDir, port, file, refreshSeconds, host, limits);
    }

    public AppConfig withRefreshSeconds(int seconds) {
        return new AppConfig(corpusDir, indexDir, port, synonymsFile, seconds, host, limits);
    }

    public AppConfig withHost(String newHost) {
        return new AppConfig(corpusDir, indexDir, port, synonymsFile, refreshSeconds, newHost, limits);
    }

    public AppConfig withLimits(RequestLimits newLimits) {
        return new AppConfig(corpusDir, indexDir, port, synonymsFile, refreshSeconds, host, newLimits);
    }

    /**
     * Checks every value and returns this config; the exception message starts with the key
     * ({@code "port: must be 0..65535, was 70000"}) so the user knows what to fix.
     */
    public AppConfig validate() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be 0..65535, was " + port);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("host: must be an interface name or address, was empty");
        }
        limits.validate();
        if (refreshSeconds < 1) {
            throw new IllegalArgumentException("refreshSeconds: must be at least 1, was " + refreshSeconds);
        }
        if (!Files.isDirectory(corpusDir)) {
            throw new IllegalArgumentException("corpus: not a directory: " + corpusDir.toAbsolutePath());
        }
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw new IllegalArgumentException("index: exists and is not a directory: " + indexDir.toAbsolutePath());
        }
        if (synonymsFile != null && !Files.isReadable(synonymsFile)) {
            throw new IllegalArgumentException("synonyms: cannot read file " + synonymsFile.toAbsolutePath());
        }
        return this;
    }
}
