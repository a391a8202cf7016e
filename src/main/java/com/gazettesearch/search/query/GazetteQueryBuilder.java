package com.gazettesearch.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.LongField;
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
import com.gazettesearch.text.AnswerKind;

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

    /**
     * Boosts of each kind of evidence; the defaults are what the eval was tuned with (on its tuning half only).
     *
     * @param minShouldMatch     share of a query's distinct bigrams a section must have (terms clause)
     * @param wordMinShouldMatch share of a query's words (smartcn, two characters or more) the words clause needs
     * @param hint               factor for sections whose heading has a word the question implies (when → 时间)
     * @param region             factor for the sections of a region the query names (石峰区, 渌口, 湘江新区)
     * @param issuer             factor for the documents of an issuer the query names
     * @param year               factor for sections dated in a year the query names (2024年 碳达峰)
     * @param date               factor for sections dated in the month or on the day the query names
     * @param definition         factor, for a "what is X" question, for the text that defines X (所称X, X是指, X…，是指)
     * @param weakDefinition     the same for text that may define X or only say something of it (X是, X作为); a
     *                           section with both forms counts as defining
     * @param relaxedMinShouldMatch share of bigrams (and of words) a section needs when the query as built matches
     *                           nothing (a paraphrase shares few words with the text); the query's words or runs
     *                           are still required
     * @param preamble           factor for a section under no heading (a notice's 印发 text or cover letter, which
     *                           repeats the title's words but seldom answers a question)
     * @param answerKind         factor, for a question asking for an amount, a time span, a limit or a penalty
     *                           (多少钱, 多久, 最多, 怎么罚), for the sections whose text states one
     * @param coverage           factor for each of the query's words (two characters or more, or a synonym of one)
     *                           a section has in its text, heading, path or document title: one that has them all
     *                           beats one that repeats a few
     */
    public record Weights(float text, float heading, float title, float path, float minShouldMatch,
                          float phrase, float headingPhrase, float proximity, int proximitySlop,
                          float words, float synonymPhrase, float ordinalTyped,
                          float ordinalOther, float hint, float region, float issuer, float year, float date,
                          float wordMinShouldMatch, float definition, float relaxedMinShouldMatch, float preamble,
                          float coverage, float weakDefinition, float answerKind) {
        public static Weights defaults() {
            return new Weights(1.0f, 1.0f, 2.25f, 1.0f, 0.3f,
                    2.0f, 3.0f, 1.0f, 8,
                    1.0f, 2.0f, 60f,
                    40f, 1.2f, 1.5f, 1.5f, 3.0f, 2.0f,
                    0.8f, 2.0f, 0.3f, 0.8f,
                    1.2f, 1.5f, 1.5f);
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
    /** Longest content run cut into anchor pieces ({@link #anchorPieces}). */
    static final int MAX_ANCHOR_RUN = 12;
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
        return build(q, synonyms, IndexNames.NONE);
    }

    /**
     * As {@link #build(UserQuery, Synonyms.Snapshot)}, knowing the regions and issuers of the index: a query that
     * names a region (石峰区, 渌口, 湘江新区 …) or an issuer prefers their documents, and one that names a year, month
     * or day prefers sections of that time. Preferences only rank: a section must match the query's words.
     */
    public Query build(UserQuery q, Synonyms.Snapshot synonyms, IndexNames names) {
        return build(q, synonyms, names, false);
    }

    /**
     * As {@link #build(UserQuery, Synonyms.Snapshot, IndexNames)}; {@code relaxed} asks for fewer of the query's
     * bigrams and words ({@link Weights#relaxedMinShouldMatch}), for a second try when the first found nothing.
     */
    public Query build(UserQuery q, Synonyms.Snapshot synonyms, IndexNames names, boolean relaxed) {
        // A pasted paragraph is searched by its beginning: enough to find it, and Lucene refuses a query
        // of more than 1024 terms. If even that is too many (synonyms expanding a repeated word), cut more.
        UserQuery query = q.truncated(MAX_CONTENT_CHARS, MAX_SEGMENTS, MAX_PHRASES);
        while (true) {
            Query built;
            try {
                built = buildUnchecked(query, synonyms, names, relaxed);
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

    /**
     * What a word's synonym phrase weighs against a whole run's ({@link Weights#synonymPhrase}): it matches where the
     * run's other words may be far (eval, tuning half: 0.5 and 1 measure the same, 0 loses a query; the smaller kept).
     */
    static final float WORD_SYNONYM_SCALE = 0.5f;
    private static final Synonyms.Snapshot NO_SYNONYMS = Synonyms.none().current();

    /**
     * At how many places the synonym graph adds other spellings to {@code text}: one per matched word, however many
     * words its spellings have (年终奖 → 全年 一次性 奖金 is one match), since each match multiplies the spellings.
     */
    static int synonymMatches(Analyzer queryAnalyzer, String text) {
        java.util.Set<Integer> matchedAt = new java.util.HashSet<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(Schema.TEXT_WORDS, text)) {
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    matchedAt.add(offset.startOffset());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matchedAt.size();
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

    private Query buildUnchecked(UserQuery q, Synonyms.Snapshot rules, IndexNames names, boolean relaxed) {
        float termShare = relaxed ? w.relaxedMinShouldMatch() : w.minShouldMatch();
        float wordShare = relaxed ? w.relaxedMinShouldMatch() : w.wordMinShouldMatch();
        if (q.isEmpty()) {
            return null;
        }
        Optional<QueryDate> onlyTime = q.segments().isEmpty() && q.phrases().isEmpty() && q.ordinals().isEmpty()
                ? QueryDate.find(q.raw()) : Optional.empty();
        if (onlyTime.isPresent()) {
            // nothing but a time (1952年7月1日, 1950年劳动节发生了什么): the sections dated then
            return constant(LongField.newRangeQuery(Schema.DATE, onlyTime.get().first().toEpochDay(),
                    onlyTime.get().last().toEpochDay()), 1f);
        }
        // Each synonym match doubles the spellings of the query: a word repeated many times would explode.
        Synonyms.Snapshot synonyms = rules.map() != null
                && synonymMatches(rules.queryAnalyzer(), q.contentText()) > MAX_SYNONYM_MATCHES ? NO_SYNONYMS : rules;
        QueryBuilder bigramBuilder = new QueryBuilder(bigrams);
        QueryBuilder wordBuilder = new QueryBuilder(synonyms.queryAnalyzer());
        // A multi-word synonym (发改局 → 发展 和 改革 局) must match as a phrase, not as any one of its words.
        wordBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        // What a section must have of the query's own words: one of its words (smartcn, two characters or more),
        // one of its runs as a phrase, a synonym spelling or an ordinal. Without it, the bigrams of a short query
        // can match as scattered characters (量子计算机: 计算 in one place, 算机 in 核算机制).
        List<Query> anchors = new ArrayList<>();
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
            terms.setMinimumNumberShouldMatch(minShouldMatch(distinct.size(), termShare));
            out.add(terms.build(), Occur.SHOULD);
        }

        // Phrases and proximity, per content run.
        for (String segment : q.segments()) {
            addPhrase(out, bigramBuilder, segment, 1.0f);
            for (String piece : anchorPieces(segment)) {
                for (String field : anchorFields(piece)) {
                    addIfPresent(anchors, phrase(bigramBuilder, field, piece), 1f);
                }
            }
        }
        List<String> queryWords = analyze(PLAIN_WORDS, Schema.TEXT_WORDS, content);
        // single characters are no word evidence, unless the query has nothing else
        boolean longWords = queryWords.stream().anyMatch(word -> word.codePointCount(0, word.length()) >= 2);
        for (String word : queryWords) {
            if (!longWords || word.codePointCount(0, word.length()) >= 2) {
                for (String field : Schema.WORD_FIELDS) {
                    anchors.add(new TermQuery(new Term(field, word)));
                }
            }
        }
        // A synonym of one of the words is that word (年终奖 is said 年终加薪 in the text): what the synonym graph
        // makes of the words, other than plain terms (those are above, or single characters), anchors too.
        if (synonyms.map() != null) {
            for (String field : Schema.WORD_FIELDS) {
                Query expanded = wordBuilder.createBooleanQuery(field, content);
                List<Query> parts = expanded instanceof BooleanQuery bq
                        ? bq.clauses().stream().map(BooleanClause::query).toList()
                        : expanded == null ? List.of() : List.of(expanded);
                parts.stream().filter(part -> !(part instanceof TermQuery)).forEach(anchors::add);
            }
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
            Query words = withMinShouldMatch(wordBuilder.createBooleanQuery(wordFields[f], content), wordShare, relaxed);
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
                addSpellings(out, anchors, bigramBuilder, segment, synonymSpellings(synonyms.queryAnalyzer(), segment), 1f);
            }
            // and per word of a longer run, whose spelling as a whole seldom occurs (年终奖个税: the text says
            // 年终加薪 in one place and 个人所得税 in another)
            Set<String> segments = new LinkedHashSet<>(q.segments());
            for (String word : new LinkedHashSet<>(queryWords)) {
                if (word.codePointCount(0, word.length()) >= 2 && !segments.contains(word)) {
                    addSpellings(out, anchors, bigramBuilder, word, synonymSpellings(synonyms.queryAnalyzer(), word),
                            WORD_SYNONYM_SCALE);
                }
            }
        }

        // 第二档 is printed 第2档 as often (and the other way): the other spelling scores like a synonym
        for (String segment : q.segments()) {
            addSpellings(out, anchors, bigramBuilder, segment, otherNumberings(segment), 1f);
        }

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
                    anchors.addAll(where);
                }
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
        BooleanQuery matching = out.build();
        if (matching.clauses().isEmpty()) {
            return null;
        }
        Query ranked = matching;
        if (!anchors.isEmpty() && q.phrases().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            anchors.stream().distinct().forEach(a -> any.add(a, Occur.SHOULD));
            ranked = Filtered.of(matching, List.of(new MaterializedFilter(any.build())));
        }
        Query preferred = withPreferences(ranked, bigramBuilder, q, names);
        return withCoverage(preferred, bigramBuilder, synonyms, queryWords);
    }

    /**
     * The score multiplied by {@link Weights#coverage} for each of the query's words (smartcn, two characters or
     * more, or one of its synonyms) that the section has anywhere (its text, heading, path or document title): BM25
     * sums what matches, so a section that repeats some of the words would otherwise outrank one that has them all
     * (企业上云 many times against 企业上云 and 奖励).
     */
    private Query withCoverage(Query ranked, QueryBuilder bigramBuilder, Synonyms.Snapshot synonyms,
                               List<String> queryWords) {
        if (w.coverage() == 1f) {
            return ranked;
        }
        Query out = ranked;
        for (String word : new LinkedHashSet<>(queryWords)) {
            if (word.codePointCount(0, word.length()) < 2) {
                continue;
            }
            List<String> spellings = new ArrayList<>(List.of(word));
            if (synonyms.map() != null) {
                spellings.addAll(synonymSpellings(synonyms.queryAnalyzer(), word));
            }
            List<Query> where = new ArrayList<>();
            for (String spelling : spellings) {
                for (String field : Schema.PHRASE_PLACES) {
                    addIfPresent(where, bigramBuilder.createPhraseQuery(field, spelling), 1f);
                }
            }
            out = prefer(out, where, w.coverage());
        }
        return out;
    }

    /**
     * What the query prefers without requiring it — a region, an issuer, a time it names, hint words in headings, the
     * text that defines what it asks about — as factors on the score of the sections that have it, so a preference
     * weighs the same whatever the scale of the words' scores.
     */
    private Query withPreferences(Query ranked, QueryBuilder bigramBuilder, UserQuery q, IndexNames names) {
        String compactRaw = q.raw().replaceAll("\\s+", "");
        Query out = ranked;
        out = prefer(out, names.regionsIn(compactRaw).stream()
                .map(r -> (Query) new TermQuery(new Term(Schema.REGION, r))).toList(), w.region());
        out = prefer(out, names.issuersIn(compactRaw).stream()
                .map(i -> (Query) new TermQuery(new Term(Schema.ISSUER, i))).toList(), w.issuer());
        Optional<QueryDate> date = QueryDate.find(q.raw());
        if (date.isPresent()) {
            out = prefer(out, List.of(new TermQuery(new Term(Schema.YEAR, Integer.toString(date.get().year())))), w.year());
            if (date.get().finerThanYear()) {
                out = prefer(out, List.of(LongField.newRangeQuery(Schema.DATE, date.get().first().toEpochDay(),
                        date.get().last().toEpochDay())), w.date());
            }
        }
        List<Query> hints = new ArrayList<>();
        for (String hint : q.hints()) {
            addIfPresent(hints, bigramBuilder.createPhraseQuery(Schema.HEADING, hint), 1f);
        }
        out = prefer(out, hints, w.hint());
        // a question asking for an amount, a time span, a limit or a penalty: the sections that state one answer it
        out = prefer(out, AnswerKind.askedBy(compactRaw).stream()
                .map(kind -> (Query) new TermQuery(new Term(Schema.ANSWER_KIND, kind.value()))).toList(), w.answerKind());
        if (q.defined().isPresent()) {
            String term = q.defined().get();
            // 所称X, X是指 and X…，是指 define X; X是, X作为 often do, but as often only say something of it
            List<Query> definitions = new ArrayList<>();
            for (String form : List.of("所称" + term, term + "是指")) {
                addIfPresent(definitions, bigramBuilder.createPhraseQuery(Schema.TEXT, form), 1f);
            }
            addIfPresent(definitions, followedWithin(term, "是指", DEFINITION_WINDOW), 1f);
            List<Query> weak = new ArrayList<>();
            for (String form : List.of(term + "作为", term + "是")) {
                addIfPresent(weak, bigramBuilder.createPhraseQuery(Schema.TEXT, form), 1f);
            }
            out = prefer(out, definitions, w.definition());
            if (!weak.isEmpty()) {
                BooleanQuery.Builder weakOnly = new BooleanQuery.Builder();
                weak.forEach(form -> weakOnly.add(form, Occur.SHOULD));
                definitions.forEach(form -> weakOnly.add(form, Occur.MUST_NOT));
                out = prefer(out, List.of(weakOnly.build()), w.weakDefinition());
            }
        }
        if (!q.segments().isEmpty()) {
            out = prefer(out, List.of(new TermQuery(new Term(Schema.PREAMBLE, Schema.PREAMBLE_YES))), w.preamble());
        }
        return out;
    }

    /**
     * Other spellings of {@code typed} as scored phrases, each also an anchor. A phrase scores the sum of its terms'
     * weights, so a spelling longer than what was typed is scaled down to the typed length.
     */
    private void addSpellings(BooleanQuery.Builder out, List<Query> anchors, QueryBuilder bigramBuilder, String typed,
                              List<String> spellings, float scale) {
        int typedLength = Math.max(1, analyze(bigrams, Schema.TEXT, typed).size());
        for (String alternative : spellings) {
            int length = Math.max(1, analyze(bigrams, Schema.TEXT, alternative).size());
            float lengthScale = Math.min(1f, (float) typedLength / length);
            addPhrase(out, bigramBuilder, alternative,
                    (w.phrase() > 0 ? w.synonymPhrase() / w.phrase() : 0) * lengthScale * scale);
            addIfPresent(anchors, phrase(bigramBuilder, Schema.TEXT, alternative), 1f);
        }
    }

    /** 第 + a number + the unit it counts (档, 级, 批 …; 条, 章, 节 are {@link UserQuery.Ordinal}s). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "第([0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,6})(\\p{IsHan})");

    /** 第二档 → 第2档 and 第2档 → 第二档, for every numbered unit in {@code segment} but 条, 章, 节. */
    static List<String> otherNumberings(String segment) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = NUMBERED.matcher(segment);
        while (m.find()) {
            String unit = m.group(2);
            if ("条章节".contains(unit)) {
                continue;
            }
            String n = m.group(1);
            boolean digits = Character.isDigit(n.charAt(0));
            java.util.OptionalInt value = digits ? java.util.OptionalInt.of(Integer.parseInt(n))
                    : com.gazettesearch.text.ChineseNumerals.parse(n);
            if (value.isPresent() && value.getAsInt() > 0) {
                out.add("第" + (digits ? com.gazettesearch.text.ChineseNumerals.format(value.getAsInt())
                        : Integer.toString(value.getAsInt())) + unit);
            }
        }
        return out;
    }

    /** Bigram positions between a defined term and the 是指 that defines it (X作为…的组成部分，是指…). */
    static final int DEFINITION_WINDOW = 20;

    /**
     * The text where {@code first} is followed by {@code then} within {@code window} bigram positions, or null when
     * either is not all CJK (then the bigrams are no characters to count by).
     */
    private SpanQuery followedWithin(String first, String then, int window) {
        SpanQuery a = cjkSpan(first);
        SpanQuery b = cjkSpan(then);
        return a == null || b == null ? null : new SpanNearQuery(new SpanQuery[]{a, b}, window, true);
    }

    /** {@code text} as an exact span of its bigrams in the text field, or null unless it is all CJK. */
    private SpanQuery cjkSpan(String text) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty() || !tokens.stream().allMatch(Token::cjk)) {
            return null;
        }
        List<SpanQuery> terms = tokens.stream()
                .map(t -> (SpanQuery) new SpanTermQuery(new Term(Schema.TEXT, t.text()))).toList();
        return terms.size() == 1 ? terms.get(0) : new SpanNearQuery(terms.toArray(SpanQuery[]::new), 0, true);
    }

    /** {@code ranked} with the score of the sections matching any of {@code which} multiplied by {@code factor}. */
    private static Query prefer(Query ranked, List<Query> which, float factor) {
        if (which.isEmpty() || factor == 1f) {
            return ranked;
        }
        Query any = which.size() == 1 ? which.get(0) : new DisjunctionMaxQuery(which, 0f);
        return new PreferenceQuery(ranked, any, factor);
    }

    /**
     * The pieces of a content run a section may match to be about it: the run itself when it is three characters or
     * shorter, else every three consecutive characters of it (two overlapping bigrams, so 气化渌口工程 matches
     * “气化渌口”工程, but 计算 in one place and 算机 in another do not make 量子计算机). A run longer than
     * {@value #MAX_ANCHOR_RUN} characters is anchored by its words: pasted text, where a stray bigram is no risk.
     */
    static List<String> anchorPieces(String segment) {
        int[] cps = segment.codePoints().toArray();
        boolean cjk = segment.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (cps.length <= 3 || cps.length > MAX_ANCHOR_RUN || !cjk) {
            return List.of(segment);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= cps.length; i++) {
            out.add(new String(cps, i, 3));
        }
        return out;
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

    private static boolean lonelyStart(List<Token> tokens) {
        return tokens.size() > 1 && tokens.get(0).single() && !tokens.get(1).cjk();
    }

    private static boolean lonelyEnd(List<Token> tokens) {
        return tokens.size() > 1 && tokens.get(tokens.size() - 1).single() && !tokens.get(tokens.size() - 2).cjk();
    }

    /**
     * Where a section may have {@code piece} as an anchor: {@link Schema#PHRASE_PLACES} for an exact phrase (one in
     * the heading is one in the path), every bigram field for a tolerant one, whose edge wildcard expands to the
     * first terms of each field and so may keep in the heading a term the path's longer list leaves out.
     */
    private List<String> anchorFields(String piece) {
        List<Token> tokens = tokens(piece);
        return lonelyStart(tokens) || lonelyEnd(tokens) ? Schema.BIGRAM_FIELDS : Schema.PHRASE_PLACES;
    }

    /**
     * A bigram phrase that tolerates how CJK bigrams fall around numbers. In 第50次常务会议 the index has
     * 府第 | 50 | 次常 (a character next to another CJK character is only part of a bigram), while the
     * query 第50次 analyzes to 第 | 50 | 次. A lone CJK character at the start of the query therefore
     * also matches any bigram ending with it, and one at the end any bigram starting with it.
     */
    Query phrase(QueryBuilder bigramBuilder, String field, String segment) {
        List<Token> tokens = tokens(segment);
        boolean lonelyStart = lonelyStart(tokens);
        boolean lonelyEnd = lonelyEnd(tokens);
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
    private Query withMinShouldMatch(Query q, float share, boolean relaxed) {
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
        b.setMinimumNumberShouldMatch(n <= 2 && !relaxed ? n : Math.max(1, (int) Math.floor(n * share)));
        return b.build();
    }

    private static int minShouldMatch(int distinctTerms, float share) {
        if (distinctTerms <= 1) {
            return distinctTerms;
        }
        return Math.max(1, (int) Math.floor(distinctTerms * share));
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
