package com.gazettesearch.model;

import java.util.List;
import java.util.Objects;

/**
 * One indexed unit of a document: the leaf of the heading tree that a search hit points at.
 *
 * @param id      stable id: the same document, path and text give the same id on every run
 * @param docId   id of the {@link GazetteDocument} it belongs to
 * @param path    headings from the document root down to this section, e.g. ["三、重点任务", "（二）节能降碳增效行动"]
 * @param heading this section's own heading (the last element of {@code path}), or null for untitled body text
 * @param type    what kind of unit this is
 * @param text    the full, cleaned text (page breaks rejoined), at most about 3,000 characters
 * @param order   position within the document, from 0
 */
public record Section(String id, String docId, List<String> path, String heading, SectionType type,
                      String text, int order) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(docId, "docId");
        path = List.copyOf(path);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        // Search relies on it: a phrase in the heading is one in the joined path (Schema.PHRASE_PLACES).
        if (heading != null && (path.isEmpty() || !heading.equals(path.getLast()))) {
            throw new IllegalArgumentException("heading " + heading + " is not the last level of path " + path);
        }
    }
}
