package com.gazettesearch.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a printed page repeats around its text — page numbers, a running header (the gazette's name and issue), a
 * running footer — recognised on the lines of each page of an extracted PDF and left out. A page number is
 * recognised by its shape (— 3 —, - 3 -, 3, 第3页, 第3页 共20页, 3/20) on the first or last lines of a page; a running
 * line by repeating, digits aside, at the same edge of at least half the pages (and two). The first page keeps its
 * top lines: a gazette's masthead is printed there and may read like the running header.
 */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[—－\\-–·•]{0,2}\\s*\\d{1,4}\\s*[—－\\-–·•]{0,2}|第\\s*\\d{1,4}\\s*页(?:\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4})$");
    /** How many lines at each edge of a page are looked at. */
    private static final int EDGE_LINES = 2;
    private static final int MAX_FURNITURE_CHARS = 60;

    private PageFurniture() {
    }

    /** The lines of all pages, in order, without their page numbers and running headers and footers. */
    static List<String> without(List<List<String>> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        List<List<String>> trimmed = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> lines = page.stream().filter(l -> !l.isEmpty()).toList();
            trimmed.add(lines);
            edge(lines, true).forEach(l -> topCounts.merge(key(l), 1, Integer::sum));
            edge(lines, false).forEach(l -> bottomCounts.merge(key(l), 1, Integer::sum));
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < trimmed.size(); p++) {
            List<String> lines = trimmed.get(p);
            int from = 0;
            int to = lines.size();
            while (from < Math.min(to, EDGE_LINES) && furniture(lines.get(from), topCounts, repeated, p > 0)) {
                from++;
            }
            while (to > from && lines.size() - to < EDGE_LINES && furniture(lines.get(to - 1), bottomCounts, repeated, true)) {
                to--;
            }
            out.addAll(lines.subList(from, to));
        }
        return out;
    }

    private static boolean furniture(String line, Map<String, Integer> counts, int repeated, boolean runningToo) {
        if (PAGE_NUMBER.matcher(line).matches()) {
            return true;
        }
        return runningToo && line.length() <= MAX_FURNITURE_CHARS && counts.getOrDefault(key(line), 0) >= repeated;
    }

    private static List<String> edge(List<String> lines, boolean top) {
        int n = Math.min(EDGE_LINES, lines.size());
        return top ? lines.subList(0, n) : lines.subList(lines.size() - n, lines.size());
    }

    /** Lines that differ only in their numbers (第3期 / 第4期, — 3 — / — 4 —) are one running line. */
    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
