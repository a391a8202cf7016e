package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * A body of many lines without sentence-final punctuation (a log or an export renamed .txt): each line continues the
 * paragraph before, and the paragraph used to be rebuilt for every line it grew by, so a 30 MB file of such lines
 * parsed for hours. A paragraph now stops absorbing lines at the longest section, which the sections are cut to
 * anyway: nothing is lost, and the parse is linear.
 */
class UnpunctuatedLinesTest {
    @Test
    void manyUnpunctuatedLinesParseInLinearTimeWithNothingLost() {
        Random random = new Random(7);
        String[] words = {"alpha", "beta", "gamma", "2024-01-02", "ERROR", "request", "id=42", "碳达峰", "工作"};
        StringBuilder body = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            body.append(line).append('\n');
            expected.append(line);
        }
        String text = "关于印发节能工作方案的通知\n" + body;
        // The guard against a hang, not a speed target: this takes about a second.
        List<GazetteDocument> docs = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                new GazetteParser().parse(new SourceText("export.txt", Path.of("export.txt"), text, "UTF-8", "x")));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.sections()).allSatisfy(s ->
                    assertThat(s.text().length()).isLessThanOrEqualTo(SectionBuilder.MAX_SECTION_CHARS));
            String all = d.sections().stream().map(Section::text).reduce(new StringBuilder(), StringBuilder::append,
                    StringBuilder::append).toString();
            // Lines are joined without a space, paragraphs within a section by a line break: compare the text itself.
            assertThat(all.replaceAll("\\s", "")).isEqualTo(expected.toString().replaceAll("\\s", ""));
        });
    }
}
