package com.gazettesearch.records.facts;

import java.util.ArrayList;
import java.util.List;

/** The facts of one kind (fees, events, departments, validity) checked on one text: what held and what did not. */
final class FactCheck {
    final String text;
    final String kind;
    int held;
    final List<String> failed = new ArrayList<>();

    FactCheck(String text, String kind) {
        this.text = text;
        this.kind = kind;
    }

    void check(boolean ok, String fact) {
        if (ok) {
            held++;
        } else {
            failed.add(fact);
        }
    }

    int total() {
        return held + failed.size();
    }

    /** "3/4" or "—" when the text asserts nothing of this kind. */
    String cell() {
        return total() == 0 ? "—" : held + "/" + total();
    }
}
