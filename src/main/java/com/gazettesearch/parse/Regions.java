package com.gazettesearch.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region (地区) an issuer belongs to, read from the administrative units its name begins with: 省, 自治区, 市,
 * 自治州/州, 盟, 地区, 县, 旗, 区, 新区, 综合实验区, 开发区 … — 安徽省 from 安徽省人民政府办公厅, 包头市 from 包头市人民政府办公室,
 * 株洲市渌口区 from 株洲市渌口区发展和改革局, a town under its district or county (X区Y镇人民政府 → X区Y镇), 平潭综合实验区 from 平潭综合实验区管委会. A short form is completed from the text
 * when the text prints the full name (阿坝州 → 阿坝藏族羌族自治州; 鹤城区 → 怀化市鹤城区); otherwise it stays as printed.
 * No place is known by name: only the unit words are.
 */
final class Regions {
    private Regions() {
    }

    /** Unit suffixes, longest first so 自治州 is read before 州 and 新区 before 区. */
    private static final String UNIT = "(?:综合实验区|经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|新区|自治区|自治州|自治县"
            + "|特别行政区|地区|省|市|州|盟|县|旗|区)";
    /**
     * One unit: a name of one to eight characters, then its unit word. Names never contain an organisation word, and a
     * unit word is none when it begins a word with the character after it (国家市场监督管理总局: 市场, not 国家市; 区域, 县级).
     */
    private static final Pattern ONE_UNIT = Pattern.compile("^(((?:(?!人民|政府|中共|党委|委员会|办公|管理|发展|改革|经济和|信息化)\\p{IsHan}){1,8}?)"
            + UNIT + ")(?![场域级])");
    /**
     * A town (镇, 乡) under the unit before it (奉贤区柘林镇): read only after another unit, and only with a name of two
     * characters or more, so that 乡镇企业局 or 城乡建设局 name no town.
     */
    private static final Pattern TOWN = Pattern.compile("^(((?:(?!人民|政府|中共|党委|委员会|办公|管理|发展|改革)\\p{IsHan}){2,8}?)"
            + "[镇乡])(?![场域级村建政企])");
    /** Names of the units after the first have two characters at least, but see {@link #innerUnit}. */
    private static final int MIN_INNER_NAME = 2;
    /** Characters that with 区/县 make a word rather than a district: 社区, 园区, 景区, 辖区, 全区, 本区, 城区 … */
    private static final String NOT_A_NAME = "社园景辖全本该各我城小校分片山库矿港营";
    private static final int MAX_UNITS = 3;
    /** Words a title or sentence opens with before a place name. */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:关于|印发|转发|根据|按照|同意|对|在|经|由|向|为|和|与|及)+");

    /** The region of {@code issuer}, completed from {@code text}; null when the issuer names no unit. */
    static String of(String issuer, String text) {
        if (issuer == null) {
            return null;
        }
        StringBuilder region = new StringBuilder();
        String rest = issuer;
        int units = 0;
        for (; units < MAX_UNITS; units++) {
            Matcher m = ONE_UNIT.matcher(rest);
            if (!m.find() || (units > 0 && !innerUnit(m))) {
                m = TOWN.matcher(rest);
                if (units == 0 || !m.find()) {
                    break;
                }
            }
            region.append(m.group(1));
            rest = rest.substring(m.group(1).length());
        }
        if (units == 0) {
            return null;
        }
        return units == 1 ? completed(region.toString(), text) : region.toString();
    }

    /** The year a title of an annual text may open with before its place (2021年青岚市…统计报告). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s*年度?");

    /**
     * The region a title begins with (东营市城市供水条例 → 东营市; past a leading year, 2016年宜春市…职位表 → 宜春市), or
     * null when it begins with no unit.
     */
    static String leading(String title, String text) {
        return of(LEADING_YEAR.matcher(TextPatterns.titleKey(title)).replaceFirst(""), text);
    }

    /** The region {@code name} is when it is wholly one (文成县, 包头市稀土高新区), else null. */
    static String whole(String name, String text) {
        String region = of(name, "");
        return region != null && region.equals(name) ? of(name, text) : null;
    }

    /**
     * A single unit completed from the text: a short 州/盟 name whose full 自治州 name the text prints, or a district
     * or county the text prints under its city.
     */
    private static String completed(String unit, String text) {
        if (unit.endsWith("州") && !unit.endsWith("自治州")) {
            String name = unit.substring(0, unit.length() - 1);
            Matcher full = Pattern.compile(Pattern.quote(name) + "\\p{IsHan}{1,10}?自治州").matcher(text);
            if (full.find()) {
                return full.group();
            }
            return unit;
        }
        if (unit.endsWith("区") || unit.endsWith("县") || unit.endsWith("旗")) {
            // the city printed before the district where a name starts (a line, after a space or a mark), so
            // that the words before it are not taken for the city's name
            Matcher withCity = Pattern.compile("(?<!\\p{IsHan})(?:\\p{IsHan}{1,8}?(?:省|自治区))?(\\p{IsHan}{1,8}?(?:市|自治州|州|盟|地区))"
                    + Pattern.quote(unit)).matcher(text);
            if (withCity.find() && !withCity.group(1).contains(unit)) {
                // a sentence's first words are no part of the city's name (关于青岚市梧溪县…)
                String city = LEADING_WORDS.matcher(withCity.group(1)).replaceFirst("");
                return city.length() > 1 ? city + unit : unit;
            }
        }
        return unit;
    }

    /**
     * A unit after the first one: a name of two characters or more, or a one-character district or county (濮区)
     * unless its character makes an ordinary word with the unit (城市, 社区, 园区, 全区 …).
     */
    private static boolean innerUnit(Matcher m) {
        String name = m.group(2);
        String unit = m.group(1).substring(name.length());
        if (name.length() >= MIN_INNER_NAME) {
            return true;
        }
        return (unit.equals("区") || unit.equals("县") || unit.equals("旗")) && NOT_A_NAME.indexOf(name.charAt(0)) < 0;
    }
}
