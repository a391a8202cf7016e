package com.gazettesearch.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One official document inside a gazette file (a 通知, 实施方案, 办法, 规划, 大事记 …) with its
 * metadata and its sections in reading order. Unknown metadata is null, never guessed.
 *
 * @param id                 stable id derived from the source file and the document's identity
 * @param sourceFile         file name inside the corpus directory
 * @param title              document title, e.g. 株洲市渌口区碳达峰实施方案
 * @param docNumber          文号 normalised to the 〔〕 form, e.g. 渌发改发〔2024〕6号
 * @param registrationNumber 登记号, e.g. ZZLKDR-2024-00002
 * @param issuer             发文机关, e.g. 株洲市渌口区人民政府
 * @param region             地区, e.g. 株洲市渌口区
 * @param date               成文日期
 * @param kind               文种: 实施方案, 办法, 通知, 规划, 大事记, 工作方案 …
 * @param gazetteIssue       the gazette issue when the file is a gazette, e.g. 2024年第1期（总第1期）
 * @param orderInSource      position of the document within its source file, from 0
 * @param sections           sections in reading order
 * @param warnings           what the parser could not recognise or had to guess, in words a user can act on
 *                           (e.g. "no title line found: titled from the file name"); empty when all was understood
 * @param indexNumber        索引号 (the government-information index number a website prints above the text, e.g.
 *                           000014349/2018-00218), upper case
 */
public record GazetteDocument(String id, String sourceFile, String title, String docNumber,
                              String registrationNumber, String issuer, String region, LocalDate date,
                              String kind, String gazetteIssue, int orderInSource, List<Section> sections,
                              List<String> warnings, String indexNumber) {
    public GazetteDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** A document without a 索引号. */
    public GazetteDocument(String id, String sourceFile, String title, String docNumber, String registrationNumber,
                           String issuer, String region, LocalDate date, String kind, String gazetteIssue,
                           int orderInSource, List<Section> sections, List<String> warnings) {
        this(id, sourceFile, title, docNumber, registrationNumber, issuer, region, date, kind, gazetteIssue,
                orderInSource, sections, warnings, null);
    }

    /** A document without warnings (built by hand, e.g. in tests of the later stages). */
    public GazetteDocument(String id, String sourceFile, String title, String docNumber, String registrationNumber,
                           String issuer, String region, LocalDate date, String kind, String gazetteIssue,
                           int orderInSource, List<Section> sections) {
        this(id, sourceFile, title, docNumber, registrationNumber, issuer, region, date, kind, gazetteIssue,
                orderInSource, sections, List.of());
    }

    /**
     * The titles of the texts this document issues besides its own title: a notice that issues two texts is titled
     * by both (X和Y), and each text opens a top-level heading of the document. Only a title that joins several
     * (和, 及, 、) can name them, and a heading counts only when the title quotes it whole and it is not a short
     * label (一、总则 is in many titles' words, never a text's title).
     */
    public List<String> issuedTextTitles() {
        if (!JOINING_WORD.matcher(title).find()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Section section : sections) {
            String top = section.path().isEmpty() ? "" : section.path().get(0);
            if (top.length() >= 6 && !top.equals(title) && title.contains(top)) {
                out.add(top);
            }
        }
        return List.copyOf(out);
    }

    private static final Pattern JOINING_WORD = Pattern.compile("[和及、]");
}
