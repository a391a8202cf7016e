package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.gazettesearch.corpus.CorpusReader;
import com.gazettesearch.corpus.CorpusScan;
import com.gazettesearch.corpus.SkippedFile;
import com.gazettesearch.corpus.SourceText;
import com.gazettesearch.parse.GazetteParser;
import com.gazettesearch.records.RecordExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gazette inspect FILE…}: what the parser makes of files, without indexing them — the format or charset each
 * was read as, documents with their metadata, warnings, record counts and section trees. Exit 0 when every file was
 * read, 1 when one could not be (its reason is printed: undecodable, a scanned, encrypted or broken PDF …), 2 for a
 * file that does not exist.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what the parser makes of gazette files (documents, metadata, section tree, warnings) "
                + "without indexing them.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "gazette files (.txt, .md, .html, .pdf, .docx, .doc)")
    List<Path> files;

    @Option(names = "--width", defaultValue = "60", paramLabel = "N",
            description = "characters of each section's text to show, 0 for all (default: ${DEFAULT-VALUE})")
    int width;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (width < 0) {
            throw new ParameterException(spec.commandLine(), "--width: must be 0 or more, was " + width);
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ParameterException(spec.commandLine(), "FILE: no such file: " + f);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ParseInspection inspection = new ParseInspection(out, RecordExtractor.standard(), width);
        CorpusReader reader = new CorpusReader();
        GazetteParser parser = new GazetteParser();
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                out.println();
            }
            CorpusScan scan = reader.readFile(files.get(i));
            for (SkippedFile s : scan.skipped()) {
                out.printf("%s: not read: %s%n", s.fileName(), s.reason());
                failed++;
            }
            for (SourceText text : scan.files()) {
                inspection.print(text.fileName(), text.charset(), parser.parse(text));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
