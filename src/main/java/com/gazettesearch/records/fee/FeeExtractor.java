package com.gazettesearch.records.fee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.fee.ChargeNames.Mention;
import com.gazettesearch.records.fee.PriceStatements.Statement;
import com.gazettesearch.records.validity.ValidityExtractor;

/**
 * Reads the fee items and exemptions a fee or price notice sets (收费标准 / 征收标准 / 水价).
 *
 * <p>A document is a fee notice when its title (or, failing that, its text) names a charge: a fee ending in 费
 * (污水处理费, 水资源费, 垃圾处理费 …), the water price (供水价格, 自来水价格, 居民生活用水价格 …) or another price
 * (管道天然气销售价格, under the title's name). Each sentence is
 * read for its price statements (see {@link PriceStatements}: 0.85元/立方米, 每立方米0.85元, 由X元调整为Y元, 8元/户·月
 * …). Each price is filed under the charge named nearest before it: in its own words, earlier in its paragraph, in
 * the headings above it, or — only when the title names a single charge — under that one. A mention inside
 * parentheses counts only inside them ("（含污水处理费0.90元/立方米）" does not make the next price a sewage fee),
 * and a price after a list of charges ("供水价格和污水处理费调整如下") or after 水费 is left out: which charge it is
 * cannot be told, and a wrong charge is worse than none. The words before a price give the area, the class and the
 * tier ({@link FeeSubjects}); a class carries to the other prices of its sentence (across ；), and across sentences
 * only to the steps of a tiered price; a tier carries to the end of its clause. Prices that a hearing or consultation notice (听证, 征求意见, 拟调整) only proposes are
 * marked {@link FeeItem#proposed()}. The effective date is the document's stated start (see {@link
 * ValidityExtractor}).
 */
public final class FeeExtractor {

    private static final Pattern TITLE_SPLIT = Pattern.compile(
            "关于|调整|开征|征收|收取|提高|降低|规范|统一|制定|核定|召开|举行|及|和|与|、|的通知|的决定|的批复|的公告|的函"
                    + "|听证会|收费标准|征收标准|价格标准|标准");
    /** A price the title names that is not water's: 管道天然气销售价格. */
    private static final Pattern OTHER_PRICE = Pattern.compile("^[\\p{IsHan}]{2,12}价格$");
    private static final Pattern BODY_CHARGE = Pattern.compile("([\\p{IsHan}]{2,14}费)(?:收费标准|征收标准|标准)");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^(?:我|全|本)(?:区|市|县|镇|乡)");
    /** A notice that only proposes prices: a hearing (听证), a consultation (征求意见稿) or a draft (拟…, 草案). */
    private static final Pattern PROPOSAL_TITLE = Pattern.compile("听证|征求意见|意见稿|草案|拟");
    /** A sentence that proposes rather than sets: 拟将…调整为, 建议调整为, 方案一. */
    private static final Pattern PROPOSAL_SENTENCE = Pattern.compile(
            "拟(?:将|调整|定|按|为|上调|提高|下调|实行|执行|制定|收取|征收)|建议(?:将|调整|为|按)|方案\\s*[一二三四1-4]|调价方案");
    private static final Pattern COLLECTION = Pattern.compile(
            "随水费?(?:一并)?(?:征收|收取|计收)|由[\\p{IsHan}]{2,12}?(?:代征|代收)|委托[\\p{IsHan}]{2,12}?(?:代征|代收)");
    /** Money that a fee notice may name that is not a price of the charge. */
    private static final Pattern OTHER_MONEY = Pattern.compile(
            "押金|保证金|滞纳金|违约金|罚款|罚金|奖励|补助|补贴|工本费|手续费|赔偿|投资|资金|经费|预算");
    /** Two charges named as a list: what follows applies to both, so to neither alone. */
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:和|及|与|以及|、|,|，)\\s*$");

    private final ValidityExtractor validity = new ValidityExtractor();

    /** The fee items and exemptions {@code doc} sets; {@link FeeSchedule#EMPTY} when it is not a fee notice. */
    public FeeSchedule extract(GazetteDocument doc) {
        List<String> charges = charges(doc);
        if (charges.isEmpty()) {
            return FeeSchedule.EMPTY;
        }
        Notice notice = new Notice(doc, new ChargeNames(charges), charges.size() == 1 ? charges.getFirst() : null,
                PROPOSAL_TITLE.matcher(doc.title()).find());
        notice.collections = collections(doc, notice);
        notice.effective = notice.proposal ? null : validity.extract(doc).validFrom();
        List<FeeItem> items = new ArrayList<>();
        List<FeeExemption> exemptions = new ArrayList<>();
        for (Section section : doc.sections()) {
            items.addAll(items(notice, section));
            exemptions.addAll(FeeExemptions.in(notice.doc, section, notice.names, notice.defaultCharge));
        }
        return new FeeSchedule(withoutRestatements(fullClassNames(items)), exemptions);
    }

    /**
     * One item per price: a line printed twice is one item, and a lone price equal to the old or new price of a
     * change of the same charge, area, class and tier ("居民生活用水价格为每立方米2.60元" after "由2.10元调整为2.60元")
     * says that change again.
     */
    private static List<FeeItem> withoutRestatements(List<FeeItem> items) {
        List<FeeItem> out = new ArrayList<>();
        for (FeeItem item : items) {
            boolean restated = items.stream().anyMatch(other -> other != item && sameLine(other, item)
                    && (item.oldPrice() == null && other.oldPrice() != null
                    && (other.oldPrice().compareTo(item.newPrice()) == 0 || other.newPrice().compareTo(item.newPrice()) == 0)));
            boolean repeated = out.stream().anyMatch(kept -> sameLine(kept, item)
                    && kept.newPrice().compareTo(item.newPrice()) == 0 && Objects.equals(
                    kept.oldPrice() == null ? null : kept.oldPrice().stripTrailingZeros(),
                    item.oldPrice() == null ? null : item.oldPrice().stripTrailingZeros()));
            if (!restated && !repeated) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean sameLine(FeeItem a, FeeItem b) {
        return a.charge().equals(b.charge()) && Objects.equals(a.area(), b.area())
                && Objects.equals(a.waterClass(), b.waterClass()) && Objects.equals(a.tier(), b.tier())
                && a.unit().equals(b.unit()) && a.proposed() == b.proposed();
    }

    /**
     * "非居民污水处理费" in a notice that prices 非居民用水: the class is the one the notice names in full. A short
     * name the notice never gives in full is kept as printed.
     */
    private static List<FeeItem> fullClassNames(List<FeeItem> items) {
        Set<String> full = new LinkedHashSet<>();
        items.forEach(i -> {
            if (i.waterClass() != null && i.waterClass().endsWith("用水")) {
                full.add(i.waterClass());
            }
        });
        List<FeeItem> out = new ArrayList<>(items.size());
        for (FeeItem i : items) {
            String c = i.waterClass();
            out.add(c != null && !c.endsWith("用水") && full.contains(c + "用水")
                    ? new FeeItem(i.region(), i.charge(), i.area(), c + "用水", i.tier(), i.oldPrice(), i.newPrice(),
                    i.unit(), i.collection(), i.effectiveDate(), i.proposed(), i.docId(), i.docNumber(), i.docTitle(),
                    i.sectionId())
                    : i);
        }
        return out;
    }

    /** What a whole notice tells every price in it. */
    private static final class Notice {
        final GazetteDocument doc;
        final ChargeNames names;
        final String defaultCharge;
        final boolean proposal;
        Map<String, String> collections = Map.of();
        LocalDate effective;

        Notice(GazetteDocument doc, ChargeNames names, String defaultCharge, boolean proposal) {
            this.doc = doc;
            this.names = names;
            this.defaultCharge = defaultCharge;
            this.proposal = proposal;
        }
    }

    // ---- charges --------------------------------------------------------------------------------

    /** What the notice charges: every charge its title names, else the most frequent "X费…标准" in its text. */
    static List<String> charges(GazetteDocument doc) {
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

    /** How each fee is collected (随水征收, 由供水企业代收), by charge; the water price itself is not "collected". */
    private static Map<String, String> collections(GazetteDocument doc, Notice notice) {
        Map<String, String> out = new HashMap<>();
        for (Section s : doc.sections()) {
            for (String sentence : FeeText.sentences(FeeText.normalize(s.text()))) {
                Matcher m = COLLECTION.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                Set<String> fees = new LinkedHashSet<>();
                notice.names.in(sentence).stream().map(Mention::charge)
                        .filter(c -> c != null && c.endsWith("费")).forEach(fees::add);
                String charge = fees.size() == 1 ? fees.iterator().next()
                        : fees.isEmpty() && notice.defaultCharge != null && notice.defaultCharge.endsWith("费")
                        ? notice.defaultCharge : null;
                if (charge != null) {
                    out.putIfAbsent(charge, m.group());
                }
            }
        }
        return out;
    }

    // ---- items ----------------------------------------------------------------------------------

    /** What the headings above a section say: the charge, area and class they name. */
    private record HeadingContext(String charge, String area, String waterClass) {
        static HeadingContext of(Section section, ChargeNames names) {
            String charge = null;
            String area = null;
            String waterClass = null;
            for (String heading : section.path()) {
                String h = FeeText.normalize(heading);
                List<Mention> mentions = names.in(h);
                Set<String> named = new LinkedHashSet<>();
                mentions.forEach(m -> named.add(m.charge()));
                if (named.size() == 1 && !named.contains(null)) {
                    charge = named.iterator().next();
                }
                String a = FeeSubjects.area(h);
                if (a != null) {
                    area = a;
                }
                FeeSubjects.ClassName c = FeeSubjects.waterClass(blank(h, mentions, 0, h.length()));
                if (c != null && c.base() != null) {
                    waterClass = c.text();
                }
            }
            return new HeadingContext(charge, area, waterClass);
        }
    }

    private static List<FeeItem> items(Notice notice, Section section) {
        List<FeeItem> out = new ArrayList<>();
        HeadingContext heading = HeadingContext.of(section, notice.names);
        // the charge prices of this paragraph are filed under when they name none; null: cannot be told
        String carried = heading.charge() != null ? heading.charge() : notice.defaultCharge;
        String area = heading.area();
        Classes classes = new Classes(heading.waterClass());
        for (String sentence : FeeText.sentences(FeeText.normalize(section.text()))) {
            List<Mention> mentions = notice.names.in(sentence);
            Parens parens = new Parens(sentence);
            boolean proposed = notice.proposal || PROPOSAL_SENTENCE.matcher(sentence).find();
            classes.newSentence();
            FeeTier tier = null;
            for (Statement st : PriceStatements.in(sentence)) {
                String subject = sentence.substring(st.subjectStart(), st.subjectEnd());
                if (subject.indexOf('；') >= 0 || subject.indexOf(';') >= 0) {
                    // a tier is stated per clause: "第一级…4.20元/m³；第二级…"
                    tier = null;
                }
                boolean nested = parens.depthAt(st.subjectEnd()) > 0;
                Mention named = lastVisible(mentions, parens, st.subjectEnd());
                String charge = named == null ? carried : isListed(sentence, mentions, named) ? null : named.charge();
                String blanked = blank(subject, mentions, st.subjectStart(), st.subjectEnd());
                String a = FeeSubjects.area(blanked);
                if (a != null) {
                    area = a;
                }
                FeeTier t = FeeSubjects.tier(afterLastSemicolon(subject));
                if (t != null) {
                    tier = t;
                }
                String cls = classes.of(FeeSubjects.waterClass(blanked), nested, tier != null);
                if (charge == null || OTHER_MONEY.matcher(lastPart(blanked)).find()) {
                    // which charge it is cannot be told, or the amount is not a price (押金, 滞纳金, 补助 …)
                    continue;
                }
                out.add(new FeeItem(notice.doc.region(), charge, area, waterClass(cls, charge), tier, st.oldPrice(),
                        st.newPrice(), "元/" + st.unit(), notice.collections.get(charge),
                        proposed ? null : notice.effective, proposed, notice.doc.id(), notice.doc.docNumber(),
                        notice.doc.title(), section.id()));
            }
            carried = carriedAfter(sentence, mentions, parens, carried);
        }
        return out;
    }

    /**
     * Which class a price is for when its own words name none: the class named earlier in its sentence, the class
     * of the tiered price it is a step of (or, inside parentheses, a part of), else the heading's.
     */
    private static final class Classes {
        private final String heading;
        private String sentenceBase;
        private String sentenceClass;
        private String carried;

        Classes(String heading) {
            this.heading = heading;
            this.carried = heading;
        }

        void newSentence() {
            sentenceBase = null;
            sentenceClass = null;
        }

        String of(FeeSubjects.ClassName named, boolean nested, boolean tiered) {
            if (named != null && named.base() != null) {
                if (!nested) {
                    sentenceBase = named.base();
                    sentenceClass = named.text();
                    carried = sentenceClass;
                }
                return named.text();
            }
            if (named != null) {
                // "…；不能计量的，…": the same payers under another condition
                String base = sentenceBase != null ? sentenceBase : heading;
                return base == null ? null : new FeeSubjects.ClassName(base, named.condition()).text();
            }
            if (sentenceClass != null) {
                return sentenceClass;
            }
            return tiered || nested ? carried : heading;
        }
    }

    /** "居民生活污水处理费": a class of water use printed without 用水 before a water charge is that use. */
    private static String waterClass(String cls, String charge) {
        boolean waterCharge = charge.equals(ChargeNames.WATER_PRICE) || charge.equals(ChargeNames.DELIVERED_PRICE)
                || charge.contains("水");
        return cls != null && waterCharge && cls.endsWith("生活") ? cls + "用水" : cls;
    }

    /** The words of a subject after its last comma: what the amount right after them is. */
    private static String lastPart(String subject) {
        int at = Math.max(Math.max(subject.lastIndexOf('，'), subject.lastIndexOf(',')), subject.lastIndexOf('；'));
        return subject.substring(at + 1);
    }

    private static String afterLastSemicolon(String s) {
        return s.substring(Math.max(s.lastIndexOf('；'), s.lastIndexOf(';')) + 1);
    }

    /** The charge later sentences of the paragraph inherit: the last one this sentence names outside parentheses. */
    private static String carriedAfter(String sentence, List<Mention> mentions, Parens parens, String carried) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (parens.depthAt(m.start()) == 0) {
                return isListed(sentence, mentions, m) ? null : m.charge();
            }
        }
        return carried;
    }

    /** The last charge named before {@code at} that is not inside parentheses closed before it. */
    private static Mention lastVisible(List<Mention> mentions, Parens parens, int at) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.end() <= at && parens.encloses(m.start(), at)) {
                found = m;
            }
        }
        return found;
    }

    /** Whether {@code m} is one of two different charges named together (供水价格和污水处理费). */
    private static boolean isListed(String sentence, List<Mention> mentions, Mention m) {
        int i = mentions.indexOf(m);
        Mention before = i > 0 ? mentions.get(i - 1) : null;
        Mention after = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        return joined(sentence, before, m) || joined(sentence, m, after);
    }

    private static boolean joined(String sentence, Mention a, Mention b) {
        return a != null && b != null && !Objects.equals(a.charge(), b.charge())
                && LIST_JOIN.matcher(sentence.substring(a.end(), b.start())).matches();
    }

    /** {@code text} (the part of a sentence at {@code from}..{@code to}) with the charges it names blanked. */
    private static String blank(String text, List<Mention> mentions, int from, int to) {
        char[] chars = text.toCharArray();
        for (Mention m : mentions) {
            for (int i = Math.max(m.start(), from); i < Math.min(m.end(), to); i++) {
                chars[i - from] = ' ';
            }
        }
        return new String(chars);
    }

    /** The parenthesised groups of a sentence: which group each position is in. */
    private static final class Parens {
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
}
