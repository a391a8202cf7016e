package com.gazettesearch.index;

import java.util.List;

import com.gazettesearch.corpus.SkippedFile;
import com.gazettesearch.index.records.RecordDocumentSource;

/**
 * What one indexing run did.
 *
 * @param files     corpus files indexed
 * @param documents gazette documents in the index
 * @param sections  sections in the index
 * @param records   all other records (from {@link RecordDocumentSource}s)
 * @param skipped   files not indexed, with the reason
 * @param millis    wall-clock duration of the run
 */
public record IndexSummary(int files, int documents, int sections, int records, List<SkippedFile> skipped,
                           long millis) {
    public IndexSummary {
        skipped = List.copyOf(skipped);
    }

    /** One line for people: counts and duration, then one reason per skipped file. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("indexed ").append(files).append(" files: ").append(documents).append(" documents, ")
                .append(sections).append(" sections");
        if (records > 0) {
            sb.append(", ").append(records).append(" records");
        }
        sb.append(", ").append(skipped.size()).append(" skipped (").append(millis).append(" ms)");
        for (SkippedFile s : skipped) {
            sb.append(System.lineSeparator()).append("  skipped ").append(s.fileName()).append(": ").append(s.reason());
        }
        return sb.toString();
    }
}
