package com.gazettesearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.search.query.GazetteQueryBuilder;
import com.gazettesearch.search.query.Synonyms;

class SynonymsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedRulesExpandShortFormsIntoWhatTheGazettesPrint() {
        Synonyms.Snapshot s = Synonyms.fromClasspath("synonyms.txt").current();
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "污水费")).contains("污水处理费");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "新能源车")).contains("新能源汽车");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "双碳")).contains("碳达峰碳中和");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "区发改局")).contains("区发展和改革局");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "预征预储")).isEmpty();
    }

    @Test
    void everydayWordsAlsoSearchTheWordsRegulationsUseButNotTheOtherWayRound() {
        Synonyms.Snapshot s = Synonyms.fromClasspath("synonyms.txt").current();
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "低保")).contains("最低生活保障");
        // 低保户 is 低保: Solr rules do not chain, so the file names both on the left
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "低保户")).contains("最低生活保障");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "商铺")).contains("个体工商户");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "清明节")).contains("清明");
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "考核打分")).contains("考评评分");
        // the official word means what it says: 最低生活保障 does not also search 低保, 罚款 not 处罚
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "最低生活保障")).isEmpty();
        assertThat(GazetteQueryBuilder.synonymSpellings(s.queryAnalyzer(), "罚款")).isEmpty();
    }

    @Test
    void aSynonymFindsTheTextThatOnlyHasTheLongForm() throws IOException {
        try (Searchers searchers = MiniIndex.write(dir.resolve("index"), MiniIndex.corpusSample())) {
            SearchService with = new SearchService(searchers, Synonyms.fromClasspath("synonyms.txt"));
            SearchService without = new SearchService(searchers, Synonyms.none());
            // 发改局 and 发展和改革局 share no bigram: only the synonym connects them.
            List<SearchService.RankedSection> found = with.rank(with.rankingQuery("渌口区发改局"), 3);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).text()).contains("发展和改革局");
            assertThat(without.rank(without.rankingQuery("发改局"), 3)).isEmpty();
            assertThat(with.rank(with.rankingQuery("污水费"), 3).get(0).docTitle()).contains("污水处理费");
        }
    }

    @Test
    void editingTheFileChangesResultsWithoutReindexing() throws IOException {
        Path rules = dir.resolve("synonyms.txt");
        Files.writeString(rules, "# no rules yet\n", StandardCharsets.UTF_8);
        AtomicLong clock = new AtomicLong();
        Synonyms synonyms = Synonyms.fromFile(rules, Duration.ofSeconds(5), clock::get);
        try (Searchers searchers = MiniIndex.write(dir.resolve("index"), MiniIndex.corpusSample())) {
            SearchService service = new SearchService(searchers, synonyms);
            assertThat(service.rank(service.rankingQuery("发改局"), 3)).isEmpty();

            Files.writeString(rules, "发改局, 发展和改革局\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(10)));
            // Within the check interval the old rules stay; after it the file is read again.
            clock.addAndGet(Duration.ofSeconds(1).toNanos());
            assertThat(service.rank(service.rankingQuery("发改局"), 3)).isEmpty();
            clock.addAndGet(Duration.ofSeconds(5).toNanos());
            assertThat(service.rank(service.rankingQuery("发改局"), 3).get(0).text()).contains("发展和改革局");
        }
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRules() throws IOException {
        Path rules = dir.resolve("synonyms.txt");
        Files.writeString(rules, "污水费, 污水处理费\n", StandardCharsets.UTF_8);
        Synonyms synonyms = Synonyms.fromFile(rules, Duration.ofSeconds(5));
        Files.writeString(rules, "污水费 => => 污水处理费\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(synonyms.reload()).isFalse();
        assertThat(GazetteQueryBuilder.synonymSpellings(synonyms.current().queryAnalyzer(), "污水费")).contains("污水处理费");
    }

    @Test
    void aBrokenFileAtStartIsRefusedWithItsName() throws IOException {
        Path rules = dir.resolve("bad.txt");
        Files.writeString(rules, "a => => b\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Synonyms.fromFile(rules, Duration.ofSeconds(5)))
                .hasMessageContaining("bad.txt");
    }
}
