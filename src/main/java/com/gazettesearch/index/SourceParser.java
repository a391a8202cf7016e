package com.gazettesearch.index;

import java.util.List;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;

/**
 * The parse stage as the {@link Indexer} sees it: one decoded file in, its documents out
 * ({@code new GazetteParser()::parse} in the application). Throwing {@code GazetteParseException}
 * (or any other runtime exception) skips the file; an {@link Error} aborts the run without a commit.
 */
@FunctionalInterface
public interface SourceParser {
    List<GazetteDocument> parse(SourceText source);
}
