package com.gazettesearch.index;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of the application wrote an index. A new build may parse, extract or map records
 * differently, so an index written by another build is stale even when the corpus has not changed.
 * For the runnable jar the identity is its size and modification time; when running from a classes
 * directory (tests, an IDE) it is the constant {@code classes}, so development runs don't re-index
 * on every compile.
 */
public final class BuildIdentity {
    private BuildIdentity() {
    }

    public static String current() {
        CodeSource source = BuildIdentity.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return "jar:" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            return "classes";
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // An unreadable code location only costs a re-index, never a wrong answer.
            return "unknown";
        }
    }
}
