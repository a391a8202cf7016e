package com.gazettesearch.parse;

import java.util.HashMap;
import java.util.Map;

import com.gazettesearch.text.Digests;

/**
 * Stable document ids within one source file: {@code d-} and a hash of the file name and the document's identity
 * (its 文号, or its title where it has none). A gazette may print the same document twice; the second occurrence of
 * an identity gets the occurrence number in its hash, so both are indexed under ids of their own, and the first keeps
 * the id it has when it occurs only once (files without repeats keep their ids).
 */
final class DocumentIds {
    private final String fileName;
    private final Map<String, Integer> seen = new HashMap<>();

    DocumentIds(String fileName) {
        this.fileName = fileName;
    }

    /** The id of the next document with this identity in the file. */
    String next(String identity) {
        int occurrence = seen.merge(identity, 1, Integer::sum);
        String key = fileName + "|" + identity + (occurrence == 1 ? "" : "|" + occurrence);
        return "d-" + Digests.sha1(key).substring(0, 10);
    }
}
