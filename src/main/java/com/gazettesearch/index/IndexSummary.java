package com.gazettesearch.index;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.gazettesearch.corpus.SkippedFile;
import com.gazettesearch.index.records.RecordDocumentSource;

/**
 * What one indexing run did.
 *
 * @param files     corpus files indexed
 * @param documents gazette documents in the index
 * @param sections  sections in the index
 * @param records   all other records (from {@link RecordDocumentSource}s)
 * @param skipped   files not indexed, with the reason
 * @param warned    files indexed with warnings (what the parser did not recognise), with the warnings
 * @param millis    wall-clock duration of the run
 * @param formats   how many of the indexed files were read in each format (text, Markdown, HTML, PDF, DOCX, DOC)
 */
public record IndexSummary(int files, int documents, int sections, int records, List<SkippedFile> skipped,
                           List<FileWarnings> warned, long millis, Map<String, Integer> formats) {
    public IndexSummary {
        skipped = List.copyOf(skipped);
        warned = List.copyOf(warned);
        formats = Map.copyOf(formats);
    }

    /** A run whose files' formats were not counted. */
    public IndexSummary(int files, int documents, int sections, int records, List<SkippedFile> skipped,
                        List<FileWarnings> warned, long millis) {
        this(files, documents, sections, records, skipped, warned, millis, Map.of());
    }

    /** How many of the indexed files ({@code formatOfFile}: name → format) were read in each format. */
    public static Map<String, Integer> formats(Map<String, String> formatOfFile) {
        Map<String, Integer> out = new TreeMap<>();
        formatOfFile.values().forEach(f -> out.merge(f, 1, Integer::sum));
        return out;
    }

    /**
     * The warnings of one indexed file, each prefixed with the title of the document it is about.
     *
     * @param fileName corpus file name
     * @param warnings "title: warning", in document order
     */
    public record FileWarnings(String fileName, List<String> warnings) {
        public FileWarnings {
            warnings = List.copyOf(warnings);
        }
    }

    /** One line for people: counts and duration, then one reason per skipped file and the warnings per file. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("indexed ").append(files).append(" files");
        if (!formats.isEmpty()) {
            // "(4 text, 1 Markdown, 1 PDF)": which formats the files were read as
            sb.append(" (").append(String.join(", ", new TreeMap<>(formats).entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList())).append(')');
        }
        sb.append(": ").append(documents).append(" documents, ")
                .append(sections).append(" sections");
        if (records > 0) {
            sb.append(", ").append(records).append(" records");
        }
        sb.append(", ").append(skipped.size()).append(" skipped");
        if (!warned.isEmpty()) {
            sb.append(", ").append(warned.size()).append(warned.size() == 1 ? " file" : " files")
                    .append(" indexed with warnings");
        }
        sb.append(" (").append(millis).append(" ms)");
        for (SkippedFile s : skipped) {
            sb.append(System.lineSeparator()).append("  skipped ").append(s.fileName()).append(": ").append(s.reason());
        }
        for (FileWarnings w : warned) {
            sb.append(System.lineSeparator()).append("  warnings in ").append(w.fileName()).append(':');
            for (String warning : w.warnings()) {
                sb.append(System.lineSeparator()).append("    ").append(warning);
            }
        }
        return sb.toString();
    }
}
