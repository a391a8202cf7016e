package com.gazettesearch.search;

import java.time.LocalDate;

/** A gazette document's metadata as the API returns it; unknown values are null. */
public record DocumentInfo(String id, String title, String docNumber, String registrationNumber, String issuer,
                           String region, LocalDate date, String kind, String gazetteIssue, String sourceFile,
                           int orderInSource, int sectionCount) {
}
