package com.gazettesearch.schema;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;

/**
 * The one place that defines the index: every field name, its Lucene type and its analyzer.
 * The indexer builds documents from these definitions and the searcher queries with them, so the
 * two can never disagree about how a field was analyzed.
 *
 * <p>Every Lucene document has a {@link #RECORD_TYPE}: one {@code document} per gazette document,
 * one {@code section} per section (what search returns), plus structured records (fees, events, …).
 *
 * <p>Chinese full text is indexed twice: a <em>bigram</em> field (CJK bigrams over the Unicode
 * tokenizer, which keeps words that smartcn splits, such as 渌口 and 1.20, matchable and gives
 * exact offsets for highlighting) and a <em>word</em> field ({@code *.zh}, smartcn word segmentation,
 * which ranks whole-word matches). The bigram field is the stored one and the one highlighted.
 */
public final class Schema {
    private Schema() {
    }

    // ---- record types -------------------------------------------------------------------------
    public static final String RECORD_TYPE = "recordType";
    public static final String TYPE_DOCUMENT = "document";
    public static final String TYPE_SECTION = "section";

    // ---- identity -----------------------------------------------------------------------------
    /** Stable record id; KeywordField (indexed, stored, sorted doc values) so it breaks score ties. */
    public static final String ID = "id";
    /** Id of the gazette document a section or record belongs to. */
    public static final String DOC_ID = "docId";
    /** Corpus file the record came from; lets re-indexing delete what a removed file left behind. */
    public static final String SOURCE_FILE = "sourceFile";
    /** SHA-256 of the source file's decoded text, to skip unchanged files. */
    public static final String SOURCE_HASH = "sourceHash";

    // ---- document metadata (on document and section records) ----------------------------------
    /** Document title: bigram-analyzed and stored. */
    public static final String DOC_TITLE = "docTitle";
    /** Document title, smartcn words (not stored). */
    public static final String DOC_TITLE_WORDS = "docTitle.zh";
    /** 文号 as printed after normalisation to 〔〕, stored. */
    public static final String DOC_NUMBER = "docNumber";
    /** 文号 reduced to a bracket-free key (see the search package's normaliser) for exact lookup. */
    public static final String DOC_NUMBER_KEY = "docNumber.key";
    /** 登记号, upper-case keyword. */
    public static final String REG_NUMBER = "regNumber";
    /** 索引号 (a website's government-information index number), upper-case keyword; on document and section records. */
    public static final String INDEX_NUMBER = "indexNumber";
    public static final String ISSUER = "issuer";
    public static final String REGION = "region";
    /** 文种 (the {@code kind} facet). */
    public static final String KIND = "kind";
    /** 成文日期 as epoch day: LongField (points + doc values, stored). */
    public static final String DATE = "date";
    /** Year of {@link #DATE}, as a facet value. */
    public static final String YEAR = "year";
    public static final String GAZETTE_ISSUE = "gazetteIssue";
    public static final String ORDER_IN_SOURCE = "orderInSource";
    public static final String SECTION_COUNT = "sectionCount";
    /**
     * The titles of the texts a document issues besides its own ({@code GazetteDocument.issuedTextTitles}), one
     * stored value each, on document records only: identifier lookup reads them with the rest of the document
     * record instead of reading every section's path when a reader opens.
     */
    public static final String ISSUED_TITLES = "issuedTitles";
    /**
     * What the parser could not recognise in a document or had to guess, one stored value per warning, in order;
     * on document records only (stored, not searched).
     */
    public static final String WARNINGS = "warnings";

    // ---- section fields -----------------------------------------------------------------------
    /** Heading path, one stored value per level, in order. */
    public static final String PATH = "path";
    /** All headings of the path, bigram-analyzed (not stored) so a query can match any level. */
    public static final String PATH_TEXT = "path.text";
    /** The section's own heading: bigram-analyzed and stored. */
    public static final String HEADING = "heading";
    public static final String HEADING_WORDS = "heading.zh";
    /** Section type api name (the {@code type} facet). */
    public static final String SECTION_TYPE = "type";
    /** Full text: bigram-analyzed, stored, offsets in postings for the highlighter. */
    public static final String TEXT = "text";
    /** Full text, smartcn words (not stored). */
    public static final String TEXT_WORDS = "text.zh";
    /** Position of the section in its document. */
    public static final String ORDER = "order";
    /**
     * The kinds of answer a section's text holds (amount, duration, limit, penalty: {@code AnswerKind}), keyword,
     * not stored: a question that asks for one prefers the sections that hold it.
     */
    public static final String ANSWER_KIND = "answerKind";
    /**
     * On sections under no heading (a notice's 印发 text, a cover letter), keyword, not stored: a query's words there
     * seldom answer it. A field of its own because a section's heading fields are never absent (see
     * {@link #withEveryTextField}).
     */
    public static final String PREAMBLE = "preamble";
    public static final String PREAMBLE_YES = "yes";
    /** Responsible departments named in the section (canonical names; the {@code dept} facet). */
    public static final String DEPT = "dept";
    /** Validity window as epoch days (LongField); absent when the text does not say. */
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";

    /**
     * The validity status facet and filter of section search (现行有效, 已失效 …). Not a field of the index: the
     * status depends on the day, so it is computed per request from {@link #VALID_FROM} / {@link #VALID_TO}.
     */
    public static final String STATUS = "status";

    /** What the validity window was read from (自发布之日起施行；试行二年 …), stored on document records. */
    public static final String VALIDITY_BASIS = "validityBasis";

    // ---- structured records: fees and responsible departments ----------------------------------
    /** One fee item of a fee notice (渌发改发〔2024〕6号: 城区 工业用水 1.20 元/立方米). */
    public static final String TYPE_FEE = "fee";
    /** One free allowance of a fee notice (城镇每户每月免征 6 立方米). */
    public static final String TYPE_FEE_EXEMPTION = "fee_exemption";
    /** The responsible departments of one section's task (lead and participating). */
    public static final String TYPE_DEPT_TASK = "dept_task";
    /** The whole structured record as stored JSON, read back by the search stage (not indexed). */
    public static final String RECORD_JSON = "recordJson";
    /** Fee record keywords (exact match): what is charged, the area, the use class. */
    public static final String FEE_CHARGE = "fee.charge";
    public static final String FEE_AREA = "fee.area";
    public static final String FEE_CLASS = "fee.class";

    // ---- chronicle events and plan tables (records of their own, not sections) -----------------
    public static final String TYPE_EVENT = "event";
    public static final String TYPE_PROJECT = "project";
    public static final String TYPE_INDICATOR = "indicator";
    /** Id of the section a record was read from: KeywordField, stored. */
    public static final String SECTION_ID = "sectionId";
    /** What a record's {@code q} parameter matches: bigram-analyzed, not stored. */
    public static final String RECORD_TEXT = "record.text";
    /** Position of a record in its document (table order, chronicle order): IntField. */
    public static final String RECORD_ORDER = "recordOrder";
    /** Last day of an event as epoch day (its {@link #DATE} when it is one day): LongField. */
    public static final String END_DATE = "endDate";
    /** 上午 / 下午 / 晚上 of an event: KeywordField. */
    public static final String PART_OF_DAY = "partOfDay";
    /** Names of the people an event names: KeywordField, one value each. */
    public static final String PEOPLE = "people";
    /** A project's 建设类型 (新建 / 续建): KeywordField. */
    public static final String BUILD_TYPE = "buildType";
    /** A project's responsible departments, as printed and canonical (aliases.tsv): KeywordField, one value each. */
    public static final String PROJECT_DEPT = "projectDept";
    /** The same departments, bigram-analyzed (not stored), so part of a name matches (住建局). */
    public static final String PROJECT_DEPT_TEXT = "projectDept.text";
    /** A project's investment in 万元: DoubleField, absent when the table gives no number. */
    public static final String INVESTMENT = "investment";
    /** An indicator's 达标情况 (已达标 / 未达标): KeywordField, absent when not assessed. */
    public static final String INDICATOR_STATUS = "indicatorStatus";

    // ---- suggestions ----------------------------------------------------------------------------
    /**
     * A section's document title and its own heading as sorted doc values (not indexed, not stored): the indexer
     * reads each distinct title and heading from them, with the first section that has it, to build the suggester.
     */
    public static final String SUGGEST_TITLE = "suggest.title";
    public static final String SUGGEST_HEADING = "suggest.heading";
    /** Longer titles and headings are not offered as completions (and doc values limit a value's length). */
    public static final int MAX_SUGGESTION_CHARS = 120;
    /** Commit user data: the directory, inside the index directory, of the suggester written with the commit. */
    public static final String SUGGESTER_DIR = "suggester";
    /** Characters of a word before the infix suggester matches it as a prefix. */
    public static final int SUGGEST_MIN_PREFIX_CHARS = 2;

    /**
     * The suggester over {@code dir}: infix matching on CJK bigrams, every typed term required, results by weight.
     * The indexer builds it and the search stage opens the same definition read-only.
     */
    public static AnalyzingInfixSuggester suggester(Directory dir) throws IOException {
        return new AnalyzingInfixSuggester(dir, BIGRAMS, BIGRAMS, SUGGEST_MIN_PREFIX_CHARS, false, true, false);
    }

    // ---- facets -------------------------------------------------------------------------------
    /** Facet dimensions, stored as SortedSet doc values; {@code status} is computed at query time. */
    public static final List<String> FACET_DIMS = List.of(REGION, ISSUER, KIND, YEAR, SECTION_TYPE, DEPT);

    /** Text fields stored with offsets so the highlighter need not re-analyze. */
    public static final FieldType STORED_TEXT_WITH_OFFSETS;

    static {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        STORED_TEXT_WITH_OFFSETS = t;
    }

    /** {@code d} with an empty value of each analysed field it lacks, written as that field always is. */
    public static Document withEveryTextField(Document d) {
        // Lucene keeps a field's norms as a plain array only when every record of a segment has the field; where
        // some lack it, scoring looks up per candidate whether it has a value (the largest single cost of scoring a
        // 100,000-section index). An empty value adds a norm but no term, so no statistic and no score changes.
        for (Map.Entry<String, FieldType> field : UNSTORED_TEXT_TYPES.entrySet()) {
            if (d.getField(field.getKey()) == null) {
                d.add(new Field(field.getKey(), "", field.getValue()));
            }
        }
        return d;
    }

    /** Facet configuration shared by indexing (FacetsConfig.build) and DrillSideways. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : FACET_DIMS) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    // ---- analyzers ----------------------------------------------------------------------------

    /** Fields analyzed with CJK bigrams. */
    public static final List<String> BIGRAM_FIELDS = List.of(DOC_TITLE, HEADING, PATH_TEXT, TEXT);
    /**
     * The bigram fields a filter or a preference asks for a phrase in, when only whether a section has it counts:
     * {@link #BIGRAM_FIELDS} without {@link #HEADING}, since a section's heading is the last level of its path (the
     * model enforces it) and so a phrase in {@link #HEADING} is one in {@link #PATH_TEXT}. A phrase clause fewer per
     * word and field is less for every candidate section to be advanced through.
     */
    public static final List<String> PHRASE_PLACES = List.of(DOC_TITLE, PATH_TEXT, TEXT);
    /**
     * Fields of structured records also analyzed with CJK bigrams; apart from {@link #BIGRAM_FIELDS},
     * which section search queries, because no section has them.
     */
    public static final List<String> RECORD_BIGRAM_FIELDS = List.of(RECORD_TEXT, PROJECT_DEPT_TEXT);
    /** Fields analyzed with smartcn word segmentation. */
    public static final List<String> WORD_FIELDS = List.of(DOC_TITLE_WORDS, HEADING_WORDS, TEXT_WORDS);

    /** Every analysed field: every record has each of them, empty where it has no such text. */
    public static final List<String> ANALYSED_FIELDS = java.util.stream.Stream.of(BIGRAM_FIELDS, RECORD_BIGRAM_FIELDS,
            WORD_FIELDS).flatMap(List::stream).toList();
    /** {@link #ANALYSED_FIELDS} with their index options, unstored: Lucene refuses a field written two ways. */
    private static final Map<String, FieldType> UNSTORED_TEXT_TYPES;

    static {
        FieldType offsets = new FieldType(STORED_TEXT_WITH_OFFSETS);
        offsets.setStored(false);
        offsets.freeze();
        Map<String, FieldType> types = new java.util.LinkedHashMap<>();
        for (String f : ANALYSED_FIELDS) {
            types.put(f, f.equals(TEXT) ? offsets : TextField.TYPE_NOT_STORED);
        }
        UNSTORED_TEXT_TYPES = java.util.Collections.unmodifiableMap(types);
    }

    /** The bigram analyzer, the smartcn analyzer and the index analyzer, built once: analyzers are thread-safe. */
    private static final Analyzer BIGRAMS = newBigramAnalyzer();
    private static final Analyzer WORDS = foldingTraditional(new SmartChineseAnalyzer());
    private static final Analyzer INDEX = perField(BIGRAMS, WORDS);

    /** The analyzer the index is written with. Keyword for every field not listed above. */
    public static Analyzer indexAnalyzer() {
        return INDEX;
    }

    /**
     * The analyzer queries are parsed with: the index analyzers, with query-time synonyms on the
     * word fields (a synonym graph over smartcn words, so multi-word rules stay correct in phrase
     * queries; CJK bigrams are not a graph-safe stream, so the bigram fields get none). Pass
     * {@code null} for no synonyms. Reloading synonyms builds a new query analyzer; the index is
     * untouched.
     */
    public static Analyzer queryAnalyzer(SynonymMap synonyms) {
        return synonyms == null ? INDEX : perField(BIGRAMS, wordAnalyzer(synonyms));
    }

    private static Analyzer perField(Analyzer bigram, Analyzer words) {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        BIGRAM_FIELDS.forEach(f -> perField.put(f, bigram));
        RECORD_BIGRAM_FIELDS.forEach(f -> perField.put(f, bigram));
        WORD_FIELDS.forEach(f -> perField.put(f, words));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /**
     * Traditional characters folded to simplified, Unicode word-break tokenizer (numbers such as 1.20 and codes stay
     * whole), full-width folding, lower case, then overlapping CJK bigrams; an isolated CJK character stays a unigram.
     */
    public static Analyzer bigramAnalyzer() {
        return BIGRAMS;
    }

    private static Analyzer newBigramAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new CJKWidthCharFilter(new TraditionalFoldingCharFilter(reader));
            }
        };
    }

    /** {@code analyzer} reading its text with traditional characters folded to simplified ones. */
    private static Analyzer foldingTraditional(Analyzer analyzer) {
        return new org.apache.lucene.analysis.AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected java.io.Reader wrapReader(String fieldName, java.io.Reader reader) {
                return new TraditionalFoldingCharFilter(reader);
            }
        };
    }

    /**
     * smartcn word segmentation of the text with traditional characters folded to simplified (its default stop set
     * is punctuation only), with a synonym graph
     * when {@code synonyms} is not null. Synonym rules must be parsed with {@code wordAnalyzer(null)}.
     */
    public static Analyzer wordAnalyzer(SynonymMap synonyms) {
        if (synonyms == null) {
            return WORDS;
        }
        // The wrapper creates its own token stream components from WORDS, so sharing it is safe.
        return new org.apache.lucene.analysis.AnalyzerWrapper(WORDS.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return WORDS;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new SynonymGraphFilter(components.getTokenStream(), synonyms, true));
            }
        };
    }
}
