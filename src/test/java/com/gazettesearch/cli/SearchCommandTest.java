package com.gazettesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gazettesearch.testkit.LiveApp;

/** {@code search} as a person and as a script see it, on an index of the real corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
    private static final String ESC = "\u001b[";

    @TempDir
    static Path tmp;

    private LiveApp app;

    @BeforeAll
    void start() throws Exception {
        app = LiveApp.start(tmp.resolve("index"));
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    /** Runs the command line over the live app's index; returns {exit code, stdout, stderr}. */
    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--corpus", LiveApp.CORPUS.toString(), "--index",
                app.config().indexDir().toString()}, 0, all, args.length, 4);
        int code = cmd.execute(all);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aPersonReadsTitleNumberPathAndTheMarkedSnippet() {
        String[] r = run("search", "污水处理费什么时候开始执行", "--size", "3", "--color", "never");
        assertThat(r[0]).isEqualTo("0");
        String out = r[1];
        assertThat(out.lines().findFirst().orElseThrow())
                .matches("\\d+ sections in \\d+ documents match \"污水处理费什么时候开始执行\", 1–3 shown \\(\\d+ ms\\)");
        assertThat(out).contains(" 1. 关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知")
                .contains("渌发改发〔2024〕6号 · 株洲市渌口区 · 2024-03-18")
                .contains("    五、执行时间")
                .containsPattern("该文件还有 \\d+ 处匹配")
                .contains("抄表见量【执行】")
                .contains("/doc/d-66f205fcf4#s-")
                // The fee answers come first, the best three and a count of the rest.
                .contains("收费标准 (8)").contains("居民生活用水 0.85 元/立方米（原 0.58）").contains("… 5 more")
                .doesNotContain(ESC).doesNotContain("<mark>");
    }

    @Test
    void onATerminalTheMatchIsColouredInstead() {
        String out = run("search", "污水处理费什么时候开始执行", "--size", "1", "--color", "always")[1];
        assertThat(out).contains("抄表见量" + ESC + "1;31m执行" + ESC + "0m").doesNotContain("【执行】");
    }

    @Test
    void jsonIsWhatTheApiAnswers() throws Exception {
        String[] r = run("search", "碳达峰", "--size", "2", "--page", "2", "--json");
        assertThat(r[0]).isEqualTo("0");
        ObjectMapper json = new ObjectMapper();
        JsonNode cli = json.readTree(r[1]);
        JsonNode api = json.readTree(app.get("/api/search?q=" + LiveApp.enc("碳达峰") + "&size=2&page=2").body());
        ((ObjectNode) cli).remove("tookMs");
        ((ObjectNode) api).remove("tookMs");
        assertThat(cli).isEqualTo(api);
        assertThat(cli.get("groups")).hasSize(2);
        // --group none: the sections, as group=none answers them
        JsonNode flat = json.readTree(run("search", "碳达峰", "--size", "5", "--group", "none", "--json")[1]);
        assertThat(flat.get("hits")).hasSize(5);
        assertThat(flat.get("groups")).isNull();
    }

    @Test
    void badValuesAreUsageErrorsWithTheApisMessage() {
        String[] r = run("search", "x", "--size", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--size: must be a number from 1 to 100, was 0");
        assertThat(run("search", "x", "--color", "sometimes")[2]).contains("--color: must be auto, always or never");
    }

    @Test
    void noMatchSaysWhatToTry() {
        String out = run("search", "zzxqvbnmwk")[1];
        assertThat(out).startsWith("0 sections in 0 documents match \"zzxqvbnmwk\"").contains("./gazette search \"污水处理费\"");
    }
}
