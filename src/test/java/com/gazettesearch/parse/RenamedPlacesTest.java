package com.gazettesearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * The parser does not know the seed gazettes' places: a copy of each seed file with its place names replaced by
 * made-up ones of other lengths parses into the same documents, metadata and sections (compared after putting the
 * original names back). The map below names places only to rename them; no parser rule does.
 */
class RenamedPlacesTest {
    /**
     * Seed place names → made-up names. Lengths differ on purpose: two-character names become one, three and four
     * characters long (a one-character district such as 濮区 and a four-character city such as 乌兰浩特市 are real shapes).
     */
    static Stream<Arguments> renamings() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("株洲", "云梦泽");
        first.put("渌口", "松溪");
        first.put("石峰", "白鹭湾");
        first.put("怀化", "临江");
        first.put("鹤城", "望海岭");
        first.put("湘江", "清河");
        first.put("湖南", "岭北");
        first.put("长沙", "青阳");
        first.put("岳麓", "松涛");
        first.put("长株潭", "青云梦");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("株洲", "乌兰浩特");
        second.put("渌口", "濮");
        second.put("石峰", "潞");
        second.put("怀化", "呼伦贝尔");
        second.put("鹤城", "巴彦淖");
        second.put("湘江", "嫩江源");
        second.put("湖南", "黔东");
        second.put("长沙", "锡林");
        second.put("岳麓", "郯城山");
        second.put("长株潭", "乌东锡");
        return CorpusFixture.scan().files().stream()
                .flatMap(seed -> Stream.of(Arguments.of(seed, "names A", first), Arguments.of(seed, "names B", second)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("renamings")
    void aSeedWithItsPlacesRenamedHasTheSameStructure(SourceText seed, String label, Map<String, String> renames) {
        for (String made : renames.values()) {
            assertThat(seed.text()).as("made-up name %s must not occur in %s", made, seed.fileName()).doesNotContain(made);
        }
        String renamed = seed.text();
        for (Map.Entry<String, String> r : renames.entrySet()) {
            renamed = renamed.replace(r.getKey(), r.getValue());
        }
        assertThat(renamed).isNotEqualTo(seed.text());
        SourceText copy = new SourceText(seed.fileName(), Path.of(seed.fileName()), renamed, seed.charset(), "renamed");

        List<String> original = structure(new GazetteParser().parse(seed));
        List<String> fromCopy = structure(new GazetteParser().parse(copy)).stream().map(t -> restore(t, renames))
                .toList();
        for (int i = 0; i < Math.min(original.size(), fromCopy.size()); i++) {
            // the first difference, readable (the whole lists are long)
            assertThat(fromCopy.get(i)).as("%s %s, line %d", seed.fileName(), label, i).isEqualTo(original.get(i));
        }
        assertThat(fromCopy).hasSameSizeAs(original);
    }

    /** Everything the parser decides, one line per document and per section (ids excluded: they hash the text). */
    private static List<String> structure(List<GazetteDocument> docs) {
        List<String> out = new ArrayList<>();
        for (GazetteDocument d : docs) {
            out.add(String.join(" | ", "DOC", d.title(), String.valueOf(d.docNumber()), String.valueOf(d.registrationNumber()),
                    String.valueOf(d.issuer()), String.valueOf(d.region()), String.valueOf(d.date()), String.valueOf(d.kind()),
                    String.valueOf(d.gazetteIssue()), String.valueOf(d.orderInSource()), String.join(";", d.warnings())));
            for (Section s : d.sections()) {
                out.add(String.join(" | ", "  " + s.order(), s.type().apiName(), String.join(" > ", s.path()),
                        String.valueOf(s.heading()), s.text()));
            }
        }
        return out;
    }

    private static String restore(String text, Map<String, String> renames) {
        String t = text;
        // longest made-up names first, so one that contains another is restored whole
        List<Map.Entry<String, String>> byLength = new ArrayList<>(renames.entrySet());
        byLength.sort((a, b) -> b.getValue().length() - a.getValue().length());
        for (Map.Entry<String, String> r : byLength) {
            t = t.replace(r.getValue(), r.getKey());
        }
        return t;
    }
}
