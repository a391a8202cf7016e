package com.gazettesearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.web.SearchRoutes;

/**
 * The benchmark end to end at a small scale (the real runs are in the README): the synthetic corpus moves each copy
 * to made-up places, and {@code bench --scale 2} indexes it and times every search of the mix in-process and in
 * SQLite FTS5 (over HTTP too when wrk is installed), and times the ranking query's passes.
 */
class BenchSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void copiesAreMovedToMadeUpPlacesAndTheFirstCopyIsTheCorpus() throws Exception {
        Path out = tmp.resolve("corpus");
        int files = SyntheticCorpus.ensure(TestCorpus.CORPUS, 3, out);
        assertThat(files).isEqualTo(15);
        GazetteParser parser = new GazetteParser();
        Set<String> seedRegions = regions(parser, TestCorpus.CORPUS);
        Set<String> regions = regions(parser, out);
        assertThat(regions).containsAll(seedRegions).hasSizeGreaterThan(seedRegions.size() * 2);
        for (String name : new TreeSet<>(List.of("lukou-gazette-2024-01.txt", "hecheng-gazette-2024-02.txt"))) {
            assertThat(Files.readString(out.resolve(name))).isEqualTo(Files.readString(TestCorpus.CORPUS.resolve(name)));
        }
        String copy = Files.readString(out.resolve("c0001-lukou-gazette-2024-01.txt"));
        assertThat(copy).doesNotContain("渌口").doesNotContain("渌发改发〔2024〕6号").contains("污水处理费");
        // a second call finds the finished corpus and writes nothing
        long before = Files.getLastModifiedTime(out.resolve("c0002-lukou-gazette-2024-01.txt")).toMillis();
        SyntheticCorpus.ensure(TestCorpus.CORPUS, 3, out);
        assertThat(Files.getLastModifiedTime(out.resolve("c0002-lukou-gazette-2024-01.txt")).toMillis()).isEqualTo(before);
    }

    @Test
    void everySearchOfTheMixIsAValidRequest() {
        for (QueryMix.Search s : QueryMix.standard()) {
            SearchRequest r = SearchRoutes.searchRequest(s.params());
            assertThat(r).as(s.path()).isNotNull();
        }
        assertThat(QueryMix.mix()).hasSizeGreaterThan(30);
    }

    @Test
    void benchAtScaleTwoTimesOurSearchAndFts5() throws Exception {
        StringWriter log = new StringWriter();
        ScaleBench.Report report = new ScaleBench(new ScaleBench.Options(TestCorpus.CORPUS, 2, tmp, 1, 1, false, false,
                true, Wrk.available(), 2, null, 2, true), new PrintWriter(log)).run();
        assertThat(report.files()).isEqualTo(10);
        assertThat(report.sections()).isGreaterThan(900);
        assertThat(report.rows()).extracting(ScaleBench.Row::system)
                .anyMatch(s -> s.startsWith("gazette, in-process")).anyMatch(s -> s.startsWith("SQLite FTS5"));
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.searches()).isPositive();
            assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
        });
        assertThat(Files.exists(ScaleBench.scaleDir(tmp, 2).resolve("fts5.db"))).isTrue();
        // --passes: every pass ran, each over the same ranking queries (their times are the README's, not asserted)
        assertThat(report.passes()).hasSize(5).allSatisfy(p -> {
            assertThat(p.queries()).isGreaterThan(200);
            assertThat(p.millis()).isPositive();
        });
        assertThat(report.passes()).extracting(RankingPasses.Pass::queries).containsOnly(report.passes().get(0).queries());
    }

    private static Set<String> regions(GazetteParser parser, Path corpus) {
        Set<String> out = new TreeSet<>();
        new CorpusReader().read(corpus).files().forEach(f -> parser.parse(f).stream().map(GazetteDocument::region)
                .filter(java.util.Objects::nonNull).forEach(out::add));
        return out;
    }
}
