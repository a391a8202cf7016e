package com.gazettesearch.cli;

import java.io.Console;

/** What the command line can tell about where its output goes. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Whether stdout is a terminal a person reads: a console is attached and (JDK 22+, where
     * {@code System.console()} is there for a pipe too) it really is a terminal.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: System.console() is non-null only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Whether a person is probably watching: a terminal, and not a CI run. */
    static boolean interactive() {
        return System.getenv("CI") == null && isTerminal();
    }

    /** When to colour output: {@code auto} colours a terminal unless {@code NO_COLOR} is set (no-color.org). */
    enum Colour {
        AUTO, ALWAYS, NEVER;

        boolean enabled() {
            return switch (this) {
                case ALWAYS -> true;
                case NEVER -> false;
                case AUTO -> isTerminal() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
            };
        }
    }
}
