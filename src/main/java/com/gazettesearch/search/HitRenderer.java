package com.gazettesearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import com.gazettesearch.lookup.StoredRecords;
import com.gazettesearch.schema.Schema;

/**
 * One page of section hits as the API shows them: stored fields, the document's validity status today, the
 * relevance score, and the text highlighted with the {@link UnifiedHighlighter} (offsets are in the postings, so
 * nothing is re-analysed) through {@link SnippetFormatter}.
 */
final class HitRenderer {
    /** Characters of text shown when a hit has no highlighted passage. */
    static final int LEADING_CHARS = 160;
    /** Length the highlighter aims for per passage, centred on the match (CJK sentences can run to hundreds of characters). */
    static final int PASSAGE_CHARS = 100;

    static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.DOC_TITLE, Schema.DOC_NUMBER,
            Schema.REG_NUMBER, Schema.REGION, Schema.ISSUER, Schema.KIND, Schema.DATE, Schema.SECTION_TYPE, Schema.PATH,
            Schema.HEADING, Schema.TEXT, Schema.VALID_FROM, Schema.VALID_TO);

    /** How a hit's score is read from its {@link ScoreDoc}. */
    enum Scores {
        /** Browsing: no score. */
        NONE,
        /** Sorted by relevance: the score is the first sort value. */
        SORT_VALUE,
        /** Sorted by date: the score was filled in afterwards. */
        POPULATED
    }

    /**
     * The hits of {@code page}, snippets marking what {@code highlight} matches (null: the text's beginning).
     */
    List<SearchResponse.Hit> render(IndexSearcher searcher, ScoreDoc[] page, Query highlight, Scores scores,
                                    LocalDate today) throws IOException {
        // each hit's stored fields are read once, in doc id order (neighbours share a compressed block), and the
        // highlighter is handed the text read here instead of reading it again
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> docs = new HashMap<>();
        int[] order = Arrays.stream(page).mapToInt(sd -> sd.doc).sorted().distinct().toArray();
        for (int doc : order) {
            docs.put(doc, stored.document(doc, HIT_FIELDS));
        }
        String[] snippets = snippets(searcher, page, highlight, docs);
        List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = docs.get(page[i].doc);
            String text = d.get(Schema.TEXT) == null ? "" : d.get(Schema.TEXT);
            String snippet = snippets[i] != null && !snippets[i].isBlank() ? snippets[i].strip()
                    : SnippetFormatter.leading(text.strip(), LEADING_CHARS);
            LocalDate date = StoredRecords.epochDay(d, Schema.DATE);
            hits.add(new SearchResponse.Hit(d.get(Schema.ID), d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE),
                    d.get(Schema.DOC_NUMBER), d.get(Schema.REGION), d.get(Schema.ISSUER), d.get(Schema.KIND),
                    date == null ? null : date.toString(), d.get(Schema.SECTION_TYPE), List.of(d.getValues(Schema.PATH)),
                    d.get(Schema.HEADING), snippet, score(page[i], scores), ValidityFacet.statusOf(d, today)));
        }
        return hits;
    }

    private static Float score(ScoreDoc hit, Scores scores) {
        return switch (scores) {
            case NONE -> null;
            case SORT_VALUE -> ((Number) ((FieldDoc) hit).fields[0]).floatValue();
            case POPULATED -> hit.score;
        };
    }

    private static String[] snippets(IndexSearcher searcher, ScoreDoc[] page, Query highlight,
                                     Map<Integer, Document> docs) throws IOException {
        if (highlight == null || page.length == 0) {
            return new String[page.length];
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, Schema.indexAnalyzer())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxNoHighlightPassages(0);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                           int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    Document d = docs.get(doc);
                    CharSequence[] perField = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String v = d == null ? null : d.get(fields[f]);
                        perField[f] = v == null ? "" : v;
                    }
                    values.add(perField);
                }
                return values;
            }
        };
        ScoreDoc[] forHighlighter = Arrays.stream(page).map(sd -> new ScoreDoc(sd.doc, sd.score)).toArray(ScoreDoc[]::new);
        return highlighter.highlight(Schema.TEXT, highlight,
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), forHighlighter), 2);
    }
}
