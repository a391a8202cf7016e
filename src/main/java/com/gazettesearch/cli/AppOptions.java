package com.gazettesearch.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.config.RequestLimits;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command shares ({@code --corpus}, {@code --index}), as a picocli mixin
 * ({@code @Mixin AppOptions options;}), turned into a validated {@link AppConfig}. Options only some commands
 * use are mixins of their own ({@link SynonymsOption}, {@link PortOption}, {@link HostOption}), so each command's
 * help lists only the options it reads.
 */
public final class AppOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "gazette files (.txt/.md/.html) (default: ${DEFAULT-VALUE})",
            defaultValue = "corpus")
    Path corpusDir;

    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})",
            defaultValue = "index")
    Path indexDir;

    /** {@code --synonyms FILE}: the query-time synonym file, for the commands that search. */
    public static final class SynonymsOption implements UnaryOperator<AppConfig> {
        @Option(names = "--synonyms", paramLabel = "FILE", description = "query-time synonym file (default: built in)")
        Path file;

        @Override
        public AppConfig apply(AppConfig config) {
            return config.withSynonymsFile(file);
        }
    }

    /** {@code --port N}: the HTTP port of {@code serve}. */
    public static final class PortOption implements UnaryOperator<AppConfig> {
        @Option(names = "--port", paramLabel = "N", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})",
                defaultValue = "7070")
        int port;

        @Override
        public AppConfig apply(AppConfig config) {
            return config.withPort(port);
        }
    }

    /** {@code --host ADDR}: the interface {@code serve} listens on; only this machine unless chosen otherwise. */
    public static final class HostOption implements UnaryOperator<AppConfig> {
        @Option(names = "--host", paramLabel = "ADDR", description = "interface to listen on; 0.0.0.0 for every "
                + "interface (default: ${DEFAULT-VALUE})", defaultValue = AppConfig.DEFAULT_HOST)
        String host;

        @Override
        public AppConfig apply(AppConfig config) {
            return config.withHost(host);
        }
    }

    /** {@code --search-millis N}: how long one search of {@code serve} may run before it answers with what it read. */
    public static final class SearchMillisOption implements UnaryOperator<AppConfig> {
        @Option(names = "--search-millis", paramLabel = "N", description = "how long a search's matching may run "
                + "before it answers with what it read, marked partial, less the request's wait for a turn (at least "
                + "a quarter is left); 0 for no limit (default: ${DEFAULT-VALUE})",
                defaultValue = "" + RequestLimits.DEFAULT_SEARCH_MILLIS)
        int searchMillis;

        @Override
        public AppConfig apply(AppConfig config) {
            RequestLimits l = config.limits();
            return config.withLimits(new RequestLimits(l.inFlight(), l.queued(), l.queueMillis(), searchMillis));
        }
    }

    /**
     * The configuration these options describe, with the command's other option mixins applied; an invalid
     * value is a usage error naming the option.
     */
    @SafeVarargs
    public final AppConfig toConfig(UnaryOperator<AppConfig>... more) {
        AppConfig config = AppConfig.defaults().withCorpusDir(corpusDir).withIndexDir(indexDir);
        for (UnaryOperator<AppConfig> option : more) {
            config = option.apply(config);
        }
        try {
            return config.validate();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
