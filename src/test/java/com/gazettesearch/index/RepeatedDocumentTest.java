package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.parse.GazetteParser;

/**
 * A gazette that prints the same document twice (the same 文号, or the same title where there is none) used to be
 * skipped whole as "duplicate record id": both occurrences got the same id. Each occurrence now has its own id; the
 * first keeps the id it has when it occurs once, so ids of files without repeats do not change.
 */
class RepeatedDocumentTest {
    private static final Path GAZETTE = TestCorpus.CORPUS.resolve("lukou-gazette-2024-01.txt");
    /** Two notices without a 文号, both titled the same. */
    private static final String UNNUMBERED = "关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n一、加强值班值守\n汛期实行24小时值班。\n\n"
            + "某某县人民政府办公室\n2024年5月6日\n\n\n";

    @TempDir
    Path tmp;

    private static List<GazetteDocument> parse(String name, String text) {
        return new GazetteParser().parse(new SourceText(name, Path.of(name), text, "UTF-8", "x"));
    }

    @Test
    void aGazetteConcatenatedWithItselfGivesEveryDocumentTwiceWithDistinctIds() throws IOException {
        String text = Files.readString(GAZETTE);
        List<GazetteDocument> once = parse("g.txt", text);
        List<GazetteDocument> twice = parse("g.txt", text + "\n\n" + text);

        assertThat(once).hasSizeGreaterThan(1);
        assertThat(twice).hasSize(2 * once.size());
        assertThat(twice.stream().map(GazetteDocument::id).distinct()).hasSize(twice.size());
        // the first occurrences keep their ids; the repeats have the same titles and 文号
        assertThat(twice.subList(0, once.size())).extracting(GazetteDocument::id)
                .containsExactlyElementsOf(once.stream().map(GazetteDocument::id).toList());
        assertThat(twice.subList(once.size(), twice.size())).extracting(GazetteDocument::title)
                .containsExactlyElementsOf(once.stream().map(GazetteDocument::title).toList());
        // and parsing again gives the same ids (stable)
        assertThat(parse("g.txt", text + "\n\n" + text)).extracting(GazetteDocument::id)
                .containsExactlyElementsOf(twice.stream().map(GazetteDocument::id).toList());
    }

    @Test
    void twoDocumentsWithTheSameTitleAndNoDocNumberAreBothKept() {
        List<GazetteDocument> docs = parse("flood.txt", UNNUMBERED + UNNUMBERED);
        assertThat(docs).hasSize(2);
        assertThat(docs).allSatisfy(d -> assertThat(d.docNumber()).isNull());
        assertThat(docs.get(0).id()).isNotEqualTo(docs.get(1).id());
        assertThat(docs.get(0).id()).isEqualTo(parse("flood.txt", UNNUMBERED).get(0).id());
    }

    @Test
    void theIndexHoldsBothOccurrences() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String text = Files.readString(GAZETTE);
        Files.writeString(corpus.resolve("twice.txt"), text + "\n\n" + text);
        Path index = tmp.resolve("index");

        IndexSummary summary = Indexer.standard(false).index(corpus, index);

        int once = parse("twice.txt", text).size();
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.files()).isEqualTo(1);
        assertThat(summary.documents()).isEqualTo(2 * once);
        List<Document> records = TestCorpus.records(index);
        assertThat(records.stream().filter(d -> Schema.TYPE_DOCUMENT.equals(d.get(Schema.RECORD_TYPE)))).hasSize(2 * once);
        List<String> ids = records.stream().map(d -> d.get(Schema.ID)).toList();
        assertThat(Set.copyOf(ids)).hasSize(ids.size());
    }
}
