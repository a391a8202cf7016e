package com.gazettesearch.web;

import java.math.BigDecimal;

/**
 * One validated fee calculation: what {@code GET /api/fees/calculate} asks the calculator. {@link #of} reads the
 * parameters through {@link Params}, so anything a user could get wrong is a 400 naming the parameter; whether the
 * region, area and class exist is the calculator's to say (it knows which ones do).
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

    static FeeCalculationRequest of(Params p) {
        String waterClass = p.required("class", Params.MAX_NAME, "e.g. class=居民生活用水");
        String region = p.text("region", Params.MAX_NAME);
        String area = p.text("area", Params.MAX_NAME);
        String charge = p.text("charge", Params.MAX_NAME);
        BigDecimal volume = volume(p.required("volume", Params.MAX_NAME, "a number of cubic metres ≥ 0, e.g. volume=10"));
        return new FeeCalculationRequest(region, area, charge, waterClass, volume, "true".equals(p.either("exempt", "true", "false")));
    }

    private static BigDecimal volume(String raw) {
        BigDecimal v;
        try {
            v = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw Params.bad("volume: not a number: " + raw);
        }
        if (v.signum() < 0 || v.compareTo(MAX_VOLUME) > 0) {
            throw Params.bad("volume: must be between 0 and " + MAX_VOLUME.toPlainString() + ", was " + raw);
        }
        // Checked before anything prints the number: 1e-999999999 written out plainly is a billion zeros.
        if (v.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw Params.bad("volume: at most " + MAX_DECIMALS + " decimal places, was " + raw);
        }
        return v;
    }
}
