package com.gazettesearch.schema;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

import com.gazettesearch.text.TraditionalChinese;

/**
 * Folds traditional characters to simplified ones ({@link TraditionalChinese#fold}) before a field is tokenized, so a
 * text printed in 繁体 and a query typed in 简体 (or the other way) meet on the same terms, and smartcn segments the
 * folded text with its simplified dictionary. The folding is one character for one, so every offset is the
 * original's: highlighting marks the stored, printed text.
 */
final class TraditionalFoldingCharFilter extends CharFilter {
    TraditionalFoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        if (n > 0) {
            TraditionalChinese.fold(cbuf, off, n);
        }
        return n;
    }

    // the width filter after this one reads a character at a time: Reader.read() would allocate an array per call
    @Override
    public int read() throws IOException {
        int c = input.read();
        return c < 0 ? c : TraditionalChinese.fold((char) c);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
