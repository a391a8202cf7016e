package com.gazettesearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.gazettesearch.lookup.IndexView;
import com.gazettesearch.lookup.PerReader;

/**
 * Supplies direct answers shown above the hits (for example the fee a question asks about). The
 * search service asks every provider it was built with, on the view of the index the search itself runs on;
 * each returns its answers as JSON-ready maps, or an empty list when it has nothing to say about the query.
 */
@FunctionalInterface
public interface AnswerProvider {
    List<Map<String, Object>> answersFor(IndexView view, String q, SearchRequest request) throws IOException;

    /** The per-reader state the provider reads from the view; the index must be opened with it. */
    default List<PerReader<?>> readerState() {
        return List.of();
    }
}
