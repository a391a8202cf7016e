package com.gazettesearch.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One validated fee calculation: what {@code GET /api/fees/calculate} asks the calculator. {@link #fromParams}
 * checks the raw parameters and throws {@link BadRequestException} naming the parameter for anything a user could
 * get wrong; whether the region, area and class exist is the calculator's to say (it knows which ones do).
 *
 * @param region     region of the notice, or null (the calculator picks the only one)
 * @param area       area as the notice names it (城区, 农村 …), or null
 * @param charge     the charge (污水处理费, 水价 …), or null (the calculator picks the class's only one)
 * @param waterClass use class as the notice names it (居民生活用水 …)
 * @param volume     cubic metres, 0..{@link #MAX_VOLUME}, at most {@value #MAX_DECIMALS} decimal places
 * @param exempt     whether the payer qualifies for the notice's exemption
 */
public record FeeCalculationRequest(String region, String area, String charge, String waterClass, BigDecimal volume,
                                    boolean exempt) {
    /** Largest volume accepted; a household's monthly use is a few dozen cubic metres. */
    public static final BigDecimal MAX_VOLUME = new BigDecimal("100000000");
    /** Litres: finer than any water meter reads, and it keeps the shown steps short. */
    public static final int MAX_DECIMALS = 3;
    /** Longest text parameter accepted. */
    public static final int MAX_PARAM = 200;

    public static FeeCalculationRequest fromParams(Map<String, List<String>> params) {
        String waterClass = text(params, "class");
        if (waterClass == null) {
            throw bad("class: required, e.g. class=居民生活用水");
        }
        return new FeeCalculationRequest(text(params, "region"), text(params, "area"), text(params, "charge"), waterClass,
                volume(text(params, "volume")), exempt(text(params, "exempt")));
    }

    private static BigDecimal volume(String raw) {
        if (raw == null) {
            throw bad("volume: required, a number of cubic metres ≥ 0, e.g. volume=10");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw bad("volume: not a number: " + raw);
        }
        if (v.signum() < 0 || v.compareTo(MAX_VOLUME) > 0) {
            throw bad("volume: must be between 0 and " + MAX_VOLUME.toPlainString() + ", was " + raw);
        }
        // Checked before anything prints the number: 1e-999999999 written out plainly is a billion zeros.
        if (v.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw bad("volume: at most " + MAX_DECIMALS + " decimal places, was " + raw);
        }
        return v;
    }

    private static boolean exempt(String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw bad("exempt: must be true or false, was " + raw);
    }

    /** A parameter given at most once, stripped; null when absent or blank. */
    private static String text(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw bad(name + ": must be given once, was given " + values.size() + " times");
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        String v = values.get(0);
        if (v.length() > MAX_PARAM) {
            throw bad(name + ": at most " + MAX_PARAM + " characters");
        }
        return v.strip();
    }

    private static BadRequestException bad(String message) {
        return new BadRequestException("bad_request", message);
    }
}
