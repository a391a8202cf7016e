package com.gazettesearch.records.validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.text.MatchStarts;

/**
 * Reads a document's validity window from what its text says:
 * <ul>
 *   <li>a start tied to publication (自发布/公布/印发/颁布之日起施行/执行) → the document date; 自印发之日起30日后施行 →
 *       30 days after it;</li>
 *   <li>a stated start (从2024年5月1日起执行, 自…起施行, 执行时间：2024年5月1日) → that date;</li>
 *   <li>a trial or validity term (试行二年, 有效期五年) → start + N years − 1 day;</li>
 *   <li>a stated end (有效期至…) → that date; both in one phrase (有效期自…起至…止) → those dates;</li>
 *   <li>a plan period in the title (（2024-2030年）, （2023-2025）) → 1 January of the first year when no
 *       other start is stated, and 31 December of the last year when no other end is.</li>
 * </ul>
 * Only what the text says of itself counts: a period or a start it cites from another document (“根据《XX行动计划
 * （2021—2023年）》”, “《XX条例》自2020年1月1日起施行”) is not this document's validity.
 * Nothing stated gives {@link Validity#UNSTATED}. The status is not decided here (see {@link ValidityStatus}).
 */
public final class ValidityExtractor {

    private static final String ACT = "(?:执行|施行|实施|生效)";
    private static final String COUNT = "([0-9一二两三四五六七八九十]{1,3})";

    /** 自发布之日起施行, 自印发之日起30日后施行 (group 1: the days after). */
    static final Pattern FROM_PUBLICATION_PATTERN = Pattern.compile(
            "自\\s*(?:发布|公布|印发|颁布|发文|公告)之日起\\s*(?:([0-9一二两三四五六七八九十百]{1,4})\\s*(?:日|天)(?:后|以后))?"
                    + "[^。；;\\n]{0,6}?" + ACT);
    static final Pattern FROM_DATE_PATTERN = Pattern.compile(
            "(?:从|自|于)?\\s*" + ChineseDates.DATE_REGEX + "\\s*(?:[^。；;\\n\\d]{0,8}?之日)?\\s*(?:起|开始)[^。；;\\n]{0,8}?" + ACT
                    + "|(?:执行|施行|实施|生效)(?:时间|日期)[:：为]\\s*(?:从|自)?\\s*" + ChineseDates.DATE_REGEX);
    static final Pattern TERM_PATTERN = Pattern.compile("(?:试行期?为?|有效期为?|有效期限为?)\\s*" + COUNT + "\\s*年");
    /** 有效期自2024年1月1日起至2028年12月31日止: both bounds in one phrase. */
    static final Pattern DATE_RANGE_PATTERN = Pattern.compile(
            "有效期(?:限)?(?:为)?[:：]?\\s*(?:自|从)?\\s*" + ChineseDates.DATE_REGEX + "\\s*起?\\s*(?:至|到)\\s*"
                    + ChineseDates.DATE_REGEX + "\\s*止?");
    static final Pattern UNTIL_DATE_PATTERN = Pattern.compile(
            "(?:有效期|有效期限)\\s*(?:至|到|截至)\\s*" + ChineseDates.DATE_REGEX);
    /** Where each clause can start: its first words, and for a date a numeral or the space before it. */
    private static final String SPACE = " \t\n\u000B\f\r";
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十";
    static final MatchStarts FROM_PUBLICATION = new MatchStarts(FROM_PUBLICATION_PATTERN, "自");
    static final MatchStarts FROM_DATE = new MatchStarts(FROM_DATE_PATTERN, "从自于" + SPACE + NUMERALS + "执施实生");
    static final MatchStarts TERM = new MatchStarts(TERM_PATTERN, "试有");
    static final MatchStarts DATE_RANGE = new MatchStarts(DATE_RANGE_PATTERN, "有");
    static final MatchStarts UNTIL_DATE = new MatchStarts(UNTIL_DATE_PATTERN, "有");
    private static final Pattern PLAN_PERIOD = Pattern.compile(
            "[（(]\\s*((?:19|20)\\d{2})\\s*(?:年)?\\s*[-－—–~～至到]\\s*((?:19|20)\\d{2})\\s*年?\\s*[)）]");
    /** The quoted title of the document being issued: 关于印发《…（2023-2025）》的通知, 现将《…》印发给你们. */
    private static final Pattern ISSUED_TITLE = Pattern.compile("(?:印发|发布|公布|颁布)《([^《》]{2,80})》");
    private static final Pattern ISSUED_IN_BODY = Pattern.compile("现将《([^《》]{2,80})》[^。；]{0,20}?(?:印发|发布|公布)给");
    private static final Pattern QUOTED = Pattern.compile("《[^《》]*》");
    /** "支持…若干政策和…行动计划（2021-2023年）": two documents named in one title, the period is the last one's. */
    private static final Pattern TITLE_JOIN = Pattern.compile("和|及|与|、");
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "(?:政策|措施|计划|方案|规划|办法|意见|细则|规定|条例|纲要|通知|决定|规则|制度|标准)$");
    /** A clause that names another document as what takes effect: "《XX条例》自2020年1月1日起施行". */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("》[^。；;，,\\n]{0,12}$");

    /** The validity window stated in {@code doc}, or {@link Validity#UNSTATED}. */
    public Validity extract(GazetteDocument doc) {
        String text = bodyText(doc);
        List<String> basis = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;

        MatchStarts.Scan rangeScan = DATE_RANGE.scan(text);
        Matcher range = rangeScan.matcher();
        if (findAboutThis(rangeScan, text)) {
            Optional<LocalDate> start = ChineseDates.of(range.group(1), range.group(2), range.group(3));
            Optional<LocalDate> end = ChineseDates.of(range.group(4), range.group(5), range.group(6));
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
                return new Validity(start.get(), end.get(), clean(range.group()));
            }
        }

        MatchStarts.Scan pubScan = FROM_PUBLICATION.scan(text);
        MatchStarts.Scan datedScan = FROM_DATE.scan(text);
        Matcher pub = pubScan.matcher();
        Matcher dated = datedScan.matcher();
        boolean hasPub = findAboutThis(pubScan, text);
        boolean hasDated = findAboutThis(datedScan, text);
        // When a text states both, the one printed first is the general rule ("自发布之日起施行，其中…自2025年1月1日起执行" is rare);
        // a concrete date printed first wins over a later publication clause.
        if (hasDated && (!hasPub || dated.start() < pub.start())) {
            int g = dated.group(1) != null ? 1 : 4;
            from = ChineseDates.of(dated.group(g), dated.group(g + 1), dated.group(g + 2)).orElse(null);
            basis.add(clean(dated.group()));
        } else if (hasPub) {
            // the document date is the day it was issued; a document without one has no known start
            from = doc.date() == null || pub.group(1) == null ? doc.date()
                    : doc.date().plusDays(days(pub.group(1)));
            basis.add(clean(pub.group()));
        }

        MatchStarts.Scan untilScan = UNTIL_DATE.scan(text);
        MatchStarts.Scan termScan = TERM.scan(text);
        Matcher until = untilScan.matcher();
        Matcher term = termScan.matcher();
        if (findAboutThis(untilScan, text)) {
            to = ChineseDates.of(until.group(1), until.group(2), until.group(3)).orElse(null);
            basis.add(clean(until.group()));
        } else if (findAboutThis(termScan, text)) {
            int years = ChineseDates.number(term.group(1));
            LocalDate start = from != null ? from : doc.date();
            if (start != null) {
                if (from == null) {
                    from = start;
                }
                to = start.plusYears(years).minusDays(1);
            }
            basis.add(clean(term.group()));
        }

        Optional<int[]> period = planPeriod(doc);
        if (period.isPresent() && (from == null || to == null)) {
            int[] years = period.get();
            if (from == null) {
                from = LocalDate.of(years[0], 1, 1);
            }
            if (to == null) {
                to = LocalDate.of(years[1], 12, 31);
            }
            basis.add("规划期" + years[0] + "-" + years[1] + "年");
        }

        if (from == null && to == null) {
            // "自公布之日起施行" in a document without a printed date: the rule is kept, the dates stay unknown
            return basis.isEmpty() ? Validity.UNSTATED : new Validity(null, null, String.join("；", basis));
        }
        if (from != null && to != null && to.isBefore(from)) {
            // a plan period that ended before the stated start: keep the stated start, the end is not credible
            to = null;
        }
        return new Validity(from, to, String.join("；", basis));
    }

    /**
     * The next match of {@code m} that speaks of this document, not of one it cites ("《XX条例》自2020年1月1日起施行"
     * is the cited rule's start).
     */
    private static boolean findAboutThis(MatchStarts.Scan scan, String text) {
        Matcher m = scan.matcher();
        while (scan.find()) {
            if (!OTHER_DOCUMENT.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * First and last year of the document's own plan period: in its title (outside quotes of other documents, and
     * not when the title names two documents and the period is the last one's), in the quoted title it issues
     * (关于印发《…（2023-2025）》的通知), or in the sentence of its first section that issues it (现将《…》印发给你们).
     * A period of another document the text cites is not this one's.
     */
    private static Optional<int[]> planPeriod(GazetteDocument doc) {
        List<String> candidates = new ArrayList<>();
        String title = doc.title();
        Matcher issued = ISSUED_TITLE.matcher(title);
        if (issued.find()) {
            candidates.add(issued.group(1));
        } else {
            candidates.add(QUOTED.matcher(title).replaceAll(""));
        }
        if (!doc.sections().isEmpty()) {
            Matcher q = ISSUED_IN_BODY.matcher(doc.sections().getFirst().text());
            if (q.find()) {
                candidates.add(q.group(1));
            }
        }
        for (String c : candidates) {
            Matcher m = PLAN_PERIOD.matcher(c);
            if (m.find() && !namesTwoDocuments(c.substring(0, m.start()))) {
                int first = Integer.parseInt(m.group(1));
                int last = Integer.parseInt(m.group(2));
                if (last >= first) {
                    return Optional.of(new int[] {first, last});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean namesTwoDocuments(String beforePeriod) {
        String[] parts = TITLE_JOIN.split(beforePeriod);
        int kinds = 0;
        for (String p : parts) {
            if (DOCUMENT_KIND.matcher(p.strip()).find()) {
                kinds++;
            }
        }
        return parts.length >= 2 && kinds >= 2 && DOCUMENT_KIND.matcher(parts[parts.length - 1].strip()).find();
    }

    /** 30, 三十, 一百: the days of "自印发之日起30日后施行". */
    private static int days(String s) {
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        int hundred = s.indexOf('百');
        if (hundred >= 0) {
            int h = hundred == 0 ? 1 : ChineseDates.number(s.substring(0, hundred));
            String rest = s.substring(hundred + 1).replace("零", "");
            return h * 100 + (rest.isEmpty() ? 0 : ChineseDates.number(rest));
        }
        return ChineseDates.number(s);
    }

    private static String bodyText(GazetteDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Section s : doc.sections()) {
            sb.append(s.text()).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String phrase) {
        return phrase.replaceAll("\\s+", "");
    }
}
