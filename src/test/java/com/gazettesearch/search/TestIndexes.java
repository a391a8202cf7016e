package com.gazettesearch.search;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to the small sample index for tests outside this package. */
public final class TestIndexes {
    private TestIndexes() {
    }

    public static Searchers sample(Path dir) throws IOException {
        return MiniIndex.write(dir, MiniIndex.corpusSample());
    }
}
