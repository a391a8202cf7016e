package com.gazettesearch.corpus;

/** A corpus file that was not indexed, and why (shown in the run summary and logged). */
public record SkippedFile(String fileName, String reason) {
}
