package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.validity.ValidityExtractor;

/**
 * Reads the fee items and exemptions a fee notice sets (收费标准 / 征收标准).
 *
 * <p>A document is a fee notice when its title (or, failing that, its text) names a charge ending in 费 next
 * to 收费标准 / 征收标准 / 标准, and some section states a price per volume. Prices are read in any of these forms:
 * {@code 由0.58元/立方米调整为0.85元/立方米}, {@code 为1.20元/立方米}, {@code 每立方米0.10元}, {@code 0.30元/吨},
 * {@code 由每立方米0.5元调整到每立方米0.8元}. The words before a price name the area (城区, 农村 …, carried on to
 * the following prices until another area is named) and the use class; a grouping prefix such as
 * 非居民生活用水中 is dropped so the class is the one priced. The effective date is the document's stated start
 * (see {@link ValidityExtractor}).
 */
public final class FeeExtractor {

    /** Areas a price or exemption can be limited to, longest first so 中心城区 wins over 城区. */
    static final List<String> AREAS = List.of("中心城区", "城区", "城镇", "城市", "县城", "市区", "集镇", "乡镇", "农村");
    private static final String AREA_ALT = String.join("|", AREAS);

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String VOL = "(立方米|吨)";
    /** One price: 0.85元/立方米 (unit after) or 每立方米0.85元 (unit before). */
    private static final Pattern PRICE = Pattern.compile(
            NUM + "\\s*元\\s*/\\s*" + VOL + "|每\\s*" + VOL + "\\s*" + NUM + "\\s*元");
    /** "每立方米由0.58元调整为0.85元": the unit is printed once, before the bare amounts. */
    private static final Pattern UNIT_FIRST = Pattern.compile("每\\s*" + VOL + "\\s*(?:由|从|为|按)");
    private static final Pattern BARE_PRICE = Pattern.compile(NUM + "\\s*元(?!\\s*/)");
    private static final Pattern CHANGE_VERB = Pattern.compile("调整|提高|上调|下调|降低|降至|调至|提至");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[；;。\\n、，,：:]");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:[（(]\\s*[一二三四五六七八九十0-9]+\\s*[)）]|[一二三四五六七八九十]+、|\\d+\\s*[.．、])\\s*");
    /** Words between the class and the price that are not part of the class. */
    private static final Pattern SUBJECT_TAIL = Pattern.compile(
            "(?:的)?(?:收费|征收|执行|价格|标准|单价)*(?:由|从|为|是|按|执行|统一为)?\\s*$");
    private static final Pattern GROUPING = Pattern.compile("^(.+?(?:用水|类))中(.+)$");

    private static final Pattern TITLE_SPLIT = Pattern.compile(
            "关于|调整|开征|征收|收取|提高|降低|规范|统一|及|和|与|、|的通知|的决定|的批复|收费标准|征收标准|价格标准|标准");
    private static final Pattern BODY_CHARGE = Pattern.compile("([\\p{IsHan}]{2,14}费)(?:收费标准|征收标准|标准)");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^(?:我|全|本)(?:区|市|县|镇|乡)");

    private static final Pattern COLLECTION = Pattern.compile(
            "随水费?(?:一并)?(?:征收|收取|计收)|由[\\p{IsHan}]{2,12}?(?:代征|代收)|委托[\\p{IsHan}]{2,12}?(?:代征|代收)");

    private static final Pattern EXEMPT_VERB = Pattern.compile("免征|免收|免交|减免");
    private static final String PERIOD_ALT = "每户每月|每户每年|每人每月|每人每年|每户|每月";
    private static final Pattern EXEMPT_VOLUME = Pattern.compile(
            "(?:(" + AREA_ALT + ")\\s*)?(?:(" + PERIOD_ALT + ")\\s*)?(免征|免收|免交|减免)?\\s*" + NUM + "\\s*" + VOL);
    private static final Pattern CONDITION = Pattern.compile("凭[^，。；,;]+");
    private static final Pattern WHO_END = Pattern.compile("凭|[，,]");

    private final ValidityExtractor validity = new ValidityExtractor();

    /** The fee items and exemptions {@code doc} sets; {@link FeeSchedule#EMPTY} when it is not a fee notice. */
    public FeeSchedule extract(GazetteDocument doc) {
        String charge = charge(doc);
        if (charge == null) {
            return FeeSchedule.EMPTY;
        }
        String collection = collection(doc);
        LocalDate effective = validity.extract(doc).validFrom();
        List<FeeItem> items = new ArrayList<>();
        List<FeeExemption> exemptions = new ArrayList<>();
        for (Section section : doc.sections()) {
            items.addAll(items(doc, section, charge, collection, effective));
            exemptions.addAll(exemptions(doc, section, charge));
        }
        return new FeeSchedule(items, exemptions);
    }

    // ---- charge ---------------------------------------------------------------------------------

    /** What the notice charges, from its title, else the most frequent "X费…标准" in its text; null if none. */
    static String charge(GazetteDocument doc) {
        for (String segment : TITLE_SPLIT.split(doc.title())) {
            String c = stripPrefixes(segment.strip(), doc.region());
            if (c.length() >= 2 && c.endsWith("费")) {
                return commonName(c, doc);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : doc.sections()) {
            Matcher m = BODY_CHARGE.matcher(s.text());
            while (m.find()) {
                // the match may start inside a longer phrase ("对我区城区污水处理费"): cut at the last split word
                String[] parts = TITLE_SPLIT.split(m.group(1));
                String c = stripPrefixes(parts[parts.length - 1], doc.region());
                if (c.length() >= 2) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /**
     * A title may qualify the charge ("城镇公共供水水资源费"); when the text uses a shorter tail of it more often
     * (水资源费), that tail is the charge's name. The longest such tail is taken, so 污水处理费 (whose tail
     * 水处理费 is never more frequent) stays whole.
     */
    private static String commonName(String charge, GazetteDocument doc) {
        StringBuilder all = new StringBuilder(doc.title());
        doc.sections().forEach(s -> all.append('\n').append(s.text()));
        String text = all.toString();
        int own = count(text, charge);
        for (int start = 1; start <= charge.length() - 3; start++) {
            String tail = charge.substring(start);
            if (count(text, tail) > own) {
                return tail;
            }
        }
        return charge;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    /** Drops what precedes the charge's own name: the region (株洲市渌口区), 我区/全市, an area word. */
    private static String stripPrefixes(String s, String region) {
        String out = s;
        if (region != null) {
            if (out.startsWith(region)) {
                out = out.substring(region.length());
            } else {
                // "渌口区城区污水处理费": the region may be printed without its city
                for (int i = 1; i < region.length() - 1; i++) {
                    String tail = region.substring(i);
                    if ((region.charAt(i - 1) == '市' || region.charAt(i - 1) == '州') && out.startsWith(tail)) {
                        out = out.substring(tail.length());
                        break;
                    }
                }
            }
        }
        out = PLACE_PREFIX.matcher(out).replaceFirst("");
        for (String area : AREAS) {
            if (out.startsWith(area) && out.length() > area.length() + 1) {
                out = out.substring(area.length());
                break;
            }
        }
        return out;
    }

    private static String collection(GazetteDocument doc) {
        for (Section s : doc.sections()) {
            Matcher m = COLLECTION.matcher(s.text());
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    // ---- items ----------------------------------------------------------------------------------

    private static List<FeeItem> items(GazetteDocument doc, Section section, String charge, String collection,
                                       LocalDate effective) {
        List<FeeItem> out = new ArrayList<>();
        if (!PRICE.matcher(section.text()).find() && !UNIT_FIRST.matcher(section.text()).find()) {
            return out;
        }
        String area = areaOfHeadings(section);
        String pendingSubject = "";
        for (String clause : clauses(section.text())) {
            List<Price> prices = prices(clause);
            String clauseNoMarker = LIST_MARKER.matcher(clause).replaceFirst("");
            if (prices.isEmpty()) {
                // a clause without a price may name the area ("农村：") or the class for the next clause
                String a = leadingArea(clauseNoMarker);
                if (a != null) {
                    area = a;
                }
                pendingSubject = clauseNoMarker;
                continue;
            }
            String subject = clauseNoMarker.substring(0, firstPriceAt(clauseNoMarker));
            subject = subject.strip();
            if (subject.isEmpty() || subject.matches("^(?:由|从|为|按)$")) {
                subject = pendingSubject + subject;
            }
            pendingSubject = "";
            subject = stripCharge(subject, charge);
            String a = leadingArea(subject);
            if (a != null) {
                area = a;
                subject = subject.substring(a.length());
            }
            String waterClass = waterClass(subject);
            if (waterClass.isEmpty()) {
                continue;
            }
            Price first = prices.getFirst();
            Price last = prices.getLast();
            boolean change = prices.size() >= 2 && CHANGE_VERB.matcher(clause).find();
            BigDecimal oldPrice = change ? first.amount() : null;
            Price now = change ? last : first;
            out.add(new FeeItem(doc.region(), charge, area, waterClass, oldPrice, now.amount(),
                    "元/" + now.volumeUnit(), collection, effective, doc.id(), doc.docNumber(), doc.title(),
                    section.id()));
        }
        return out;
    }

    /** The prices of one clause, in printed order. */
    private static List<Price> prices(String clause) {
        List<Price> prices = new ArrayList<>();
        Matcher pm = PRICE.matcher(clause);
        while (pm.find()) {
            prices.add(Price.of(pm));
        }
        Matcher unitFirst = UNIT_FIRST.matcher(clause);
        if (prices.isEmpty() && unitFirst.find()) {
            Matcher bare = BARE_PRICE.matcher(clause);
            bare.region(unitFirst.end(), clause.length());
            while (bare.find()) {
                prices.add(new Price(new BigDecimal(bare.group(1)), unitFirst.group(1)));
            }
        }
        return prices;
    }

    /** Where the first price (or the 每立方米 that introduces bare amounts) starts: the subject ends there. */
    private static int firstPriceAt(String clause) {
        Matcher pm = PRICE.matcher(clause);
        int at = pm.find() ? pm.start() : clause.length();
        Matcher unitFirst = UNIT_FIRST.matcher(clause);
        if (unitFirst.find()) {
            at = Math.min(at, unitFirst.start());
        }
        return at;
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String c : CLAUSE_SPLIT.split(text)) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    private static String areaOfHeadings(Section section) {
        for (int i = section.path().size() - 1; i >= 0; i--) {
            String h = LIST_MARKER.matcher(section.path().get(i)).replaceFirst("");
            String a = leadingArea(h);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static String leadingArea(String s) {
        for (String area : AREAS) {
            if (s.startsWith(area)) {
                return area;
            }
        }
        return null;
    }

    /**
     * The charge's name is not part of the class: "水资源费：居民生活用水" → the part after it,
     * "居民生活用水污水处理费" → the part before it.
     */
    private static String stripCharge(String subject, String charge) {
        int at = subject.lastIndexOf(charge);
        if (at < 0) {
            return subject;
        }
        String after = subject.substring(at + charge.length()).replaceFirst("^[的：:\\s]+", "");
        return after.isBlank() ? subject.substring(0, at).replaceFirst("的$", "") : after;
    }

    /** The priced class: tail words and a grouping prefix (非居民生活用水中) removed. */
    static String waterClass(String subject) {
        String s = SUBJECT_TAIL.matcher(subject.strip()).replaceFirst("").strip();
        Matcher g = GROUPING.matcher(s);
        if (g.matches()) {
            s = g.group(2);
        }
        return s.replaceAll("\\s+", "");
    }

    private record Price(BigDecimal amount, String volumeUnit) {
        static Price of(Matcher m) {
            return m.group(1) != null
                    ? new Price(new BigDecimal(m.group(1)), m.group(2))
                    : new Price(new BigDecimal(m.group(4)), m.group(3));
        }
    }

    // ---- exemptions -----------------------------------------------------------------------------

    private static List<FeeExemption> exemptions(GazetteDocument doc, Section section, String charge) {
        List<FeeExemption> out = new ArrayList<>();
        for (String sentence : section.text().split("[。；;\\n]")) {
            if (!EXEMPT_VERB.matcher(sentence).find()) {
                continue;
            }
            String who = who(sentence);
            Matcher cm = CONDITION.matcher(sentence);
            String condition = cm.find() ? cm.group().strip() : null;
            String period = null;
            Matcher m = EXEMPT_VOLUME.matcher(sentence);
            while (m.find()) {
                String area = m.group(1);
                if (area == null && m.group(3) == null) {
                    // a bare volume ("的 6 立方米用水") is not an allowance
                    continue;
                }
                if (m.group(2) != null) {
                    period = m.group(2);
                }
                out.add(new FeeExemption(doc.region(), charge, who, area, new BigDecimal(m.group(4)), m.group(5),
                        period, condition, doc.id(), doc.docNumber(), doc.title(), section.id()));
            }
        }
        return out;
    }

    /**
     * The beneficiaries: the sentence's opening words up to 凭, a comma or the first allowance
     * ("城镇每户每月免征…"); an area word inside the group's name (城市低保家庭) does not end it.
     */
    private static String who(String sentence) {
        String s = LIST_MARKER.matcher(sentence.strip()).replaceFirst("").replaceFirst("^对", "");
        int end = s.length();
        Matcher w = WHO_END.matcher(s);
        if (w.find()) {
            end = w.start();
        }
        Matcher allowance = EXEMPT_VOLUME.matcher(s);
        while (allowance.find()) {
            if (allowance.group(1) != null || allowance.group(3) != null) {
                end = Math.min(end, allowance.start());
                break;
            }
        }
        String who = s.substring(0, end).strip();
        return who.isEmpty() ? null : who;
    }
}
