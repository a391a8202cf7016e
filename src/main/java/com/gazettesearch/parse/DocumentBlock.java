package com.gazettesearch.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * One document found in a source file, before its body is cut into sections.
 *
 * @param title        document title (the X of 关于印发《X》的通知, a notice's own title, a chronicle's title)
 * @param issuer       发文机关 as found in the red header, the title line or above it; null when not printed
 * @param docNumber    normalised 文号 or null
 * @param registration 登记号 or null
 * @param date         成文日期: the cover letter's signature date, else the last date line of the body; or null
 * @param chronicle    the document is a 大事记 whose entries are dated lines
 * @param coverLetter  lines of the cover letter (addressee … signature), empty when there is none
 * @param body         the document's own text lines (front matter, cover page and contents removed)
 */
record DocumentBlock(String title, String issuer, String docNumber, String registration, LocalDate date,
                     boolean chronicle, List<SourceLine> coverLetter, List<SourceLine> body) {
}
