package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * A body that lost its line breaks is recovered: each real export, with everything after its two wrapper lines
 * run together on one line (as a crawl delivers a page), still gives the same documents, metadata and articles,
 * and says in a warning that it recovered the lines.
 */
class OneLineBodiesTest {
    static Stream<SourceText> exports() {
        // the crawl is on one line already, and a chronicle without breaks has no labels to recover entries by
        return TestTexts.read("real").stream().filter(t -> t.text().contains("【法宝引证码】"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void anExportRunTogetherOnOneLineParsesTheSame(SourceText export) {
        List<String> lines = export.text().lines().toList();
        String oneLine = String.join("\n", lines.subList(0, 2)) + "\n"
                + lines.subList(2, lines.size()).stream().map(String::strip).filter(l -> !l.isEmpty())
                        .collect(Collectors.joining(" ")) + "\n";
        SourceText runTogether = new SourceText(export.fileName(), Path.of(export.fileName()), oneLine, "UTF-8", "t");

        List<GazetteDocument> original = new GazetteParser().parse(export);
        List<GazetteDocument> recovered = new GazetteParser().parse(runTogether);
        assertThat(recovered).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            GazetteDocument a = original.get(i);
            GazetteDocument b = recovered.get(i);
            assertThat(List.of(b.title(), String.valueOf(b.docNumber()), String.valueOf(b.issuer()),
                    String.valueOf(b.region()), String.valueOf(b.date()), String.valueOf(b.kind())))
                    .as(export.fileName()).containsExactly(a.title(), String.valueOf(a.docNumber()),
                            String.valueOf(a.issuer()), String.valueOf(a.region()), String.valueOf(a.date()),
                            String.valueOf(a.kind()));
            assertThat(articles(b)).as(export.fileName()).isEqualTo(articles(a));
            assertThat(b.warnings()).anySatisfy(w -> assertThat(w).contains("on one line"));
        }
    }

    private static List<List<String>> articles(GazetteDocument d) {
        return d.sections().stream().filter(s -> s.type() == SectionType.ARTICLE).map(Section::path).toList();
    }
}
