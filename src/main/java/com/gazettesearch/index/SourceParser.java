package com.gazettesearch.index;

import java.util.List;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;

/**
 * The parse stage as the {@link Indexer} sees it: one decoded file in, its documents out
 * ({@code new GazetteParser()::parse} in the application, which never fails for lack of structure: it
 * degrades and reports warnings on the documents). A runtime exception — a fault, not a property of the text —
 * skips the file with its stack trace logged; an {@link Error} aborts the run without a commit.
 */
@FunctionalInterface
public interface SourceParser {
    List<GazetteDocument> parse(SourceText source);
}
