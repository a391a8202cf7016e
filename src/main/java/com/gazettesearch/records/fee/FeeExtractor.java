package com.gazettesearch.records.fee;

import java.util.ArrayList;
import java.util.HashMap;
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
import com.gazettesearch.records.validity.ValidityExtractor;

/**
 * Reads the fee items and exemptions a fee or price notice sets (收费标准 / 征收标准 / 水价).
 *
 * <p>A document is a fee notice when its title (or, failing that, its text) names a charge ({@link NoticeCharges}):
 * a fee ending in 费 (污水处理费, 水资源费, 垃圾处理费 …), the water price (供水价格, 自来水价格, 居民生活用水价格 …) or
 * another price (管道天然气销售价格, under the title's name). Each section is read for its prices by {@link
 * PriceLines}, each price under the charge named nearest before it — a wrong charge is worse than none — and for its
 * reliefs by {@link FeeExemptions}. Prices that a hearing or consultation notice (听证, 征求意见, 拟调整) only
 * proposes are marked {@link FeeItem#proposed()}. The effective date is the document's stated start (see {@link
 * ValidityExtractor}); a price said twice is one item.
 */
public final class FeeExtractor {

    /** A notice that only proposes prices: a hearing (听证), a consultation (征求意见稿) or a draft (拟…, 草案). */
    private static final Pattern PROPOSAL_TITLE = Pattern.compile("听证|征求意见|意见稿|草案|拟");
    private static final Pattern COLLECTION = Pattern.compile(
            "随水费?(?:一并)?(?:征收|收取|计收)|由[\\p{IsHan}]{2,12}?(?:代征|代收)|委托[\\p{IsHan}]{2,12}?(?:代征|代收)");

    private final ValidityExtractor validity = new ValidityExtractor();

    /** The fee items and exemptions {@code doc} sets; {@link FeeSchedule#EMPTY} when it is not a fee notice. */
    public FeeSchedule extract(GazetteDocument doc) {
        NoticeCharges.Subject subject = NoticeCharges.subject(doc);
        List<String> charges = subject.charges();
        if (charges.isEmpty()) {
            return FeeSchedule.EMPTY;
        }
        ChargeNames names = new ChargeNames(charges);
        String defaultCharge = charges.size() == 1 ? charges.getFirst() : null;
        boolean proposal = PROPOSAL_TITLE.matcher(subject.text()).find();
        FeeNotice notice = new FeeNotice(doc, names, defaultCharge, proposal, collections(doc, names, defaultCharge),
                proposal ? null : validity.extract(doc).validFrom(), subjectClasses(subject, names, doc.region()));
        List<FeeItem> items = new ArrayList<>();
        List<FeeExemption> exemptions = new ArrayList<>();
        for (Section section : doc.sections()) {
            items.addAll(PriceLines.in(notice, section));
            exemptions.addAll(FeeExemptions.in(doc, section, names, defaultCharge));
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
                && a.unit().equals(b.unit()) && a.proposed() == b.proposed() && Objects.equals(a.scheme(), b.scheme());
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
                    i.unit(), i.collection(), i.effectiveDate(), i.proposed(), i.scheme(), i.docId(), i.docNumber(),
                    i.docTitle(), i.sectionId())
                    : i);
        }
        return out;
    }

    /**
     * The class the notice's subject names with a charge (…建立城镇居民生活用水阶梯价格制度 → 居民生活用水 for 水价), by
     * charge: the class of that charge's prices that name none of their own.
     */
    private static Map<String, String> subjectClasses(NoticeCharges.Subject subject, ChargeNames names, String region) {
        Map<String, String> out = new HashMap<>();
        String text = FeeText.normalize(subject.text());
        for (Mention m : names.in(text)) {
            String cls = m.charge() == null ? null : FeeSubjects.classBefore(text.substring(0, m.start()), region);
            if (cls != null) {
                out.putIfAbsent(m.charge(), cls);
            }
        }
        return out;
    }

    /** How each fee is collected (随水征收, 由供水企业代收), by charge; the water price itself is not "collected". */
    private static Map<String, String> collections(GazetteDocument doc, ChargeNames names, String defaultCharge) {
        Map<String, String> out = new HashMap<>();
        for (Section s : doc.sections()) {
            for (String sentence : FeeText.sentences(FeeText.normalize(s.text()))) {
                Matcher m = COLLECTION.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                Set<String> fees = new LinkedHashSet<>();
                names.in(sentence).stream().map(Mention::charge)
                        .filter(c -> c != null && c.endsWith("费")).forEach(fees::add);
                String charge = fees.size() == 1 ? fees.iterator().next()
                        : fees.isEmpty() && defaultCharge != null && defaultCharge.endsWith("费") ? defaultCharge : null;
                if (charge != null) {
                    out.putIfAbsent(charge, m.group());
                }
            }
        }
        return out;
    }

}
