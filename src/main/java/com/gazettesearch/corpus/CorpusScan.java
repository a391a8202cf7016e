package com.gazettesearch.corpus;

import java.util.List;

/** The result of reading a corpus directory: the decoded files and the ones that were skipped. */
public record CorpusScan(List<SourceText> files, List<SkippedFile> skipped) {
    public CorpusScan {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
