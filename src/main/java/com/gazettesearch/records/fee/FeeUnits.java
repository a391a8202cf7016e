package com.gazettesearch.records.fee;

/**
 * The units prices are quoted in, as regular-expression parts and in one spelling: 立方米 (立方, m³, m3, 方), 吨,
 * and per-payer units such as 户·月 (元/户·月, 元/户/月, 元/(户·月), 每户每月), 人·月, 床位·月, 平方米·月, 月.
 */
final class FeeUnits {
    private FeeUnits() {
    }

    /** A decimal amount, not the tail of a longer number. */
    static final String NUM = "(?<![\\d.])\\d+(?:\\.\\d+)?";
    static final String VOLUME = "(?:立方米|立方|m³|m3|M3|㎥|方|吨)";
    static final String COUNT = "(?:户|人|床位|床|桶|平方米|㎡)";
    static final String PERIOD = "(?:月|年|日|天)";
    private static final String SEP = "\\s*[·•・.\\-/×*]?\\s*";
    /** What follows 元/ : a volume, a payer with an optional period, or a period and a payer. */
    static final String AFTER_SLASH = VOLUME + "|" + COUNT + "(?:" + SEP + PERIOD + ")?|" + PERIOD + SEP + COUNT;
    /** What follows 每 : 每立方米, 每户每月, 每户, 每月每户, 每月. */
    static final String AFTER_EACH = VOLUME + "|" + COUNT + "\\s*(?:每\\s*)?" + PERIOD + "?|" + PERIOD + "\\s*每\\s*"
            + COUNT + "|" + PERIOD;

    /** One spelling of a printed unit: 立方米, 吨, 户·月, 人·年, 户, 月. */
    static String normalize(String printed) {
        String u = printed.replaceAll("[\\s()（）每·•・.\\-/×*]", "");
        if (u.matches("立方米|立方|m³|m3|M3|㎥|方")) {
            return "立方米";
        }
        if (u.equals("吨")) {
            return "吨";
        }
        String count = null;
        String period = null;
        for (String c : new String[] {"床位", "平方米", "户", "人", "床", "桶", "㎡"}) {
            if (u.contains(c)) {
                count = c.equals("㎡") ? "平方米" : c;
                break;
            }
        }
        for (String p : new String[] {"月", "年", "日", "天"}) {
            if (u.contains(p)) {
                period = p.equals("天") ? "日" : p;
                break;
            }
        }
        if (count == null) {
            return period;
        }
        return period == null ? count : count + "·" + period;
    }

    /** Whether a price in {@code unit} (立方米, 吨) is per volume of water, so a volume allowance can apply. */
    static boolean isVolume(String unit) {
        return unit.equals("立方米") || unit.equals("吨");
    }
}
