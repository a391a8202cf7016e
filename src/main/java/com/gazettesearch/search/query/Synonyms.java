package com.gazettesearch.search.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gazettesearch.schema.Schema;

/**
 * The domain synonym rules (Solr format: {@code 污水费 => 污水处理费} or {@code 双碳, 碳达峰碳中和}) as a
 * Lucene {@link SynonymMap} plus the query analyzer built from it. Synonyms apply at query time only,
 * so editing the file changes results without re-indexing: a file-backed instance looks at the file's
 * modification time at most once per check interval and re-parses it when it changed, or at once on
 * {@link #reload()}. A file that no longer parses keeps the previous rules and logs why.
 */
public final class Synonyms {
    private static final Logger LOG = LoggerFactory.getLogger(Synonyms.class);

    /** The rules in force and the query analyzer made from them. */
    public record Snapshot(SynonymMap map, Analyzer queryAnalyzer) {
    }

    private final Path file; // null when the rules come from the classpath or are empty
    private final long checkEveryNanos;
    private final LongSupplier nanoClock;
    private volatile Snapshot snapshot;
    private volatile FileTime loadedModified;
    private volatile long lastCheck;

    private Synonyms(Path file, Duration checkEvery, LongSupplier nanoClock, Snapshot initial, FileTime modified) {
        this.file = file;
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoClock = nanoClock;
        this.snapshot = initial;
        this.loadedModified = modified;
        this.lastCheck = nanoClock.getAsLong();
    }

    /** How often a synonym file is looked at for changes. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

    /**
     * The configured rules: {@code file} watched for changes, or the built-in {@code synonyms.txt} when
     * {@code file} is null.
     */
    public static Synonyms load(Path file) throws IOException {
        return file == null ? fromClasspath("synonyms.txt") : fromFile(file, CHECK_INTERVAL);
    }

    /** Rules from a file that is watched for changes; fails if the file is missing or does not parse. */
    public static Synonyms fromFile(Path file, Duration checkEvery) throws IOException {
        return fromFile(file, checkEvery, System::nanoTime);
    }

    /** As {@link #fromFile(Path, Duration)}, timing the checks with {@code nanoClock} (tests pass their own). */
    public static Synonyms fromFile(Path file, Duration checkEvery, LongSupplier nanoClock) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Snapshot initial;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            initial = snapshotOf(parse(r));
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonyms: " + file + " does not parse: " + e.getMessage(), e);
        }
        return new Synonyms(file, checkEvery, nanoClock, initial, modified);
    }

    /** The rules shipped in the jar ({@code synonyms.txt}); fixed for the life of the process. */
    public static Synonyms fromClasspath(String resource) {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("synonyms resource not found on the classpath: " + resource);
            }
            Snapshot s = snapshotOf(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return new Synonyms(null, Duration.ZERO, System::nanoTime, s, null);
        } catch (IOException e) {
            throw new UncheckedIOException("reading synonyms resource " + resource, e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonyms: built-in " + resource + " does not parse: " + e.getMessage(), e);
        }
    }

    /** No synonyms at all (the naive baseline and tests). */
    public static Synonyms none() {
        return new Synonyms(null, Duration.ZERO, System::nanoTime, new Snapshot(null, Schema.queryAnalyzer(null)), null);
    }

    /** Parses Solr-format rules, analyzing both sides with the smartcn word analyzer the index uses. */
    public static SynonymMap parse(Reader rules) throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, Schema.wordAnalyzer(null));
        parser.parse(rules);
        return parser.build();
    }

    /** The rules in force, re-read first if the file changed and the check interval has passed. */
    public Snapshot current() {
        if (file != null && nanoClock.getAsLong() - lastCheck >= checkEveryNanos) {
            maybeReload(false);
        }
        return snapshot;
    }

    /** Re-reads the file now if it changed. Returns true when new rules are in force. */
    public boolean reload() {
        return file != null && maybeReload(true);
    }

    private synchronized boolean maybeReload(boolean force) {
        if (!force && nanoClock.getAsLong() - lastCheck < checkEveryNanos) {
            return false; // another thread just checked
        }
        lastCheck = nanoClock.getAsLong();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedModified)) {
                return false;
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                snapshot = snapshotOf(parse(r));
            }
            loadedModified = modified;
            LOG.info("Reloaded synonyms from {}", file);
            return true;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            // Keep serving with the last good rules; a typo in the file must not break search.
            LOG.warn("Synonyms file {} not reloaded, keeping the previous rules: {}", file, e.toString());
            return false;
        }
    }

    private static Snapshot snapshotOf(SynonymMap map) {
        if (map.fst == null) {
            // A file with no rules (only comments): the synonym filter refuses an empty map.
            return new Snapshot(null, Schema.queryAnalyzer(null));
        }
        return new Snapshot(map, Schema.queryAnalyzer(map));
    }
}
