package com.gazettesearch.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Keeps a green test run quiet: everything a test class prints to {@code System.out} and {@code System.err}
 * (log lines of slf4j-simple, which writes to {@code System.err} at each call, a server's expected error trace,
 * a command's summary) is captured, and printed, with a header naming the test, only when that test or its
 * class fails. A test that expects a log line takes a {@link CapturedOutput} parameter and asserts on it.
 *
 * <p>Registered for every test class through JUnit's extension auto-detection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}). {@code -Dgazette.test.output=show}
 * turns capturing off, e.g. to watch a hanging test. {@link #console()} is the real console, for the one
 * message a run must show (why the browser tests were skipped).
 */
public final class QuietConsole implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final boolean SHOW = "show".equals(System.getProperty("gazette.test.output"));
    private static final PrintStream REAL_OUT = System.out;
    private static final PrintStream REAL_ERR = System.err;
    /** Open captures, innermost first: a class, then the test running in it. */
    private static final Deque<CapturedOutput> OPEN = new ArrayDeque<>();

    /** The console as it was before any capture: for a message that must reach the person running the tests. */
    public static PrintStream console() {
        return REAL_ERR;
    }

    /** What one class or test printed so far. */
    public static final class CapturedOutput {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        /** Everything printed to stdout and stderr since the capture began, in order. */
        public synchronized String text() {
            stream.flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        open();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CapturedOutput.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        synchronized (OPEN) {
            CapturedOutput current = OPEN.peekFirst();
            if (current == null) {
                throw new IllegalStateException("no capture is open (is QuietConsole registered?)");
            }
            return current;
        }
    }

    private static void open() {
        if (SHOW) {
            return;
        }
        synchronized (OPEN) {
            CapturedOutput capture = new CapturedOutput();
            OPEN.push(capture);
            System.setOut(capture.stream);
            System.setErr(capture.stream);
        }
    }

    private static void close(ExtensionContext context) {
        if (SHOW) {
            return;
        }
        CapturedOutput capture;
        synchronized (OPEN) {
            capture = OPEN.pop();
            CapturedOutput outer = OPEN.peekFirst();
            System.setOut(outer == null ? REAL_OUT : outer.stream);
            System.setErr(outer == null ? REAL_ERR : outer.stream);
        }
        Optional<Throwable> failure = context.getExecutionException();
        String text = capture.text();
        if (failure.isPresent() && !text.isEmpty()) {
            String test = context.getTestMethod().isPresent()
                    ? context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                    : context.getDisplayName();
            REAL_ERR.println("---- output of " + test + ", which failed ----");
            REAL_ERR.print(text);
            REAL_ERR.println("---- end of output ----");
        }
    }
}
