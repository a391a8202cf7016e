package com.gazettesearch.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.text.TraditionalChinese;

/**
 * 文号 (document numbers) and 登记号 (registration numbers) as people type them and as gazettes print them.
 * A 文号 is an issuer code, a year in brackets and a serial: 渌发改发〔2024〕6号. Gazettes and users write the
 * brackets as 〔〕, [], (), （）, 【】, ［］ or 〈〉, with or without spaces; {@link #normalise} gives the canonical
 * 〔〕 form and {@link #key} a bracket-free key that all spellings share, for exact lookup.
 */
public final class DocNumbers {
    private DocNumbers() {
    }

    private static final String OPEN = "[〔\\[(（【［〈<{]";
    private static final String CLOSE = "[〕\\])）】］〉>}]";

    /** Issuer code (CJK, may be empty), bracketed year, serial, optional 号. */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{0,12})\\s*" + OPEN + "\\s*((?:19|20)\\d{2})\\s*" + CLOSE + "\\s*(\\d{1,4})\\s*号?");

    private static final Pattern REGISTRATION = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{4,8})\\s*[-－—–]\\s*(\\d{4})\\s*[-－—–]\\s*(\\d{5})(?!\\d)");

    /** 索引号: an organisation code, a year and a serial (000014349/2018-00218, WA1304001-2024-002). */
    private static final Pattern INDEX_NUMBER = Pattern.compile(
            "^([0-9A-Za-z]{6,20})\\s*([/／-])\\s*((?:19|20)\\d{2})\\s*[-－]\\s*(\\d{2,6})$");

    /**
     * A web page's 索引号 field as an index number, upper case with its separators as printed (the organisation code
     * and the year are joined by / or -); empty when the value is not shaped like one.
     */
    public static Optional<String> indexNumber(String field) {
        return firstMatch(INDEX_NUMBER, field == null ? null : field.strip())
                .map(m -> m.group(1).toUpperCase(Locale.ROOT) + (m.group(2).equals("-") ? "-" : "/") + m.group(3) + "-"
                        + m.group(4));
    }

    /** The first 文号 in {@code text}, in canonical form (渌发改发〔2024〕6号), if there is one. */
    public static Optional<String> find(String text) {
        return firstMatch(DOC_NUMBER, text)
                .map(m -> m.group(1) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号");
    }

    /** Canonical form of a 文号 written any way, or empty when {@code text} holds none. */
    public static Optional<String> normalise(String text) {
        return find(text);
    }

    /**
     * Bracket-free lookup key shared by every spelling of one 文号: 渌发改发〔2024〕6号, 渌发改发[2024]6号 and
     * 渌发改发 (2024) 6 号 all give {@code 渌发改发2024-6}. Empty when {@code text} holds no 文号.
     */
    public static Optional<String> key(String text) {
        // 鄂政發〔2018〕26號 and 鄂政发〔2018〕26号 are one 文号, printed in traditional and in simplified characters
        return firstMatch(DOC_NUMBER, text).map(m -> TraditionalChinese.fold(m.group(1)) + m.group(2) + "-"
                + Integer.parseInt(m.group(3)));
    }

    /** The first 登记号 in {@code text}, upper case with plain hyphens (ZZLKDR-2024-00002), if any. */
    public static Optional<String> findRegistration(String text) {
        return firstMatch(REGISTRATION, text)
                .map(m -> m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2) + "-" + m.group(3));
    }

    private static Optional<Matcher> firstMatch(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
