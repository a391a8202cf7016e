package com.gazettesearch.parse;

import java.util.List;

import com.gazettesearch.model.SectionType;

/** A section before it gets its document id, order and stable id. */
record SectionDraft(List<String> path, String heading, SectionType type, String text) {
    SectionDraft {
        path = List.copyOf(path);
    }
}
