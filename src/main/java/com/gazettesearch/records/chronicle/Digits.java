package com.gazettesearch.records.chronicle;

/** Folds full-width digits (２０２４) to ASCII so one set of date patterns reads both. */
final class Digits {
    private Digits() {
    }

    static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
