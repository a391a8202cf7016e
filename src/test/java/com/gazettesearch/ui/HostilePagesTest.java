package com.gazettesearch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gazettesearch.testkit.LiveApp;

/**
 * Script payloads in everything the pages show — a gazette's title, 文号, headings and text, its file name, a
 * chronicle's events, the query, filters and the address — rendered in headless Chromium: every payload shows as
 * text, no element or event handler is injected, no alert opens, and the console stays free of errors (a CSP
 * violation would be one). Also: a reader address whose fragment does not decode ({@code #%E0}) used to throw a
 * URIError.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePagesTest {
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(2)</script>";
    static final String SVG = "\"><svg onload=alert(3)>";
    static final String MARK = "</mark><img src=x onerror=alert(4)><mark>";
    static final String ENTITY = "&lt;b&gt;";
    /** What survives of the script payload in a title, whose brackets the parser makes full-width. */
    static final String SCRIPT_SHOWN = "<script>alert";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private LiveApp app;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String docId;

    @BeforeAll
    void start() throws Exception {
        Chromium.failOnCiWhenMissing();
        if (!Chromium.installed()) {
            return;
        }
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve(IMG + ".txt"), IMG + "县人民政府关于印发《" + SCRIPT + "实施办法》的通知\n"
                + SVG + "政发〔2024〕1号\n\n各乡镇人民政府，县直各单位：\n"
                + SVG + "现将《" + SCRIPT + "实施办法》印发给你们，请认真贯彻执行。\n\n"
                + "一、" + SCRIPT + "总体要求\n"
                + "（一）" + MARK + "碳达峰工作\n"
                + "javascript:alert(5) 各单位要落实" + ENTITY + "责任，确保碳达峰目标如期实现（县发展和改革局牵头，"
                + IMG + "局按职责分工负责）。\n"
                + "二、附则\n本办法自发布之日起施行。\n\n" + IMG + "县人民政府\n2024年1月2日\n");
        Files.createDirectories(corpus.resolve(SCRIPT.replace("/", "_")));
        Files.writeString(corpus.resolve(SCRIPT.replace("/", "_")).resolve("chronicle.txt"),
                "2024年4月区政府大事记\n\n4月9日，" + IMG + "区长主持召开区政府常务会议，研究" + SCRIPT + "工作。\n"
                        + "4月10日，" + SVG + "副区长调研碳达峰工作。\n");
        app = LiveApp.start(corpus, temp.resolve("index"));
        JsonNode docs = JSON.readTree(app.get("/api/documents").body());
        for (JsonNode d : docs) {
            if (d.get("title").asText().contains("实施办法")) {
                docId = d.get("id").asText();
            }
        }
        driver = Chromium.start(temp.resolve("chromium-profile"), 1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Chromium.assumeInstalled();
    }

    /** Console messages a test provokes on purpose (the browser logs every 4xx answer). */
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @AfterEach
    void noBrowserErrors() {
        if (driver == null) {
            return;
        }
        List<String> errors = Chromium.consoleErrors(driver, expectedConsoleErrors);
        expectedConsoleErrors.clear();
        assertThat(errors).as("browser console errors (a CSP violation is one)").isEmpty();
    }

    @Test
    void theCorpusHasTheDocumentWithItsPayloads() {
        assertThat(docId).as("the payload gazette was indexed").isNotNull();
        assertThat(app.summary().skipped()).isEmpty();
    }

    @Test
    void searchResultsShowThePayloadsAsText() {
        open("/?q=" + enc("碳达峰工作"));
        wait.until(d -> !d.findElements(By.cssSelector("#results .result")).isEmpty());
        assertInert("search results");
        String text = bodyText();
        assertThat(text).contains(SCRIPT_SHOWN).contains("</script>").contains(ENTITY);
        // A query, a filter and a date made of payloads arrive through a shared address.
        open("/?q=" + enc(IMG) + "&region=" + enc(SVG) + "&issuer=" + enc(SCRIPT) + "&sort=" + enc(SCRIPT));
        wait.until(d -> d.findElement(By.id("results-region")).getAttribute("data-renders") != null);
        expectedConsoleErrors.add("400");
        assertInert("search from a hostile address");
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(IMG);
    }

    @Test
    void suggestionsShowThePayloadsAsText() {
        open("/");
        driver.findElement(By.id("q")).sendKeys("实施办法");
        wait.until(d -> !d.findElements(By.cssSelector("[role=listbox] [role=option]")).isEmpty());
        assertInert("suggestions");
        assertThat(driver.findElement(By.cssSelector("[role=listbox]")).getText()).contains(SCRIPT_SHOWN);
        driver.findElement(By.id("q")).sendKeys(Keys.ESCAPE);
    }

    @Test
    void theReaderShowsThePayloadsAsText() {
        open("/doc/" + enc(docId) + "?q=" + enc(IMG + " 碳达峰"));
        waitForReader();
        assertInert("reader");
        assertThat(driver.findElement(By.id("doc-title")).getText()).contains(SCRIPT_SHOWN);
        assertThat(bodyText()).contains(MARK).contains(ENTITY).contains("javascript:alert(5)");
        // A fragment that is a payload, or does not decode at all, changes nothing.
        for (String hash : List.of("#" + enc(SVG), "#%E0", "#%", "#" + IMG)) {
            open("/doc/" + enc(docId) + hash);
            waitForReader();
            assertInert("reader " + hash);
        }
    }

    @Test
    void browseAndChronicleShowThePayloadsAsText() {
        open("/browse");
        wait.until(d -> "true".equals(d.findElement(By.id("browse")).getAttribute("data-ready")));
        assertInert("browse");
        assertThat(bodyText()).contains(SCRIPT_SHOWN);
        open("/events?q=" + enc(SCRIPT) + "&from=" + enc(IMG));
        wait.until(d -> d.findElement(By.id("timeline")).getAttribute("data-renders") != null);
        expectedConsoleErrors.add("400");
        assertInert("chronicle from a hostile address");
        open("/events");
        wait.until(d -> d.findElement(By.id("timeline")).getAttribute("data-renders") != null);
        assertInert("chronicle");
        open("/fees?region=" + enc(IMG) + "&class=" + enc(SCRIPT));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertInert("fees from a hostile address");
    }

    /** Nothing from the payloads became markup: no injected element, handler, script or javascript: link, no alert. */
    private void assertInert(String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> dom = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const all = [...document.querySelectorAll('*')];
                return {
                  injected: document.querySelectorAll('img, svg, iframe, object, embed, base').length,
                  handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
                  scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
                  jsLinks: [...document.querySelectorAll('[href],[src],[action]')].filter((e) =>
                      /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '')).length,
                };
                """);
        assertThat(dom).as(where).containsEntry("injected", 0L).containsEntry("handlers", 0L)
                .containsEntry("scripts", 0L).containsEntry("jsLinks", 0L);
        assertThatThrownBy(() -> driver.switchTo().alert()).as(where).isInstanceOf(NoAlertPresentException.class);
    }

    private String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private void waitForReader() {
        wait.until(d -> "true".equals(d.findElement(By.id("document")).getAttribute("data-ready")));
    }

    private void open(String path) {
        driver.get(app.baseUrl() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
