package com.gazettesearch.testkit;

import java.nio.file.Path;
import java.util.List;

/**
 * The sets of test texts under {@code src/test/resources/texts/} (see its README), in the order every texts test
 * reads and reports them: the one list the parse report, the record facts and the nothing-lost check share, so a
 * new set is added in one place.
 */
public final class TestTextSets {
    /** Where the sets are. */
    public static final Path ROOT = Path.of("src/test/resources/texts");
    /**
     * real: the shared real corpus; found: real texts found with the search tools; madeup: made-up texts for shapes
     * no real text could be found for; holdout1: the first blind set, measured before any tuning, development data
     * since; holdout2: the second blind set, development data since its measurement (its unreachable facts are
     * listed in {@link KnownGaps}).
     */
    public static final List<String> ALL = List.of("real", "found", "madeup", "holdout1", "holdout2");

    private TestTextSets() {
    }
}
