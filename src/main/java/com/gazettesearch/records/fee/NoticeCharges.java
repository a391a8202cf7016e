package com.gazettesearch.records.fee;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;

/**
 * The charges a fee notice sets, read from its title: each part of it that names a fee (污水处理费, 水资源费 —
 * without the region, 我县 or an area word before it), the water price (县城供水价格 → 水价) or another price
 * (管道天然气销售价格); failing that, the fee its text most often gives a standard for (X费收费标准); failing that, the
 * charges its opening paragraph (the 事由 of a notice printed without a title: 决定召开“…居民生活用水阶梯价格…听证会”)
 * names. Where they were read from is the notice's {@link Subject}.
 */
final class NoticeCharges {
    private NoticeCharges() {
    }

    /**
     * What a notice is about: the words its charges were read from (the title, or the opening paragraph) and the
     * charges.
     */
    record Subject(String text, List<String> charges) {
        static final Subject NONE = new Subject("", List.of());
    }

    /** How much of the opening paragraph is read for a subject: a notice's 事由 is its first sentence or two. */
    private static final int OPENING_CHARS = 300;

    private static final Pattern TITLE_SPLIT = Pattern.compile(
            "关于|调整|开征|征收|收取|提高|降低|规范|统一|制定|核定|召开|举行|及|和|与|、|的通知|的决定|的批复|的公告|的函"
                    + "|听证会|收费标准|征收标准|价格标准|标准");
    /** A price the title names that is not water's: 管道天然气销售价格. */
    private static final Pattern OTHER_PRICE = Pattern.compile("^[\\p{IsHan}]{2,12}价格$");
    private static final Pattern BODY_CHARGE = Pattern.compile("([\\p{IsHan}]{2,14}费)(?:收费标准|征收标准|标准)");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^(?:我|全|本)(?:区|市|县|镇|乡)");

    /**
     * What the notice is about: the title when it or the text's "X费…标准" names a charge, else the opening paragraph
     * when that names one of the known charges; {@link Subject#NONE} when neither does (not a fee notice).
     */
    static Subject subject(GazetteDocument doc) {
        List<String> charges = of(doc);
        if (!charges.isEmpty()) {
            return new Subject(doc.title(), charges);
        }
        String opening = opening(doc);
        Set<String> named = new LinkedHashSet<>();
        new ChargeNames(List.of()).in(FeeText.normalize(opening)).stream().map(ChargeNames.Mention::charge)
                .filter(c -> c != null).forEach(named::add);
        return named.isEmpty() ? Subject.NONE : new Subject(opening, List.copyOf(named));
    }

    /** The first paragraph of the first section, cut to {@link #OPENING_CHARS}. */
    private static String opening(GazetteDocument doc) {
        if (doc.sections().isEmpty()) {
            return "";
        }
        String text = doc.sections().getFirst().text();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() > OPENING_CHARS ? first.substring(0, OPENING_CHARS) : first;
    }

    /** What the notice charges: every charge its title names, else the most frequent "X费…标准" in its text. */
    static List<String> of(GazetteDocument doc) {
        Set<String> out = new LinkedHashSet<>();
        for (String segment : TITLE_SPLIT.split(doc.title())) {
            String c = stripPrefixes(segment.strip(), doc.region());
            if (c.equals("水费")) {
                // "调整城区水费": in a title, the water charge itself
                out.add(ChargeNames.WATER_PRICE);
            } else if (c.length() >= 2 && c.endsWith("费")) {
                // "居民生活污水处理费": a known fee's name is the charge, the words before it are its class
                String known = ChargeNames.known(c);
                out.add(known != null && c.endsWith(known) ? known : commonName(c, doc));
            } else {
                String known = ChargeNames.known(segment);
                if (known != null) {
                    out.add(known);
                } else if (OTHER_PRICE.matcher(c).matches()) {
                    out.add(c);
                }
            }
        }
        if (!out.isEmpty()) {
            return List.copyOf(out);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : doc.sections()) {
            if (!s.text().contains("标准")) {
                // every match ends in 标准; without one the pattern would try up to 14 characters at every position
                continue;
            }
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
                .map(e -> List.of(e.getKey()))
                .orElse(List.of());
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
        for (String area : FeeSubjects.AREAS) {
            if (out.startsWith(area) && out.length() > area.length() + 1) {
                out = out.substring(area.length());
                break;
            }
        }
        return out;
    }

}
