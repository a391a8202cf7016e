package com.gazettesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusScan;
import com.gazettesearch.corpus.CorpusWalk;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.index.CorpusFingerprint;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.search.query.UserQuery;

/**
 * The light peer a team might pick instead of Lucene: the same sections in one SQLite FTS5 table with the trigram
 * tokenizer (substring matching for any text of three characters or more), ranked by bm25 with title and heading
 * weighted up, and a highlighted snippet per hit. It has no facets, no status, no answers and no filters: only the
 * query text of each benchmark search runs, as the OR of its content runs (question words dropped, as our query
 * understanding does) that are long enough for trigrams. The database is built once per corpus and kept.
 */
public final class Fts5Peer implements AutoCloseable {
    private final Connection db;
    private final PreparedStatement search;

    private Fts5Peer(Connection db) throws SQLException {
        this.db = db;
        this.search = db.prepareStatement("SELECT id, snippet(sections, 3, '<mark>', '</mark>', '…', 24), "
                + "bm25(sections, 0, 1.5, 3.0, 1.0) FROM sections WHERE sections MATCH ? ORDER BY rank LIMIT ? OFFSET ?");
    }

    /** The database for {@code corpusDir} at {@code file}, loading it first when it is missing or of another corpus. */
    public static Fts5Peer open(Path file, Path corpusDir) throws IOException, SQLException {
        String fingerprint = CorpusFingerprint.of(corpusDir);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            if (!fingerprint.equals(loadedFingerprint(db))) {
                db.close();
                Files.deleteIfExists(file);
                db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                load(db, corpusDir, fingerprint);
            }
            return new Fts5Peer(db);
        } catch (SQLException | IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String loadedFingerprint(Connection db) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key='corpus'")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            return null; // no meta table: not loaded yet
        }
    }

    private static void load(Connection db, Path corpusDir, String fingerprint) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("CREATE VIRTUAL TABLE sections USING fts5(id UNINDEXED, title, heading, text, tokenize='trigram')");
            s.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)");
        }
        db.setAutoCommit(false);
        GazetteParser parser = new GazetteParser();
        CorpusReader reader = new CorpusReader();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO sections(id, title, heading, text) VALUES (?,?,?,?)")) {
            for (CorpusWalk.Entry file : CorpusWalk.of(corpusDir).files()) {
                CorpusScan scan = reader.read(file);
                for (SourceText source : scan.files()) {
                    for (GazetteDocument doc : parser.parse(source)) {
                        for (Section section : doc.sections()) {
                            insert.setString(1, section.id());
                            insert.setString(2, doc.title());
                            insert.setString(3, section.heading());
                            insert.setString(4, section.text());
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        }
        try (PreparedStatement meta = db.prepareStatement("INSERT INTO meta VALUES ('corpus', ?)")) {
            meta.setString(1, fingerprint);
            meta.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /**
     * The FTS5 query for a search's text: its content runs of three characters or more, each as a phrase, OR-ed;
     * null when it has none (browsing, or only two-character words, which trigrams cannot match).
     */
    public static String matchExpression(String q) {
        UserQuery parsed = UserQuery.parse(q);
        List<String> runs = new ArrayList<>(parsed.segments());
        runs.addAll(parsed.phrases());
        String expr = runs.stream().filter(r -> r.codePointCount(0, r.length()) >= 3)
                .map(r -> "\"" + r.replace("\"", "\"\"") + "\"").distinct().collect(Collectors.joining(" OR "));
        return expr.isEmpty() ? null : expr;
    }

    /** One page of hits (id and snippet read), as our search returns it. */
    public int search(String match, int offset, int size) throws SQLException {
        search.setString(1, match);
        search.setInt(2, size);
        search.setInt(3, offset);
        int n = 0;
        try (ResultSet r = search.executeQuery()) {
            while (r.next()) {
                r.getString(1);
                r.getString(2);
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws SQLException {
        search.close();
        db.close();
    }
}
