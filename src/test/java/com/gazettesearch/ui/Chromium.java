package com.gazettesearch.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.gazettesearch.testkit.QuietConsole;

/**
 * Starts Debian's headless Chromium through its chromedriver for the browser tests. Nothing is
 * downloaded: both binaries are given explicitly, so Selenium Manager never runs. Where no browser
 * is installed the tests are skipped with a message saying so, except on CI ({@code CI=true}),
 * where a missing browser is a failure: CI must run these tests.
 */
final class Chromium {
    /**
     * Overridable for machines that keep Chromium elsewhere: the system property {@code gazette.chromium}
     * ({@code ./gazette test -Dgazette.chromium=/opt/chromium/chrome}) or the environment variable
     * {@code GAZETTE_CHROMIUM}; likewise {@code gazette.chromedriver} / {@code GAZETTE_CHROMEDRIVER}. The
     * defaults are Debian's paths. A path that does not exist shows what a machine without a browser does.
     */
    static final Path BROWSER = configured("gazette.chromium", "GAZETTE_CHROMIUM", "/usr/bin/chromium");
    static final Path DRIVER = configured("gazette.chromedriver", "GAZETTE_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static boolean reportedMissing;

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static Path configured(String property, String variable, String standard) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv().getOrDefault(variable, standard);
        }
        return Path.of(value);
    }

    /** What is missing and how to get it, in one line. */
    static String missingMessage() {
        List<String> missing = new java.util.ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add("Chromium (" + BROWSER + ")");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("chromedriver (" + DRIVER + ")");
        }
        return "no " + String.join(" and no ", missing)
                + "; install with 'apt-get install chromium chromium-driver fonts-noto-cjk'"
                + " or give the paths with -Dgazette.chromium=… -Dgazette.chromedriver=…";
    }

    /** On CI ({@code CI=true}) a missing browser fails the run: CI must run the browser tests. */
    static void failOnCiWhenMissing() {
        if (!installed() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but there is " + missingMessage() + ": CI must run the browser tests");
        }
    }

    /**
     * Says once per run, on the console itself (not in a report file, not in captured test output), that the
     * browser tests are skipped, why, and how to install the browser.
     */
    static synchronized void reportMissingOnce() {
        if (!installed() && !reportedMissing) {
            reportedMissing = true;
            QuietConsole.console().println("Browser tests skipped: " + missingMessage() + ".");
        }
    }

    /**
     * Skips the calling test when Chromium is missing. Called per test (not per class) because
     * Surefire reports a class-level assumption as zero tests, hiding the reason.
     */
    static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), missingMessage() + "; skipping this browser test");
    }

    /** A fresh headless browser with its own profile directory, a Chinese locale and the given window size. */
    static ChromeDriver start(Path profileDir, int width, int height) {
        // The browser binary and the driver executable are both given, so Selenium never runs
        // Selenium Manager (which would look for, and could download, a browser or a driver).
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--lang=zh-CN",
                "--user-data-dir=" + profileDir.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // Leave alerts open so a test can detect one instead of having it silently dismissed.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /**
     * The console errors (SEVERE: script errors, CSP violations, failed requests) logged since the last call, except
     * those containing one of {@code expected} (the 4xx answers a test asks for on purpose).
     */
    static List<String> consoleErrors(ChromeDriver driver, List<String> expected) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> expected.stream().noneMatch(m::contains))
                .toList();
    }

    /** Saves a PNG of the current viewport (or full page when the driver can) under target/screenshots/. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
