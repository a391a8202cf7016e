package com.gazettesearch.records.chronicle;

import com.gazettesearch.text.ChineseNumerals;

/** Folds full-width digits (２０２４) to ASCII so one set of date patterns reads both. */
final class Digits {
    private Digits() {
    }

    static String toAscii(String s) {
        return ChineseNumerals.foldFullWidthDigits(s);
    }
}
