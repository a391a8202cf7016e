package com.gazettesearch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import com.gazettesearch.text.MatchStarts;

/**
 * Checks that a {@link MatchStarts} finds what its pattern's {@code find()} finds, match by match (offsets and
 * groups), over the seed corpus, every test text and random strings of the characters the pattern turns on.
 */
public final class MatchStartsCheck {
    private MatchStartsCheck() {
    }

    /** The seed corpus and the test texts, whole, and each of their lines. */
    public static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("corpus"), Path.of("src/test/resources/texts"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    texts.add(text);
                    texts.addAll(List.of(text.split("\\R")));
                }
            }
        }
        return texts;
    }

    /** {@code n} random strings of up to {@code maxLength} characters of {@code alphabet}. */
    public static List<String> randomTexts(String alphabet, int n, int maxLength, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(maxLength) ; k >= 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Asserts the same matches in every text; returns how many matches there were (so a check can tell it saw some). */
    public static int assertSameMatches(MatchStarts starts, List<String> texts) {
        int matches = 0;
        for (String text : texts) {
            Matcher expected = starts.pattern().matcher(text);
            MatchStarts.Scan scan = starts.scan(text);
            String shown = text.length() > 80 ? text.substring(0, 80) : text;
            while (true) {
                boolean found = expected.find();
                assertThat(scan.find()).as("%s in %s", starts.pattern(), shown).isEqualTo(found);
                if (!found) {
                    break;
                }
                matches++;
                assertThat(scan.matcher().start()).as("start in %s", shown).isEqualTo(expected.start());
                assertThat(scan.matcher().group()).as("match in %s", shown).isEqualTo(expected.group());
                for (int g = 1; g <= expected.groupCount(); g++) {
                    assertThat(scan.matcher().group(g)).as("group %d in %s", g, shown).isEqualTo(expected.group(g));
                }
            }
        }
        return matches;
    }
}
