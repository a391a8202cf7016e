package com.gazettesearch.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's 文号, issuer and 成文日期 once what the text says has been weighed against a crawl header's fields.
 * The text wins: a crawl's 发布机构 is often the department whose site published the page, and its 发布时间 is
 * when the page went up, not when the document was signed. A crawl field fills a gap only where it is what it
 * claims to be (a 文号 that reads as one, a 成文日期 field); every disagreement and every gap filled is a warning.
 */
record Metadata(String docNumber, String issuer, LocalDate date) {
    private static final Pattern DECREE_FIELD = Pattern.compile("^(\\p{IsHan}{1,20}令)\\s*第\\s*(\\d{1,5})\\s*号$");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,5})\\s*号\\s*$");
    private static final Pattern FIELD_DATE = Pattern.compile("^(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");

    /** What the block's own text says. */
    static Metadata of(DocumentBlock block) {
        return new Metadata(block.docNumber(), block.issuer(), block.date());
    }

    /** The block's metadata with the crawl header's fields weighed in; notes go to {@code warnings}. */
    static Metadata reconciled(DocumentBlock block, WrapperReader.CrawlFields crawl, List<String> warnings) {
        String number = block.docNumber();
        Optional<String> crawlNumber = DocNumbers.find(crawl.docNumber()).or(() -> decreeNumber(crawl.docNumber()));
        if (number == null && crawlNumber.isPresent()) {
            number = crawlNumber.get();
            warnings.add("文号 " + number + " taken from the crawl header (the text prints none)");
        } else if (number != null && crawlNumber.isPresent() && !crawlNumber.get().equals(number)) {
            if (serial(crawlNumber.get()).equals(serial(number))) {
                // the same number: a decree header (重庆市人民政府令第303号) and its 发文字号 (渝府令〔2016〕303号);
                // the field gives the official 发文字号
                number = crawlNumber.get();
            } else {
                warnings.add("the crawl header's 文号 " + crawlNumber.get() + " differs from the text's " + number
                        + ": the text's is used");
            }
        }
        String issuer = block.issuer();
        String crawlIssuer = crawl.issuer() == null ? null : Titles.issuer(crawl.issuer());
        if (crawlIssuer != null && issuer != null && sameWithoutPlace(issuer, crawlIssuer)) {
            // 中华人民共和国国务院 and the field's 国务院 are one body: the field names it as it is known
            issuer = crawlIssuer;
        }
        if (crawlIssuer != null && !crawlIssuer.equals(issuer)) {
            warnings.add(issuer == null
                    ? "no issuer found in the text (the crawl header's 发布机构 names " + crawlIssuer
                            + ", which may be the publishing site rather than the issuer: not used)"
                    : "the crawl header's 发布机构 " + crawlIssuer + " differs from the issuer in the text, " + issuer
                            + ": the text's is used");
        }
        LocalDate date = block.date();
        Optional<LocalDate> crawlDate = fieldDate(crawl.writtenDate());
        if (date == null && crawlDate.isPresent()) {
            date = crawlDate.get();
            warnings.add("成文日期 " + date + " taken from the crawl header (the text prints none)");
        } else if (date != null && crawlDate.isPresent() && !crawlDate.get().equals(date)) {
            warnings.add("the crawl header's 成文日期 " + crawlDate.get() + " differs from the text's " + date
                    + ": the text's is used");
        }
        return new Metadata(number, issuer, date);
    }

    /** {@code full} is {@code short} preceded by a place or a state's name (福建省厦门市人民政府 / 厦门市人民政府). */
    private static boolean sameWithoutPlace(String full, String shorter) {
        if (full.length() <= shorter.length() || !full.endsWith(shorter)) {
            return false;
        }
        String prefix = full.substring(0, full.length() - shorter.length());
        return prefix.endsWith("共和国") || prefix.equals(Regions.of(prefix, ""));
    }

    /** A decree's 发文字号 as a field gives it: 国令第707号, 渝府令第303号. */
    private static Optional<String> decreeNumber(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DECREE_FIELD.matcher(value.strip());
        return m.matches() ? Optional.of(m.group(1) + "第" + m.group(2) + "号") : Optional.empty();
    }

    /** The serial of a 文号 or decree number: the last number before 号. */
    private static String serial(String number) {
        Matcher m = SERIAL.matcher(number);
        return m.find() ? Integer.toString(Integer.parseInt(m.group(1))) : number;
    }

    private static Optional<LocalDate> fieldDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FIELD_DATE.matcher(value.strip());
        // a value with a clock time (2024年04月06日 16:40) stamps the web page, it is no 成文日期
        if (!m.find() || CLOCK.matcher(value).find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            // a field shaped like a date but impossible is no date
            return Optional.empty();
        }
    }
}
