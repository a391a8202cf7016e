package com.gazettesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * Checks that parsing lost no text silently: from the first text a file's first section holds, every clause of
 * the source (cut at sentence ends and spaces, 12 characters or more) is in some section's text or heading path,
 * or quoted in a warning, or is the document's title, 文号 or issuer. What comes before — export and crawl
 * wrappers, the header, the title — is metadata.
 */
final class TextCoverage {
    private static final int MIN_CLAUSE = 12;
    private static final int MIN_PART = 6;
    private static final String DATE = "(?<=\\d{4}年\\d{1,2}月\\d{1,2}日)";

    private TextCoverage() {
    }

    /** The clauses of {@code source} after the start of the first section that nothing accounts for. */
    static List<String> lostClauses(SourceText source, List<GazetteDocument> docs) {
        List<Section> sections = docs.stream().flatMap(d -> d.sections().stream()).toList();
        if (sections.isEmpty()) {
            return clauses(source.text());
        }
        String texts = norm(String.join("|", sections.stream().map(Section::text).toList()));
        String paths = norm(String.join("|", sections.stream().flatMap(s -> s.path().stream()).toList()));
        String warnings = norm(String.join("|", docs.stream().flatMap(d -> d.warnings().stream()).toList()));
        // metadata the header printed: titles, 文号, issuers
        String titles = norm(String.join("|", docs.stream().flatMap(d -> Stream.of(d.title(), d.docNumber(), d.issuer()))
                .filter(java.util.Objects::nonNull).toList()));
        List<String> clauses = clauses(source.text());
        String firstSection = norm(sections.get(0).text());
        int from = 0;
        while (from < clauses.size() && !firstSection.contains(clauses.get(from))) {
            from++;
        }
        List<String> lost = new ArrayList<>();
        for (String c : clauses.subList(Math.min(from, clauses.size()), clauses.size())) {
            // a signature date run into the next title (…2021年1月15日平潭…办法) is two clauses
            boolean found = Stream.of(c.split(DATE)).filter(p -> p.length() >= MIN_PART).allMatch(p ->
                    texts.contains(p) || paths.contains(p) || warnings.contains(p) || titles.contains(p));
            // a notice's full title (X关于印发《Y》的通知) is the title of the document Y
            boolean noticeTitle = docs.stream().anyMatch(d -> ParseReport.titleHolds(c, d.title()));
            if (!found && !noticeTitle) {
                lost.add(c);
            }
        }
        return lost;
    }

    private static List<String> clauses(String text) {
        return Stream.of(text.split("[。；！？\\s\\u3000]+")).map(TextCoverage::norm)
                .filter(c -> c.length() >= MIN_CLAUSE).toList();
    }

    private static String norm(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
