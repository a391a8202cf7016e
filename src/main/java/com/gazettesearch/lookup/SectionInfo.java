package com.gazettesearch.lookup;

import java.util.List;

/**
 * One section as stored in the index.
 *
 * @param path    heading path from the document root, one entry per level
 * @param heading the section's own heading, null for untitled body text
 * @param type    section type api name (article, item, body, event, table_row)
 */
public record SectionInfo(String id, String docId, String docTitle, List<String> path, String heading, String type,
                          String text, int order) {
    public SectionInfo {
        path = List.copyOf(path);
    }
}
