package com.gazettesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Each command's help lists the options it reads and no other; the launcher answers --help by itself. */
class CommandHelpTest {
    private static String help(String command) {
        return Main.commandLine().getSubcommands().get(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    @Test
    void onlyServeTakesAPortAndOnlyTheSearchingCommandsTakeSynonyms() {
        Map<String, CommandLine> commands = Main.commandLine().getSubcommands();
        assertThat(commands.keySet()).containsExactlyInAnyOrder("index", "serve", "search", "eval", "bench", "inspect",
                "soak");
        for (String name : commands.keySet()) {
            // inspect reads the files it is given, no corpus and no index; soak copies a corpus, its index is its own;
            // eval stages the judged corpus and indexes it itself
            boolean ownCorpus = name.equals("inspect") || name.equals("eval");
            assertThat(help(name).contains("--corpus=DIR")).as(name + " --corpus").isEqualTo(!ownCorpus);
            assertThat(help(name).contains("--index=DIR")).as(name + " --index")
                    .isEqualTo(!ownCorpus && !name.equals("soak"));
            assertThat(help(name).contains("--port")).as(name + " --port").isEqualTo(name.equals("serve"));
            assertThat(help(name).contains("--synonyms")).as(name + " --synonyms")
                    .isEqualTo(!name.equals("index") && !name.equals("inspect") && !name.equals("soak"));
            assertThat(help(name).contains("--progress")).as(name + " --progress").isEqualTo(name.equals("index"));
        }
    }

    /** On a fresh clone (no target/) {@code ./gazette --help} neither builds nor needs Maven or a JDK. */
    @Test
    void theLauncherAnswersHelpWithoutBuilding(@TempDir Path clone) throws IOException, InterruptedException {
        Path launcher = Files.copy(Path.of("gazette"), clone.resolve("gazette"));
        for (String flag : new String[] {"--help", "-h", "help"}) {
            Process p = new ProcessBuilder("bash", launcher.toString(), flag).redirectErrorStream(true).start();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("answers at once").isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isZero();
            assertThat(out).startsWith("Usage: ./gazette").contains("test ").contains("--jdk-check");
            for (String command : Main.commandLine().getSubcommands().keySet()) {
                assertThat(out).as("the launcher's help lists " + command).containsPattern("(?m)^  " + command + " ");
            }
        }
        assertThat(clone.resolve("target")).doesNotExist();
    }
}
