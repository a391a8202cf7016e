package com.gazettesearch.records.fee;

import java.util.ArrayList;
import java.util.List;

/**
 * The parenthesised groups of a sentence: which group each position is in, so that a charge named inside
 * parentheses counts only there.
 */
final class Parens {
    private final int[] group;
    private final int[] depth;
    private final List<Integer> parent = new ArrayList<>();

    Parens(String s) {
        group = new int[s.length() + 1];
        depth = new int[s.length() + 1];
        parent.add(-1);
        int current = 0;
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                parent.add(current);
                current = parent.size() - 1;
                d++;
            }
            group[i] = current;
            depth[i] = d;
            if ((c == ')' || c == '）') && d > 0) {
                current = parent.get(current);
                d--;
            }
        }
        group[s.length()] = current;
        depth[s.length()] = d;
    }

    int depthAt(int i) {
        return depth[i];
    }

    /** Whether the group at {@code inner} is the group at {@code outer} or inside it. */
    boolean encloses(int outer, int inner) {
        int target = group[outer];
        for (int g = group[inner]; g >= 0; g = parent.get(g)) {
            if (g == target) {
                return true;
            }
        }
        return false;
    }
}
