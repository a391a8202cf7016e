package com.gazettesearch.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.parse.DocNumbers;

/**
 * Recognises a query that names one document by what identifies it — its 文号 in any bracket style, a decree
 * number (重庆市人民政府令第303号 for the document numbered 渝府令〔2016〕303号, 国务院令第707号 for 国令第707号), its
 * 登记号, its 索引号, or its exact title — against the documents of one index reader. Built once per reader from the
 * index's own values, so nothing here knows a document; a number that reads like an identifier but that no document
 * has is reported as such, so the search can look for it as written instead of by its loose digits.
 */
public final class DocumentIdentifiers {

    /** What identifies a document. */
    public enum Kind {
        DOC_NUMBER("docNumber"), DECREE("decree"), REGISTRATION("registrationNumber"), INDEX_NUMBER("indexNumber"),
        TITLE("title");

        private final String apiName;

        Kind(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        /** True for the numbers (everything but a title): the query then asks for that document only. */
        public boolean number() {
            return this != TITLE;
        }
    }

    /**
     * What the index knows about one document that can identify it.
     *
     * @param textTitles the titles of the texts the document issues (an 印发 notice's 《X》), besides its own
     */
    public record Doc(String docId, String title, String docNumber, String regNumber, String indexNumber,
                      String issuer, List<String> textTitles) {
    }

    /**
     * An identifier found in a query.
     *
     * @param text       the identifier as typed
     * @param docIds     the documents it names (empty: it reads as an identifier, but no document has it)
     * @param wholeQuery true when the identifier is all the query says
     */
    public record Match(Kind kind, String text, List<String> docIds, boolean wholeQuery) {
        public boolean found() {
            return !docIds.isEmpty();
        }
    }

    /** 渝府令〔2016〕303号, 国令第707号, 厦门市人民政府令第136号, 政府令〔2010〕第15号: code, optional year, serial. */
    private static final Pattern DECREE = Pattern.compile("(\\p{IsHan}{1,24}?)令\\s*(?:[〔\\[(（【［〈]\\s*((?:19|20)\\d{2})\\s*"
            + "[〕\\])）】］〉]\\s*)?第?\\s*(\\d{1,5})\\s*号");
    /** 索引号: an organisation code, a year and a serial (11500000009275780L/2021-00491, WA1304001-2024-002). */
    private static final Pattern INDEX_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])([0-9A-Za-z]{6,20})\\s*[/／-]\\s*((?:19|20)\\d{2})\\s*[-－]\\s*(\\d{2,6})(?![0-9A-Za-z])");
    /** Marks and spaces that do not change a title: 《》, quotes, full and half width brackets, spaces. */
    private static final Pattern TITLE_NOISE = Pattern.compile("[\\s\\u3000《》〈〉“”\"'‘’「」]+");
    /** 某某关于印发《X》的通知 / 转发 / 印发: the title of the text a notice issues. */
    private static final Pattern ISSUED = Pattern.compile("《([^《》]{4,80})》");
    /** Titles shorter than this are words, not titles: a query of them is searched, not looked up. */
    private static final int MIN_TITLE = 6;

    private record Decree(String code, String year, int serial, String issuer, String docId) {
    }

    private final Map<String, List<String>> byDocNumberKey = new HashMap<>();
    private final Map<String, List<String>> byRegistration = new HashMap<>();
    private final Map<String, List<String>> byIndexNumber = new HashMap<>();
    private final Map<String, List<String>> byTitle = new HashMap<>();
    private final Map<Integer, List<Decree>> decreesBySerial = new HashMap<>();
    private final Map<String, String> issuerOf = new HashMap<>();

    private DocumentIdentifiers(List<Doc> docs) {
        for (Doc d : docs) {
            issuerOf.put(d.docId(), d.issuer());
            if (d.docNumber() != null) {
                DocNumbers.key(d.docNumber()).ifPresent(k -> add(byDocNumberKey, k, d.docId()));
                Matcher m = DECREE.matcher(d.docNumber());
                if (m.find()) {
                    decreesBySerial.computeIfAbsent(Integer.parseInt(m.group(3)), k -> new ArrayList<>())
                            .add(new Decree(m.group(1), m.group(2), Integer.parseInt(m.group(3)), d.issuer(), d.docId()));
                }
            }
            if (d.regNumber() != null) {
                add(byRegistration, d.regNumber().toUpperCase(Locale.ROOT), d.docId());
            }
            indexKey(d.indexNumber()).ifPresent(k -> add(byIndexNumber, k, d.docId()));
            Set<String> titles = new LinkedHashSet<>();
            titles.add(d.title());
            titles.addAll(d.textTitles());
            for (String t : titles) {
                String key = titleKey(t);
                if (key.length() >= MIN_TITLE) {
                    add(byTitle, key, d.docId());
                    if (d.issuer() != null) {
                        // the title as the 发文机关标志 line prints it: 某某局关于…的通知
                        add(byTitle, titleKey(d.issuer()) + key, d.docId());
                    }
                }
            }
        }
    }

    public static DocumentIdentifiers of(List<Doc> docs) {
        return new DocumentIdentifiers(docs);
    }

    /** The first identifier in {@code rawQuery}, if it has one. */
    public Optional<Match> find(String rawQuery) {
        if (rawQuery == null || rawQuery.isBlank()) {
            return Optional.empty();
        }
        String q = rawQuery.strip();
        Optional<String> reg = DocNumbers.findRegistration(q);
        if (reg.isPresent()) {
            return Optional.of(match(Kind.REGISTRATION, reg.get(), byRegistration.getOrDefault(reg.get(), List.of()), q));
        }
        Matcher index = INDEX_NUMBER.matcher(q);
        if (index.find()) {
            String key = indexKey(index.group()).orElseThrow();
            return Optional.of(match(Kind.INDEX_NUMBER, index.group(), byIndexNumber.getOrDefault(key, List.of()), q));
        }
        Matcher decree = DECREE.matcher(q);
        boolean isDecree = decree.find();
        Optional<String> key = DocNumbers.key(q);
        if (key.isPresent() && !(isDecree && byDocNumberKey.get(key.get()) == null)) {
            String text = DocNumbers.find(q).orElse(q);
            return Optional.of(match(Kind.DOC_NUMBER, text, byDocNumberKey.getOrDefault(key.get(), List.of()),
                    q, literal(q, text)));
        }
        if (isDecree) {
            return Optional.of(match(Kind.DECREE, decree.group(), decrees(decree), q, decree.group()));
        }
        String title = titleKey(q);
        List<String> titled = byTitle.get(title);
        if (titled == null) {
            Matcher issued = ISSUED.matcher(q);
            if (issued.find()) {
                titled = byTitle.get(titleKey(issued.group(1)));
            }
        }
        return titled == null ? Optional.empty() : Optional.of(new Match(Kind.TITLE, q, titled, true));
    }

    /** The documents a decree number in a query names: same serial, same year when both give one, same issuer. */
    private List<String> decrees(Matcher m) {
        String code = m.group(1);
        String year = m.group(2);
        int serial = Integer.parseInt(m.group(3));
        List<String> out = new ArrayList<>();
        for (Decree d : decreesBySerial.getOrDefault(serial, List.of())) {
            boolean sameYear = year == null || d.year() == null || year.equals(d.year());
            boolean sameIssuer = code.equals(d.code()) || code.endsWith(d.code()) && d.code().length() >= 2
                    || d.issuer() != null && (code.equals(d.issuer()) || code.endsWith(d.issuer()));
            if (sameYear && sameIssuer && !out.contains(d.docId())) {
                out.add(d.docId());
            }
        }
        return out;
    }

    private static Match match(Kind kind, String text, List<String> docs, String query) {
        return match(kind, text, docs, query, text);
    }

    private static Match match(Kind kind, String text, List<String> docs, String query, String typed) {
        String rest = query.replace(typed, " ").replaceAll("[\\s\\p{Punct}\\u3000，。、；：]+", "");
        return new Match(kind, text, List.copyOf(docs), rest.isEmpty());
    }

    /** The part of {@code query} the normalised 文号 {@code canonical} was read from (its brackets as typed). */
    private static String literal(String query, String canonical) {
        Matcher m = Pattern.compile("[\\p{IsHan}]{0,12}\\s*[〔\\[(（【［〈<{]\\s*(?:19|20)\\d{2}\\s*[〕\\])）】］〉>}]\\s*\\d{1,4}\\s*号?")
                .matcher(query);
        return m.find() ? m.group() : canonical;
    }

    /** A title compared without spaces, title marks and quotes, brackets in one width. */
    public static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        return TITLE_NOISE.matcher(title).replaceAll("").replace('（', '(').replace('）', ')').replaceAll("[。.]$", "");
    }

    private static Optional<String> indexKey(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = INDEX_NUMBER.matcher(value);
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT) + "/" + m.group(2) + "-" + m.group(3))
                : Optional.empty();
    }

    private static void add(Map<String, List<String>> map, String key, String docId) {
        List<String> ids = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!ids.contains(docId)) {
            ids.add(docId);
        }
    }
}
