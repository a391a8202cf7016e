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
        return builder.build(UserQuery.parse(q), s, regions);
    }

    @Test
    void contentIsSearchedAsBigramsInEveryTextFieldAndAsWords() {
        Set<Term> t = terms(build("污水处理费什么时候开始执行", none, List.of()));
        for (String field : Schema.BIGRAM_FIELDS) {
            assertThat(t).contains(new Term(field, "污水"), new Term(field, "执行"));
        }
        assertThat(t).contains(new Term(Schema.TEXT_WORDS, "污水"), new Term(Schema.HEADING_WORDS, "执行"));
        // Question words are gone; the hint for a when-question is there.
        assertThat(t).doesNotContain(new Term(Schema.TEXT, "什么"), new Term(Schema.TEXT, "时候"));
        assertThat(t).contains(new Term(Schema.HEADING, "时间"));
    }

    @Test
    void aDocumentOrRegistrationNumberLooksUpItsKey() {
        assertThat(terms(build("渌发改发【2024】6号", none, List.of())))
                .contains(new Term(Schema.DOC_NUMBER_KEY, "渌发改发2024-6"));
        assertThat(terms(build("zzlkdr-2024-00002", none, List.of())))
                .contains(new Term(Schema.REG_NUMBER, "ZZLKDR-2024-00002"));
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
        assertThat(terms(build("石峰区碳达峰", none, regions))).contains(new Term(Schema.REGION, "株洲市石峰区"))
                .doesNotContain(new Term(Schema.REGION, "株洲市渌口区"));
        assertThat(terms(build("湘江新区 光伏", none, regions))).contains(new Term(Schema.REGION, "湖南湘江新区"));
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
        BooleanQuery q = (BooleanQuery) build("民兵 \"试行二年\"", none, List.of());
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
}
