package com.gazettesearch.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

import com.gazettesearch.schema.Schema;

/**
 * Turns a {@link UserQuery} into the Lucene query that ranks sections. Every part is a SHOULD clause
 * so that a section scores for each kind of evidence it has:
 * <ul>
 *   <li><b>terms</b>: each CJK bigram of the content, matched in the text, heading, heading path or
 *       document title (the best field per term counts, so a section whose heading says 执行时间 and
 *       whose document title says 污水处理费 matches 污水处理费执行时间), with a minimum-should-match;</li>
 *   <li><b>phrases</b>: each content run as an exact bigram phrase, and as a sloppy phrase in the text
 *       (proximity);</li>
 *   <li><b>words</b>: smartcn words in the {@code *.zh} fields, through the synonym graph;</li>
 *   <li><b>synonym phrases</b>: the other spellings the synonym graph produces (污水费 → 污水处理费) as
 *       bigram phrases, since the bigram fields have no synonyms of their own;</li>
 *   <li><b>identifiers</b>: a 文号 or 登记号 in the query puts that document's sections first;</li>
 *   <li><b>ordinals</b>: 第二十条 / 第20条 finds the heading with that number, the spelling typed first;</li>
 *   <li><b>hints</b>: words a question implies (when → 时间, 日期), weakly.</li>
 * </ul>
 * Quoted text must match as a phrase.
 */
public final class GazetteQueryBuilder {

    /** Boosts of each kind of evidence; the defaults are what the eval was tuned with. */
    public record Weights(float text, float heading, float title, float path, float minShouldMatch,
                          float phrase, float headingPhrase, float proximity, int proximitySlop,
                          float words, float synonymPhrase, float identifier, float ordinalTyped,
                          float ordinalOther, float hint, float region) {
        public static Weights defaults() {
            // Tuned with the eval (coordinate search, then the flattest good region): headings count
            // through their own phrase clause more than per term; titles break ties between documents.
            return new Weights(1.0f, 1.0f, 1.5f, 1.0f, 0.6f,
                    2.0f, 3.0f, 1.0f, 8,
                    1.0f, 2.0f, 100f, 60f,
                    40f, 1.5f, 3.0f);
        }
    }

    /** Most spellings one query may expand to through synonyms; more would only slow it down. */
    private static final int MAX_SYNONYM_PATHS = 16;
    /** Characters of content a query is built from; longer text is cut (see {@link #build}). */
    static final int MAX_CONTENT_CHARS = 40;
    /** Most content runs and quoted phrases a query is built from. */
    static final int MAX_SEGMENTS = 8;
    static final int MAX_PHRASES = 4;
    /** Most index terms one edge wildcard of a tolerant phrase expands to. */
    static final int MAX_EDGE_TERMS = 16;
    /** Synonym matches one query may expand; beyond that (a word pasted many times) synonyms are skipped. */
    static final int MAX_SYNONYM_MATCHES = 4;
    /** Most terms a ranking query may hold, safely under Lucene's limit of 1024 clauses. */
    static final int MAX_QUERY_TERMS = 900;
    /** Most distinct terms a snippet marks. */
    static final int MAX_HIGHLIGHT_TERMS = 256;

    private static final Analyzer PLAIN_WORDS = Schema.wordAnalyzer(null);

    private final Weights w;
    private final Analyzer bigrams = Schema.bigramAnalyzer();

    public GazetteQueryBuilder(Weights weights) {
        this.w = weights;
    }

    public GazetteQueryBuilder() {
        this(Weights.defaults());
    }

    /**
     * The ranking query for {@code q}, or null when the query has no content (the caller then browses).
     * Filters (record type, facets, dates) are the caller's.
     */
    public Query build(UserQuery q, Synonyms.Snapshot synonyms) {
        return build(q, synonyms, List.of());
    }

    /**
     * As {@link #build(UserQuery, Synonyms.Snapshot)}, knowing the regions in the index: a query that
     * names a region (石峰区, 渌口, 湘江新区 …) prefers that region's sections.
     */
    public Query build(UserQuery q, Synonyms.Snapshot synonyms, List<String> regions) {
        // A pasted paragraph is searched by its beginning: enough to find it, and Lucene refuses a query
        // of more than 1024 terms. If even that is too many (synonyms expanding a repeated word), cut more.
        UserQuery query = q.truncated(MAX_CONTENT_CHARS, MAX_SEGMENTS, MAX_PHRASES);
        while (true) {
            Query built;
            try {
                built = buildUnchecked(query, synonyms, regions);
            } catch (IndexSearcher.TooManyClauses e) {
                built = TOO_MANY;
            }
            if (built == null || (built != TOO_MANY && termCount(built) <= MAX_QUERY_TERMS) || query.contentLength() <= 1) {
                return built == TOO_MANY ? null : built;
            }
            query = query.truncated(query.contentLength() / 2, Math.max(1, query.segments().size() / 2),
                    Math.max(0, query.phrases().size() / 2));
        }
    }

    private static final Synonyms.Snapshot NO_SYNONYMS = Synonyms.none().current();

    /** How many synonym tokens the synonym graph adds to {@code text}. */
    static int synonymMatches(Analyzer queryAnalyzer, String text) {
        int added = 0;
        try (TokenStream ts = queryAnalyzer.tokenStream(Schema.TEXT_WORDS, text)) {
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    added++;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    /** Marks a build that hit Lucene's clause limit. */
    private static final Query TOO_MANY = new MatchNoDocsQuery("too many clauses");

    /** Leaf terms of a query, as IndexSearcher counts them against its clause limit. */
    static int termCount(Query q) {
        int[] count = {0};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void consumeTermsMatching(Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                count[0] += MAX_EDGE_TERMS; // what the wildcard may rewrite to
            }

            @Override
            public void visitLeaf(Query query) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    private Query buildUnchecked(UserQuery q, Synonyms.Snapshot rules, List<String> regions) {
        if (q.isEmpty()) {
            return null;
        }
        // Each synonym match doubles the spellings of the query: a word repeated many times would explode.
        Synonyms.Snapshot synonyms = rules.map() != null
                && synonymMatches(rules.queryAnalyzer(), q.contentText()) > MAX_SYNONYM_MATCHES ? NO_SYNONYMS : rules;
        QueryBuilder bigramBuilder = new QueryBuilder(bigrams);
        QueryBuilder wordBuilder = new QueryBuilder(synonyms.queryAnalyzer());
        // A multi-word synonym (发改局 → 发展 和 改革 局) must match as a phrase, not as any one of its words.
        wordBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        String content = q.contentText();

        // Terms: the best field per bigram counts, and most bigrams must match somewhere.
        List<String> tokens = analyze(bigrams, Schema.TEXT, content);
        if (!tokens.isEmpty()) {
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            Set<String> distinct = new LinkedHashSet<>(tokens);
            for (String t : distinct) {
                terms.add(new DisjunctionMaxQuery(List.of(
                        boost(new TermQuery(new Term(Schema.TEXT, t)), w.text()),
                        boost(new TermQuery(new Term(Schema.HEADING, t)), w.heading()),
                        boost(new TermQuery(new Term(Schema.PATH_TEXT, t)), w.path()),
                        boost(new TermQuery(new Term(Schema.DOC_TITLE, t)), w.title())), 0.1f), Occur.SHOULD);
            }
            terms.setMinimumNumberShouldMatch(minShouldMatch(distinct.size()));
            out.add(terms.build(), Occur.SHOULD);
        }

        // Phrases and proximity, per content run.
        for (String segment : q.segments()) {
            addPhrase(out, bigramBuilder, segment, 1.0f);
        }

        // Words, with synonyms: each run as a word phrase, and most words of the query anywhere.
        List<Query> wordQueries = new ArrayList<>();
        float[] fieldBoost = {w.words(), w.words() * w.heading(), w.words() * w.title()};
        String[] wordFields = {Schema.TEXT_WORDS, Schema.HEADING_WORDS, Schema.DOC_TITLE_WORDS};
        for (int f = 0; f < wordFields.length; f++) {
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            for (String segment : q.segments()) {
                Query phrase = wordBuilder.createPhraseQuery(wordFields[f], segment);
                if (phrase != null) {
                    inField.add(phrase, Occur.SHOULD);
                }
            }
            Query words = withMinShouldMatch(wordBuilder.createBooleanQuery(wordFields[f], content));
            if (words != null) {
                inField.add(words, Occur.SHOULD);
            }
            BooleanQuery built = inField.build();
            if (!built.clauses().isEmpty()) {
                wordQueries.add(boost(built, fieldBoost[f]));
            }
        }
        if (!wordQueries.isEmpty()) {
            out.add(new DisjunctionMaxQuery(wordQueries, 0.3f), Occur.SHOULD);
        }

        // Other spellings from the synonym graph, as bigram phrases. A phrase scores the sum of its terms'
        // weights, so a longer spelling (双碳 → 碳达峰碳中和) is scaled down to the length the user typed:
        // the synonym must not outrank the words themselves.
        if (synonyms.map() != null) {
            for (String segment : q.segments()) {
                int typed = Math.max(1, analyze(bigrams, Schema.TEXT, segment).size());
                for (String alternative : synonymSpellings(synonyms.queryAnalyzer(), segment)) {
                    int length = Math.max(1, analyze(bigrams, Schema.TEXT, alternative).size());
                    float lengthScale = Math.min(1f, (float) typed / length);
                    addPhrase(out, bigramBuilder, alternative, w.synonymPhrase() / w.phrase() * lengthScale);
                }
            }
        }

        String compactRaw = q.raw().replaceAll("\\s+", "");
        for (String region : regions) {
            if (RegionNames.aliases(region).stream().anyMatch(compactRaw::contains)) {
                out.add(constant(new TermQuery(new Term(Schema.REGION, region)), w.region()), Occur.SHOULD);
            }
        }

        q.docNumberKey().ifPresent(key ->
                out.add(constant(new TermQuery(new Term(Schema.DOC_NUMBER_KEY, key)), w.identifier()), Occur.SHOULD));
        q.regNumber().ifPresent(reg ->
                out.add(constant(new TermQuery(new Term(Schema.REG_NUMBER, reg.toUpperCase(Locale.ROOT))),
                        w.identifier()), Occur.SHOULD));

        for (UserQuery.Ordinal ordinal : q.ordinals()) {
            List<String> spellings = ordinal.spellings();
            for (String spelling : spellings) {
                boolean typed = q.raw().replace(" ", "").contains(spelling);
                float boost = typed ? w.ordinalTyped() : w.ordinalOther();
                List<Query> where = new ArrayList<>();
                addIfPresent(where, phrase(bigramBuilder, Schema.HEADING, spelling), 1f);
                addIfPresent(where, phrase(bigramBuilder, Schema.PATH_TEXT, spelling), 1f);
                addIfPresent(where, new QueryBuilder(PLAIN_WORDS).createPhraseQuery(Schema.HEADING_WORDS, spelling), 1f);
                if (!where.isEmpty()) {
                    out.add(constant(new DisjunctionMaxQuery(where, 0f), boost), Occur.SHOULD);
                }
            }
        }

        for (String hint : q.hints()) {
            Query h = bigramBuilder.createPhraseQuery(Schema.HEADING, hint);
            if (h != null) {
                out.add(boost(h, w.hint()), Occur.SHOULD);
            }
        }

        for (String phrase : q.phrases()) {
            List<Query> exact = new ArrayList<>();
            for (String field : Schema.BIGRAM_FIELDS) {
                addIfPresent(exact, phrase(bigramBuilder, field, phrase), 1f);
            }
            if (!exact.isEmpty()) {
                out.add(new DisjunctionMaxQuery(exact, 0f), Occur.MUST);
            }
        }
        BooleanQuery built = out.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * What to mark in snippets: the content bigrams and their synonym spellings in the {@code text}
     * field. Much cheaper for the highlighter than the ranking query, and it marks the same words
     * (touching marks are merged by the formatter). Null when there is nothing to mark.
     */
    public Query highlightQuery(UserQuery full, Synonyms.Snapshot synonyms) {
        UserQuery q = full.truncated(MAX_CONTENT_CHARS, MAX_SEGMENTS, MAX_PHRASES);
        Set<String> terms = new LinkedHashSet<>(analyze(bigrams, Schema.TEXT, q.contentText()));
        for (String phrase : q.phrases()) {
            terms.addAll(analyze(bigrams, Schema.TEXT, phrase));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.stream().limit(MAX_HIGHLIGHT_TERMS).forEach(t -> b.add(new TermQuery(new Term(Schema.TEXT, t)), Occur.SHOULD));
        QueryBuilder bigramBuilder = new QueryBuilder(bigrams);
        for (UserQuery.Ordinal ordinal : q.ordinals()) {
            for (String spelling : ordinal.spellings()) {
                Query p = phrase(bigramBuilder, Schema.TEXT, spelling);
                if (p != null) {
                    b.add(p, Occur.SHOULD);
                }
            }
        }
        if (synonyms.map() != null) {
            // A synonym spelling is marked only where it occurs whole: 发展和改革局, not every 发展.
            for (String segment : q.segments()) {
                for (String alternative : synonymSpellings(synonyms.queryAnalyzer(), segment)) {
                    Query p = phrase(bigramBuilder, Schema.TEXT, alternative);
                    if (p != null) {
                        b.add(p, Occur.SHOULD);
                    }
                }
            }
        }
        BooleanQuery built = b.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * The naive baseline the eval compares against: the user's words as smartcn segments them, OR-ed
     * over the one word field {@code text.zh}, no boosts, no question-word handling, no synonyms.
     */
    public static Query naive(String raw) {
        return new QueryBuilder(PLAIN_WORDS).createBooleanQuery(Schema.TEXT_WORDS, raw, Occur.SHOULD);
    }

    private void addPhrase(BooleanQuery.Builder out, QueryBuilder bigramBuilder, String segment, float scale) {
        List<Query> fields = new ArrayList<>();
        addIfPresent(fields, phrase(bigramBuilder, Schema.TEXT, segment), w.phrase() * w.text() * scale);
        addIfPresent(fields, phrase(bigramBuilder, Schema.HEADING, segment), w.headingPhrase() * scale);
        addIfPresent(fields, bigramBuilder.createPhraseQuery(Schema.PATH_TEXT, segment), w.phrase() * w.path() * scale);
        addIfPresent(fields, bigramBuilder.createPhraseQuery(Schema.DOC_TITLE, segment), w.phrase() * w.title() * scale);
        if (!fields.isEmpty()) {
            out.add(new DisjunctionMaxQuery(fields, 0.3f), Occur.SHOULD);
        }
        if (analyze(bigrams, Schema.TEXT, segment).size() > 2) {
            Query near = bigramBuilder.createPhraseQuery(Schema.TEXT, segment, w.proximitySlop());
            if (near != null) {
                out.add(boost(near, w.proximity() * scale), Occur.SHOULD);
            }
        }
    }

    /**
     * A bigram phrase that tolerates how CJK bigrams fall around numbers. In 第50次常务会议 the index has
     * 府第 | 50 | 次常 (a character next to another CJK character is only part of a bigram), while the
     * query 第50次 analyzes to 第 | 50 | 次. A lone CJK character at the start of the query therefore
     * also matches any bigram ending with it, and one at the end any bigram starting with it.
     */
    Query phrase(QueryBuilder bigramBuilder, String field, String segment) {
        List<Token> tokens = tokens(segment);
        boolean lonelyStart = tokens.size() > 1 && tokens.get(0).single() && !tokens.get(1).cjk();
        boolean lonelyEnd = tokens.size() > 1 && tokens.get(tokens.size() - 1).single()
                && !tokens.get(tokens.size() - 2).cjk();
        if (!lonelyStart && !lonelyEnd) {
            return bigramBuilder.createPhraseQuery(field, segment);
        }
        List<SpanQuery> clauses = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            SpanQuery exact = new SpanTermQuery(new Term(field, t.text()));
            if (i == 0 && lonelyStart) {
                clauses.add(new SpanOrQuery(exact, edge(new RegexpQuery(new Term(field, "." + regexpLiteral(t.text()))))));
            } else if (i == tokens.size() - 1 && lonelyEnd) {
                clauses.add(new SpanOrQuery(exact, edge(new RegexpQuery(new Term(field, regexpLiteral(t.text()) + ".")))));
            } else {
                clauses.add(exact);
            }
        }
        return new SpanNearQuery(clauses.toArray(SpanQuery[]::new), 0, true);
    }

    /** A wildcard span limited to its most frequent terms, so it can never blow up a query. */
    private static SpanQuery edge(RegexpQuery regexp) {
        SpanMultiTermQueryWrapper<RegexpQuery> span = new SpanMultiTermQueryWrapper<>(regexp);
        span.setRewriteMethod(new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(MAX_EDGE_TERMS));
        return span;
    }

    /** An analyzed bigram-field token: its text and whether it is CJK, and a lone character. */
    record Token(String text, String type) {
        boolean single() {
            return CJKBigramFilter.SINGLE_TYPE.equals(type);
        }

        boolean cjk() {
            return single() || CJKBigramFilter.DOUBLE_TYPE.equals(type);
        }
    }

    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = bigrams.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Escapes a literal for Lucene's RegExp syntax. */
    private static String regexpLiteral(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('\\').appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Requires most of the words of an OR-ed word query, and ignores single characters: when smartcn
     * splits a word into characters (渌口 → 渌|口), the characters scattered in a text are no evidence
     * (the word phrase and the bigram field cover the word itself).
     */
    private Query withMinShouldMatch(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) {
            return q;
        }
        if (bq.clauses().stream().anyMatch(c -> c.occur() != Occur.SHOULD)) {
            return q;
        }
        List<BooleanClause> kept = bq.clauses().stream()
                .filter(c -> !(c.query() instanceof TermQuery t) || t.getTerm().text().codePointCount(0, t.getTerm().text().length()) > 1)
                .toList();
        if (kept.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        kept.forEach(b::add);
        int n = kept.size();
        b.setMinimumNumberShouldMatch(n <= 2 ? n : minShouldMatch(n));
        return b.build();
    }

    private int minShouldMatch(int distinctTerms) {
        if (distinctTerms <= 1) {
            return distinctTerms;
        }
        return Math.max(1, (int) Math.floor(distinctTerms * w.minShouldMatch()));
    }

    /**
     * The spellings of {@code segment} that the synonym graph adds: each path through the graph,
     * its words joined, except the segment itself.
     */
    public static List<String> synonymSpellings(Analyzer queryAnalyzer, String segment) {
        Set<String> out = new LinkedHashSet<>();
        String compact = segment.replace(" ", "");
        try (TokenStream ts = queryAnalyzer.tokenStream(Schema.TEXT_WORDS, segment)) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
            Iterator<TokenStream> paths = graph.getFiniteStrings();
            int n = 0;
            while (paths.hasNext() && n++ < MAX_SYNONYM_PATHS) {
                TokenStream path = paths.next();
                CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                StringBuilder joined = new StringBuilder();
                path.reset();
                while (path.incrementToken()) {
                    joined.append(term);
                }
                path.end();
                path.close();
                String spelling = joined.toString();
                if (!spelling.isEmpty() && !spelling.equals(compact)) {
                    out.add(spelling);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A path with no synonym in it differs from the segment only by removed punctuation: drop those.
        out.removeIf(s -> s.equals(compact.replaceAll("[^\\p{L}\\p{N}]", "")));
        return List.copyOf(out);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
    public static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void addIfPresent(List<Query> into, Query q, float boost) {
        if (q != null) {
            into.add(boost(q, boost));
        }
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static Query constant(Query q, float boost) {
        return new BoostQuery(new ConstantScoreQuery(q), boost);
    }
}
