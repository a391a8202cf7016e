package com.gazettesearch.records.fee;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.Section;
import com.gazettesearch.records.fee.ChargeNames.Mention;
import com.gazettesearch.records.fee.PriceStatements.Statement;

/**
 * Reads the fee items of one section of a fee notice, sentence by sentence: each price statement ({@link
 * PriceStatements}) is filed under the charge named nearest before it — in its own words, earlier in its paragraph,
 * in the headings above it, or the title's only charge — with the area, class and tier its words give ({@link
 * FeeSubjects}). A charge named inside parentheses counts only there ({@link Parens}); after a list of charges or
 * 水费 the charge cannot be told and the price is left out.
 */
final class PriceLines {
    private PriceLines() {
    }

    /** A sentence that proposes rather than sets: 拟将…调整为, 建议调整为, 方案一. */
    private static final Pattern PROPOSAL_SENTENCE = Pattern.compile(
            "拟(?:将|调整|定|按|为|上调|提高|下调|实行|执行|制定|收取|征收)|建议(?:将|调整|为|按)|方案\\s*[一二三四1-4]|调价方案");
    /** 方案一： / （二）方案二： opening a sentence or heading: the alternative of a proposal the prices after it are. */
    private static final Pattern SCHEME = Pattern.compile(
            "^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[)）、.]\\s*)?(方案\\s*[一二三四五六七八九十\\dA-Da-d])(?:\\s*[:：]|\\s*$)");
    /** Money that a fee notice may name that is not a price of the charge. */
    private static final Pattern OTHER_MONEY = Pattern.compile(
            "押金|保证金|滞纳金|违约金|罚款|罚金|奖励|补助|补贴|工本费|手续费|赔偿|投资|资金|经费|预算");
    /** Two charges named as a list: what follows applies to both, so to neither alone. */
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:和|及|与|以及|、|,|，)\\s*$");

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

    /** The fee items {@code section} of {@code notice} states, in printed order. */
    static List<FeeItem> in(FeeNotice notice, Section section) {
        List<FeeItem> out = new ArrayList<>();
        HeadingContext heading = HeadingContext.of(section, notice.names());
        // the charge prices of this paragraph are filed under when they name none; null: cannot be told
        String carried = heading.charge() != null ? heading.charge() : notice.defaultCharge();
        String area = heading.area();
        Classes classes = new Classes(heading.waterClass());
        String scheme = null;
        for (String h : section.path()) {
            scheme = scheme(h, scheme);
        }
        for (String sentence : FeeText.sentences(FeeText.normalize(section.text()))) {
            scheme = scheme(sentence, scheme);
            List<Mention> mentions = notice.names().in(sentence);
            Parens parens = new Parens(sentence);
            boolean proposed = notice.proposal() || PROPOSAL_SENTENCE.matcher(sentence).find();
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
                if (cls == null && charge != null) {
                    cls = notice.subjectClasses().get(charge);
                }
                if (charge == null || OTHER_MONEY.matcher(lastPart(blanked)).find()) {
                    // which charge it is cannot be told, or the amount is not a price (押金, 滞纳金, 补助 …)
                    continue;
                }
                out.add(new FeeItem(notice.doc().region(), charge, area, waterClass(cls, charge), tier, st.oldPrice(),
                        st.newPrice(), "元/" + st.unit(), notice.collections().get(charge),
                        proposed ? null : notice.effective(), proposed, proposed ? scheme : null, notice.doc().id(),
                        notice.doc().docNumber(),
                        notice.doc().title(), section.id()));
            }
            carried = carriedAfter(sentence, mentions, parens, carried);
        }
        return out;
    }

    /** The scheme {@code text} opens with (方案一：…), else {@code carried}. */
    private static String scheme(String text, String carried) {
        Matcher m = SCHEME.matcher(text);
        return m.find() ? m.group(1).replaceAll("\\s+", "") : carried;
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

}
