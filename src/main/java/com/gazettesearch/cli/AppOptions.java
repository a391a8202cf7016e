package com.gazettesearch.cli;

import java.nio.file.Path;

import com.gazettesearch.config.AppConfig;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command shares ({@code --corpus}, {@code --index}, {@code --port}, {@code --host}), as a picocli mixin
 * ({@code @Mixin AppOptions options;}), turned into a validated {@link AppConfig}.
 */
public final class AppOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "gazette files (.txt/.md) (default: ${DEFAULT-VALUE})",
            defaultValue = "corpus")
    Path corpusDir;

    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})",
            defaultValue = "index")
    Path indexDir;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})",
            defaultValue = "7070")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", description = "interface the server listens on; 0.0.0.0 for every "
            + "interface (default: ${DEFAULT-VALUE})", defaultValue = AppConfig.DEFAULT_HOST)
    String host;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "query-time synonym file (default: built in)")
    Path synonymsFile;

    /** The configuration these options describe; an invalid value is a usage error naming the option. */
    public AppConfig toConfig() {
        AppConfig config = AppConfig.defaults().withCorpusDir(corpusDir).withIndexDir(indexDir).withPort(port)
                .withSynonymsFile(synonymsFile).withHost(host);
        try {
            return config.validate();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
