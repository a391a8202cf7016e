package com.gazettesearch.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line (main class of the jar): {@code index}, {@code serve} and the other subcommands.
 * Exit codes: 0 success, 2 usage error (bad option or value, message names it), 1 failure (one line on
 * stderr; the stack trace goes to the debug log).
 */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "gazette-search 1.0",
        description = "Gazette Search (公报检索): full-text search over Chinese local-government gazettes.",
        subcommands = {
                IndexCommand.class,
                ServeCommand.class,
                SearchCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                SoakCommand.class,
                InspectCommand.class,
        })
public final class Main implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The configured command line, without exiting (tests call {@code execute} on it). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    LOG.debug("command failed", e);
                    cmd.getErr().println("gazette: " + describe(e));
                    return CommandLine.ExitCode.SOFTWARE;
                });
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        // File-system exceptions carry only the path as message; say what went wrong with it.
        return e instanceof java.nio.file.FileSystemException ? kind + ": " + message : message;
    }

    public static void main(String[] args) {
        // Lucene logs through java.util.logging: one log format and one set of levels (simplelogger.properties).
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }
}
