package com.gazettesearch.lookup;

import java.time.LocalDate;
import java.util.List;

/**
 * A gazette document's metadata as the API returns it; unknown values are null. {@code validFrom}, {@code validTo}
 * and {@code validityBasis} are what the text states about when it is in force; {@code status} (现行有效, 已失效,
 * 尚未生效, 未注明) is computed from them on the day of the request. {@code warnings} lists what the parser could
 * not recognise in the document or had to guess (empty when it understood everything). {@code indexNumber} is the
 * 索引号 a website printed above the text.
 */
public record DocumentInfo(String id, String title, String docNumber, String registrationNumber,
                           String indexNumber, String issuer,
                           String region, LocalDate date, String kind, String gazetteIssue, String sourceFile,
                           int orderInSource, int sectionCount, LocalDate validFrom, LocalDate validTo,
                           String validityBasis, String status, List<String> warnings) {
    public DocumentInfo {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
