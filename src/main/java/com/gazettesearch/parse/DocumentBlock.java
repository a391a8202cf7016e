package com.gazettesearch.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * One document found in a source file, before its body is cut into sections.
 *
 * @param title        document title (the X of 关于印发《X》的通知, a notice's own title, a chronicle's title, or
 *                     what the reader fell back to — see {@code warnings})
 * @param titled       the title is a title element of the text, not a fallback
 * @param issuer       发文机关 as found in the red header, the title line, above it or in the signature; null when
 *                     the text names none
 * @param docNumber    normalised 文号 or null
 * @param registration 登记号 or null
 * @param date         成文日期: the cover letter's signature date, else the last date line of the body; or null
 * @param chronicle    the document is a 大事记 whose entries are dated lines
 * @param coverLetter  lines of the cover letter (addressee … signature), empty when there is none
 * @param coverLabel   the heading the cover letter is indexed under (印发通知, 政府令)
 * @param body         the document's own text lines (front matter, cover page and contents removed)
 * @param textTitles   the titles of the texts a notice issues together, when it issues more than one: each opens a
 *                     top-level part of the body
 * @param closing      a chronicle's closing signature (compiler, date), kept apart from its last entry
 * @param imprint      the 版记 (抄送, 印发机关和印发日期) at the end, kept apart from the last section
 * @param pageSource   the 来源 a web page prints around the text, or null; a hint, never the issuer
 * @param signatureName the name line of a signature that does not read as an organisation (a misprinted issuer),
 *                     when no issuer was found; a hint for the region, never the issuer
 * @param firstLine    the first source line of the document (1-based)
 * @param lastLine     the last source line of the document
 * @param warnings     what the reader could not recognise in this document or had to guess
 */
record DocumentBlock(String title, boolean titled, String issuer, String docNumber, String registration, LocalDate date,
                     boolean chronicle, List<SourceLine> coverLetter, String coverLabel, List<SourceLine> body,
                     List<String> textTitles, List<SourceLine> closing, List<SourceLine> imprint, String pageSource,
                     String signatureName, int firstLine,
                     int lastLine, List<String> warnings) {
    DocumentBlock {
        closing = List.copyOf(closing);
        imprint = List.copyOf(imprint);
        coverLetter = List.copyOf(coverLetter);
        body = List.copyOf(body);
        textTitles = List.copyOf(textTitles);
        warnings = List.copyOf(warnings);
    }
}
