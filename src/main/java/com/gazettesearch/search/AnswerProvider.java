package com.gazettesearch.search;

import java.util.List;
import java.util.Map;

/**
 * Supplies direct answers shown above the hits (for example the fee a question asks about). The
 * search service asks every provider it was built with; each returns its answers as JSON-ready maps,
 * or an empty list when it has nothing to say about the query.
 */
@FunctionalInterface
public interface AnswerProvider {
    List<Map<String, Object>> answersFor(String q, SearchRequest request);
}
