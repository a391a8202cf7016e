package com.gazettesearch.records.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.fee.ChargeNames.Mention;
import com.gazettesearch.records.fee.FeeExemption.Reduction;

/**
 * The reliefs a fee notice grants, sentence by sentence: a free volume per period (城镇每户每月免征 6 立方米, 每户每月
 * 减免5立方米), the whole charge (对低保户免收垃圾处理费, 免征污水处理费) or half of it (减半收取). The relief is for the
 * charge its sentence names, else for the notice's only charge; a sentence that forbids relief (不得擅自减免) grants
 * none, and a whole-charge relief needs someone to receive it.
 */
final class FeeExemptions {
    private FeeExemptions() {
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String VOL = "(立方米|吨)";
    private static final Pattern EXEMPT_VERB = Pattern.compile("免征|免收|免交|减免|减半|免予|免于");
    private static final String PERIOD_ALT = "每户每月|每户每年|每人每月|每人每年|每户|每月";
    private static final Pattern VOLUME = Pattern.compile("(?:(" + String.join("|", FeeSubjects.AREAS) + ")\\s*)?(?:("
            + PERIOD_ALT + ")\\s*)?(免征|免收|免交|减免)?\\s*" + NUM + "\\s*" + VOL);
    private static final Pattern FULL = Pattern.compile("免征|免收|免交|免予(?:征收|收取|缴纳)|免于(?:征收|收取|缴纳)");
    private static final Pattern HALF = Pattern.compile("减半(?:收取|征收|计收|缴纳|收费)?");
    /** 不得擅自减免, 不予减免, 取消…免收: words that take relief away. */
    private static final Pattern NEGATED = Pattern.compile("(?:不得|不予|严禁|禁止|不再|不能|一律不|取消|停止)[^，,。；;]{0,8}$");
    private static final Pattern CONDITION = Pattern.compile("凭[^，。；,;]+");
    private static final Pattern WHO_END = Pattern.compile("凭|[，,]");

    static List<FeeExemption> in(GazetteDocument doc, Section section, ChargeNames names, String defaultCharge) {
        List<FeeExemption> out = new ArrayList<>();
        for (String sentence : FeeText.clauses(FeeText.normalize(section.text()))) {
            Matcher verb = EXEMPT_VERB.matcher(sentence);
            if (!verb.find() || NEGATED.matcher(sentence.substring(0, verb.start())).find()) {
                continue;
            }
            String charge = charge(names.in(sentence), defaultCharge);
            if (charge == null) {
                continue;
            }
            String who = who(sentence);
            Matcher cm = CONDITION.matcher(sentence);
            String condition = cm.find() ? cm.group().strip() : null;
            List<FeeExemption> volumes = volumes(doc, section, sentence, charge, who, condition);
            if (!volumes.isEmpty()) {
                out.addAll(volumes);
                continue;
            }
            if (who == null) {
                continue;
            }
            Reduction reduction = FULL.matcher(sentence).find() ? Reduction.FULL
                    : HALF.matcher(sentence).find() ? Reduction.HALF : null;
            if (reduction != null) {
                out.add(new FeeExemption(doc.region(), charge, who, null, reduction, null, null, null, condition,
                        doc.id(), doc.docNumber(), doc.title(), section.id()));
            }
        }
        return out;
    }

    private static List<FeeExemption> volumes(GazetteDocument doc, Section section, String sentence, String charge,
                                              String who, String condition) {
        List<FeeExemption> out = new ArrayList<>();
        String period = null;
        Matcher m = VOLUME.matcher(sentence);
        while (m.find()) {
            if (m.group(1) == null && m.group(3) == null) {
                // a bare volume ("的 6 立方米用水") is not an allowance
                continue;
            }
            if (m.group(2) != null) {
                period = m.group(2);
            }
            out.add(new FeeExemption(doc.region(), charge, who, m.group(1), Reduction.FREE_VOLUME,
                    new BigDecimal(m.group(4)), m.group(5), period, condition, doc.id(), doc.docNumber(), doc.title(),
                    section.id()));
        }
        return out;
    }

    /** The one fee the sentence names (the water price is not relieved this way), else the notice's only charge. */
    private static String charge(List<Mention> mentions, String defaultCharge) {
        String found = null;
        for (Mention m : mentions) {
            if (m.charge() == null || !m.charge().endsWith("费")) {
                continue;
            }
            if (found != null && !found.equals(m.charge())) {
                return null;
            }
            found = m.charge();
        }
        return found != null ? found : defaultCharge;
    }

    /**
     * The beneficiaries: the sentence's opening words up to 凭, a comma, the relief verb or the first allowance
     * ("城镇每户每月免征…"); an area word inside the group's name (城市低保家庭) does not end it.
     */
    private static String who(String sentence) {
        String s = FeeSubjects.LIST_MARKER.matcher(sentence.strip()).replaceFirst("").replaceFirst("^对于?", "");
        int end = s.length();
        Matcher w = WHO_END.matcher(s);
        if (w.find()) {
            end = w.start();
        }
        Matcher v = EXEMPT_VERB.matcher(s);
        if (v.find()) {
            end = Math.min(end, v.start());
        }
        Matcher allowance = VOLUME.matcher(s);
        while (allowance.find()) {
            if (allowance.group(1) != null || allowance.group(3) != null) {
                end = Math.min(end, allowance.start());
                break;
            }
        }
        String who = s.substring(0, end).strip().replaceFirst("(?:每户每月|每户每年|每户|每月)$", "").strip();
        return who.isEmpty() ? null : who;
    }
}
