package com.gazettesearch.records.fee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text names a charge, and under which name it is filed. The water price (供水价格, 自来水价格, 居民生活用水
 * 价格, 基本水价 …) is {@value #WATER_PRICE}; the price a household pays in all, fees included (到户价格, 终端水价,
 * 综合水价), is {@value #DELIVERED_PRICE}; fees keep their names (污水处理费, 水资源费, 垃圾处理费 …), and a fee the
 * notice's title names is known by the title's name for it. 水费 alone says a bill, not which charge: it is a
 * mention of an unknown charge, so the price after it is not filed under the charge named before.
 */
final class ChargeNames {
    static final String WATER_PRICE = "水价";
    static final String DELIVERED_PRICE = "到户水价";

    /** A charge named at {@code [start, end)}; {@code charge} is null for a charge that cannot be told (水费). */
    record Mention(int start, int end, String charge) {
    }

    private static final String DELIVERED = "(?:到户|终端|综合)(?:终端)?(?:供水)?(?:水价|价格|价|水费)";
    // 居民生活用水价格, 居民生活用水阶梯价格: the charge is 价格, 用水 stays with the class
    private static final String WATER = "(?<!用)(?:基本|阶梯式?)?水价(?:格)?|供水价格?|自来水价格?|(?<=用水)(?:阶梯式?)?价格?";
    private static final String FEES = "污水(?:处理)?费|水资源费|水资源税|(?:生活)?垃圾(?:处理|清运|收集|收运)?费|排水费";
    private static final Pattern KNOWN = Pattern.compile(
            "(?<delivered>" + DELIVERED + ")|(?<water>" + WATER + ")|(?<fee>" + FEES + ")|(?<unknown>水费)");

    private final List<String> titleCharges;
    private final Pattern titleNames;

    /** @param titleCharges the charges the notice's title names, as {@link FeeExtractor} read them */
    ChargeNames(List<String> titleCharges) {
        this.titleCharges = List.copyOf(titleCharges);
        List<String> fees = titleCharges.stream().filter(c -> c.endsWith("费") || c.endsWith("价格"))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        this.titleNames = fees.isEmpty() ? null : Pattern.compile(String.join("|", fees));
    }

    /**
     * The charge a title segment names (县城供水价格 → 水价, 居民生活污水处理费 → 污水处理费), or null when it names
     * none of the known ones.
     */
    static String known(String segment) {
        Matcher m = KNOWN.matcher(segment);
        while (m.find()) {
            if (m.group("delivered") != null) {
                return DELIVERED_PRICE;
            }
            if (m.group("water") != null) {
                return WATER_PRICE;
            }
            if (m.group("fee") != null) {
                return fullName(m.group("fee"));
            }
        }
        return null;
    }

    /** Every charge {@code text} names, in printed order. */
    List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = KNOWN.matcher(text);
        while (m.find()) {
            String charge;
            if (m.group("delivered") != null) {
                charge = DELIVERED_PRICE;
            } else if (m.group("water") != null) {
                charge = WATER_PRICE;
            } else if (m.group("fee") != null) {
                charge = titleName(fullName(m.group("fee")));
            } else {
                charge = null;
            }
            found.add(new Mention(m.start(), m.end(), charge));
        }
        if (titleNames != null) {
            // a fee only the title names (城市基础设施配套费), where no known name is printed
            Matcher t = titleNames.matcher(text);
            while (t.find()) {
                int start = t.start();
                int end = t.end();
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Mention(start, end, t.group()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** One name per fee: 污水费 is what people call 污水处理费, 生活垃圾处理费 is 垃圾处理费. */
    private static String fullName(String fee) {
        return switch (fee) {
            case "污水费" -> "污水处理费";
            case "生活垃圾处理费" -> "垃圾处理费";
            default -> fee;
        };
    }

    /** The title's name for a fee the body names more briefly or more fully (垃圾处理费 ↔ 生活垃圾处理费). */
    private String titleName(String fee) {
        for (String c : titleCharges) {
            if (c.endsWith(fee) || fee.endsWith(c)) {
                return c;
            }
        }
        return fee;
    }
}
