package com.gazettesearch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCorpusTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfTestTextsStagesTheTextsWithFactsAndNotItsNotes() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(seeds.resolve("gazette.txt"), "某县人民政府公报");
        Files.writeString(seeds.resolve("notes.md"), "# a seed folder has no facts: every corpus file is a text");
        Path texts = Files.createDirectories(dir.resolve("holdout"));
        Files.writeString(texts.resolve("rules.txt"), "某县人民政府工作规则");
        Files.writeString(texts.resolve("rules.facts.json"), "{}");
        Files.writeString(texts.resolve("README.md"), "# how the texts were found");
        Files.writeString(texts.resolve("round-report.md"), "# a measurement");

        Path staged = EvalCorpus.stage(List.of(seeds, texts), dir.resolve("staged"));

        try (Stream<Path> files = Files.list(staged)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("gazette.txt", "notes.md", "rules.txt");
        }
    }

    @Test
    void twoTextsOfOneNameAreRefusedWithBothPaths() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("same.txt"), "甲");
        Files.writeString(b.resolve("same.txt"), "乙");
        assertThatThrownBy(() -> EvalCorpus.stage(List.of(a, b), dir.resolve("staged")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same.txt").hasMessageContaining("same name");
    }
}
