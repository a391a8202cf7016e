package com.gazettesearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

import com.gazettesearch.schema.Schema;

class GazetteQueryBuilderTest {
    private final GazetteQueryBuilder builder = new GazetteQueryBuilder();
    private final Synonyms.Snapshot none = Synonyms.none().current();
    private final Synonyms.Snapshot shipped = Synonyms.fromClasspath("synonyms.txt").current();

    private static Set<Term> terms(Query q) {
        Set<Term> out = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                out.addAll(List.of(terms));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }

    private Query build(String q, Synonyms.Snapshot s, List<String> regions) {
        return builder.build(UserQuery.parse(q), s, IndexNames.of(regions, java.util.Map.of()));
    }

    @Test
    void contentIsSearchedAsBigramsInEveryTextFieldAndAsWords() {
        Set<Term> t = terms(build("污水处理费什么时候开始执行", none, List.of()));
        for (String field : Schema.BIGRAM_FIELDS) {
            assertThat(t).contains(new Term(field, "污水"), new Term(field, "执行"));
        }
        assertThat(t).contains(new Term(Schema.TEXT_WORDS, "污水"), new Term(Schema.HEADING_WORDS, "执行"));
        // Question words are gone; the hint for a when-question is there (a preference: it multiplies the score).
        assertThat(t).doesNotContain(new Term(Schema.TEXT, "什么"), new Term(Schema.TEXT, "时候"));
        assertThat(build("污水处理费什么时候开始执行", none, List.of()).toString()).contains("heading:时间");
    }

    /** The query under its preferences (which multiply its score). */
    private static BooleanQuery matching(Query q) {
        while (q instanceof PreferenceQuery p) {
            q = p.ranked();
        }
        return (BooleanQuery) q;
    }

    @Test
    void aRegionIssuerOrTimeTheQueryNamesOnlyRanks() {
        IndexNames names = IndexNames.of(List.of("株洲市渌口区"), java.util.Map.of("株洲市渌口区发展和改革局", "株洲市渌口区"));
        Query q = builder.build(UserQuery.parse("渌口区发展和改革局 2024年5月 污水处理费"), none, names);
        // the words must match; the region, the issuer, the year and the month multiply the score of what matches
        assertThat(q).isInstanceOf(PreferenceQuery.class);
        assertThat(q.toString()).contains("region:株洲市渌口区").contains("issuer:株洲市渌口区发展和改革局").contains("year:2024")
                .contains("date:[19844 TO 19874]");
        assertThat(terms(matching(q))).noneMatch(t -> t.field().equals(Schema.REGION) || t.field().equals(Schema.YEAR));
        // flat, with the anchors as a filter: one of the SHOULD clauses (the query's words) must still match
        assertThat(matching(q).getMinimumNumberShouldMatch()).isEqualTo(1);
        assertThat(matching(q).clauses()).filteredOn(c -> c.occur() == BooleanClause.Occur.FILTER).hasSize(1);
    }

    @Test
    void scatteredCharactersAreNoMatch() {
        // a section must have one of the query's words or one of its runs as a phrase, not just some of its bigrams
        BooleanQuery q = matching(build("量子计算机", none, List.of()));
        assertThat(q.clauses()).filteredOn(c -> c.occur() == BooleanClause.Occur.FILTER).hasSize(1);
        assertThat(terms(q.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.FILTER).findFirst().orElseThrow().query()))
                .contains(new Term(Schema.TEXT_WORDS, "量子"), new Term(Schema.TEXT_WORDS, "计算机"));
    }

    @Test
    void anOrdinalLooksForBothSpellingsInHeadingsOnly() {
        Set<Term> t = terms(build("第二十条", none, List.of()));
        assertThat(t).contains(new Term(Schema.HEADING, "十条"), new Term(Schema.HEADING, "20"));
        assertThat(t).noneMatch(term -> term.field().equals(Schema.TEXT));
    }

    @Test
    void namingARegionPrefersIt() {
        List<String> regions = List.of("株洲市渌口区", "株洲市石峰区", "湖南湘江新区");
        assertThat(build("石峰区碳达峰", none, regions).toString()).contains("region:株洲市石峰区")
                .doesNotContain("region:株洲市渌口区");
        assertThat(build("湘江新区 光伏", none, regions).toString()).contains("region:湖南湘江新区");
        assertThat(RegionNames.aliases("平潭综合实验区")).containsExactly("平潭综合实验区", "平潭");
        assertThat(RegionNames.issuerAliases("湖南省商务厅", "湖南省")).contains("省商务厅", "湖南商务厅");
        assertThat(RegionNames.aliases("株洲市渌口区")).containsExactly("株洲市渌口区", "渌口区", "渌口");
        assertThat(RegionNames.aliases("湖南湘江新区")).containsExactly("湖南湘江新区", "湘江新区", "湘江");
    }

    @Test
    void synonymsAddTheLongFormAsBigramsAndWords() {
        Set<Term> with = terms(build("新能源车", shipped, List.of()));
        assertThat(with).contains(new Term(Schema.TEXT, "汽车"), new Term(Schema.TEXT_WORDS, "汽车"));
        assertThat(terms(build("新能源车", none, List.of()))).doesNotContain(new Term(Schema.TEXT, "汽车"));
    }

    @Test
    void quotedTextIsRequired() {
        BooleanQuery q = matching(build("民兵 \"试行二年\"", none, List.of()));
        assertThat(q.clauses()).filteredOn(c -> c.occur() == BooleanClause.Occur.MUST).hasSize(1);
    }

    @Test
    void nothingToSearchGivesNoQuery() {
        assertThat(build("什么？", none, List.of())).isNull();
        assertThat(build("", none, List.of())).isNull();
    }

    @Test
    void theBaselineIsOneWordFieldWithoutBoosts() {
        assertThat(terms(GazetteQueryBuilder.naive("污水处理费什么时候开始执行")))
                .allMatch(t -> t.field().equals(Schema.TEXT_WORDS))
                .contains(new Term(Schema.TEXT_WORDS, "什么"));
    }

    @Test
    void longOrRepetitiveQueriesStayUnderLucenesClauseLimit() {
        for (String q : List.of("污水费".repeat(166), "渌".repeat(500), "民兵征用物资装备每年不超过多少天".repeat(30),
                "\"第1\" 第2 第3 \"第4\" 第5 \"第6\" 第7 第8 第9 第10 第11 \"第12\" 第13".repeat(5))) {
            Query built = build(q, shipped, List.of("株洲市渌口区"));
            assertThat(built).as(q).isNotNull();
            assertThat(GazetteQueryBuilder.termCount(built)).as(q).isLessThanOrEqualTo(GazetteQueryBuilder.MAX_QUERY_TERMS);
        }
    }

    @Test
    void aNumberedUnitIsSearchedInBothSpellings() {
        assertThat(GazetteQueryBuilder.otherNumberings("阶梯水价第二档")).containsExactly("第2档");
        assertThat(GazetteQueryBuilder.otherNumberings("第3批")).containsExactly("第三批");
        // articles, chapters and sections are ordinals, matched against headings
        assertThat(GazetteQueryBuilder.otherNumberings("第二十条")).isEmpty();
        assertThat(terms(build("阶梯水价第二档", none, List.of()))).contains(new Term(Schema.TEXT, "2"));
    }

    @Test
    void aSynonymMatchIsCountedOnceHoweverManyWordsItsSpellingsHave() {
        // 年终奖 → 全年 一次性 奖金 and 个税 → 个人 所得税 are two matches, under the limit: the synonyms stay
        assertThat(GazetteQueryBuilder.synonymMatches(shipped.queryAnalyzer(), "年终奖个税")).isEqualTo(2);
        assertThat(terms(build("年终奖个税怎么算", shipped, List.of()))).contains(new Term(Schema.TEXT, "加薪"));
    }
}
