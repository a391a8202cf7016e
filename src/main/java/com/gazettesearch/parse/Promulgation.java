package com.gazettesearch.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.IntPredicate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promulgation note (题注) a 规章 or 行政法规 carries under its title in compilations and legal databases:
 * {@code （2022年4月14日国家市场监督管理总局令第56号公布 自2022年7月1日起施行）}, or one note per line as a markdown
 * conversion prints it ({@code 2022年4月14日 国家市场监督管理总局令第56号公布} / {@code 2022年7月1日 施行}). It gives the
 * decree's number (the 文号 of a 规章), the issuing organisation and the date. A note that tells a revision history
 * （2012年8月31日X令第85号公布 根据2018年12月7日X令第15号第一次修正 …） names several decrees: the 规章 is the one its
 * first clause promulgated (it is cited by that number, whatever amended it later), so that clause is read and the
 * amending decrees are not. A history with a 修订 is not read at all: a revised text is republished by the revising
 * decree, so the first clause's number and date are not this text's, and no number beats a wrong one.
 */
record Promulgation(String number, String issuer, LocalDate date) {
    /** What a history says of a revision (修订, 修订并重新公布), as against an amendment (修正). */
    private static final String REVISED = "修订";
    /** How many lines under a title the note may take. */
    private static final int NOTE_LINES = 3;
    private static final Pattern NOTE_LINE = Pattern.compile("^[（(]?\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern PROMULGATED = Pattern.compile("^[（(]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "[\\s\\u3000]*(\\p{IsHan}{2,40}?令)\\s*(?:[〔\\[(（]\\s*((?:19|20)\\d{2})\\s*[〕\\])）])?\\s*第\\s*(\\d{1,5})\\s*号"
            + "[\\s\\u3000]*(?:公布|发布)");

    /**
     * The note in the lines {@code from}..{@code end} right under a title ({@code skipped} lines, blank ones, are
     * passed over), or null when there is none; of a revision history, its first (promulgating) clause.
     */
    static Promulgation under(List<SourceLine> lines, int from, int end, IntPredicate skipped) {
        Promulgation found = null;
        boolean revised = false;
        int seen = 0;
        for (int i = from; i < end && seen < NOTE_LINES; i++) {
            if (skipped.test(i)) {
                continue;
            }
            seen++;
            String t = lines.get(i).text().strip();
            if (!NOTE_LINE.matcher(t).find()) {
                break;
            }
            revised |= t.contains(REVISED);
            if (found == null) {
                found = of(t);
            }
        }
        return revised ? null : found;
    }

    /** What one note line says, or null when it is no promulgation by a decree. */
    static Promulgation of(String line) {
        if (line.contains(REVISED)) {
            return null;
        }
        Matcher m = PROMULGATED.matcher(line);
        if (!m.find()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            // shaped like a date but impossible: the note says nothing we can trust
            return null;
        }
        String decree = m.group(4) + (m.group(5) == null ? "" : "〔" + m.group(5) + "〕");
        String issuer = Titles.issuer(m.group(4).substring(0, m.group(4).length() - 1));
        return new Promulgation(Titles.decreeNumber(decree, m.group(6)), issuer, date);
    }
}
