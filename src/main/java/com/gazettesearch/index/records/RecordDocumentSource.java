package com.gazettesearch.index.records;

import java.util.List;

import org.apache.lucene.document.Document;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.records.DocumentRecords;
import com.gazettesearch.schema.Schema;

/**
 * Extension point of the {@code Indexer}: extra Lucene records (fee items, chronicle events, table rows…)
 * derived from one parsed document and what the extraction stage read from it. Each returned document must
 * have a unique {@link Schema#ID} and a {@link Schema#RECORD_TYPE}; the indexer adds {@link Schema#SOURCE_FILE}
 * so re-indexing can delete what a removed or changed file left behind. Fields must use {@link Schema}'s names
 * and types: Lucene rejects a field indexed two different ways, and that aborts the run (rolled back, nothing
 * committed). A runtime exception skips the file (logged with its stack trace). {@link RecordMapper} is the base of the
 * application's own sources.
 */
@FunctionalInterface
public interface RecordDocumentSource {
    List<Document> documentsFor(GazetteDocument doc, DocumentRecords records);
}
