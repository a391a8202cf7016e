package com.gazettesearch.records.chronicle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds people named with a title in chronicle text: "区委副书记、区长郑明明主持…" gives
 * (郑明明, 区委副书记、区长); "区领导向艳平、翟明华、曾治国参加" gives three people titled 区领导.
 *
 * <p>Chinese has no spaces, so a name is only accepted where the text leaves no doubt where it
 * ends: 2–3 characters (a compound surname allows 4) right after a title word, starting with a
 * common surname, and followed either by punctuation or by a word that typically follows a name
 * (主持, 参加, 出席, 一行 …). Anything else is left out: a missed name is better than a false one
 * such as "主持召开".
 */
final class PeopleFinder {

    /** Title words, longest first so that 常务副区长 is preferred to 区长. */
    private static final List<String> TITLES = List.of(
            "区委副书记", "区委书记", "区委常委", "区领导", "市领导", "县领导", "常务副区长", "副区长", "区长",
            "常务副市长", "副市长", "市长", "常务副县长", "副县长", "县长", "副镇长", "镇长", "副乡长", "乡长",
            "党组书记", "党委书记", "纪委书记", "副书记", "书记", "副主任", "主任", "副主席", "主席",
            "副局长", "局长", "副部长", "部长", "秘书长", "副总经理", "总经理", "副董事长", "董事长",
            "副总裁", "总裁", "副组长", "组长", "副院长", "院长", "副校长", "校长", "副厅长", "厅长",
            "副省长", "省长", "副处长", "处长", "副所长", "所长", "副站长", "站长", "副队长", "队长",
            "常委", "委员", "负责人").stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** Title words that precede someone else's words rather than a name (习近平总书记关于…). */
    private static final List<String> NOT_BEFORE_NAME = List.of("总书记");

    /** Words that typically follow a name; longer ones are the strong evidence. */
    private static final List<String> FOLLOWERS = List.of(
            "主持", "出席", "参加", "颁发", "带队", "率队", "带领", "督导", "调研", "会见", "会晤", "来到", "强调",
            "走访", "慰问", "看望", "致辞", "讲话", "陪同", "一行", "检查", "指出", "表示", "召开", "前往", "听取",
            "接待", "宣布", "代表", "参观", "视察", "考察", "要求", "部署", "同志", "主讲", "介绍", "汇报", "发言",
            "宣读", "签约", "签署", "一同", "共同", "传达", "作", "致", "等", "以", "在", "为", "赴", "到", "与", "和",
            "及", "就", "对", "率");

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                    + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
                    + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
                    + "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
                    + "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
                    + "虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海"
                    + "阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊"
                    + "阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展"
                    + "阴昝智幸奉植衡富尧闭由";
    private static final List<String> COMPOUND_SURNAMES = List.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "宇文", "夏侯", "司徒",
            "轩辕", "端木", "澹台", "南宫", "西门", "独孤");

    /** Characters that end a clause; a title chain never reaches across them. */
    private static final String CLAUSE_END = "，,。；;：:！!？?\n“”\"";

    /** What a clause may open with before the title of the person it names (会见…总经理彭先庆). */
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:分别)?(?:会见|会晤|接见|看望|慰问|陪同|接待|邀请|聘请|聘任|与|和|同|及)");

    private final Pattern placePrefix;

    /** @param region the document's region (e.g. 怀化市鹤城区), whose name is trimmed from titles; may be null */
    PeopleFinder(String region) {
        this.placePrefix = placePrefix(region);
    }

    List<Person> find(String text) {
        Map<String, Person> people = new LinkedHashMap<>();
        int consumedTo = 0;
        for (int e = 1; e <= text.length(); e++) {
            if (e < consumedTo || !titleEndsAt(text, e)) {
                continue;
            }
            String name = nameAt(text, e);
            if (name == null) {
                continue;
            }
            String title = titleBefore(text, e, consumedTo);
            people.putIfAbsent(name, new Person(name, title));
            int pos = e + name.length();
            // 区领导向艳平、翟明华、曾治国: further names after 、 share the title
            while (pos < text.length() && text.charAt(pos) == '、') {
                String next = nameAt(text, pos + 1);
                if (next == null || startsWithTitle(text, pos + 1)) {
                    break;
                }
                people.putIfAbsent(next, new Person(next, title));
                pos += 1 + next.length();
            }
            consumedTo = pos;
        }
        return new ArrayList<>(people.values());
    }

    private static boolean titleEndsAt(String text, int e) {
        for (String t : TITLES) {
            int s = e - t.length();
            if (s >= 0 && text.startsWith(t, s)) {
                for (String no : NOT_BEFORE_NAME) {
                    int ns = e - no.length();
                    if (ns >= 0 && text.startsWith(no, ns)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithTitle(String text, int pos) {
        for (int e = pos + 1; e <= Math.min(text.length(), pos + 12); e++) {
            if (titleEndsAt(text, e)) {
                return true;
            }
        }
        return false;
    }

    /** The name that starts at {@code pos}, or null when there is no unambiguous one. */
    static String nameAt(String text, int pos) {
        int runEnd = pos;
        while (runEnd < text.length() && isHan(text.charAt(runEnd))) {
            runEnd++;
        }
        int run = runEnd - pos;
        if (run < 2) {
            return null;
        }
        int surname = surnameLength(text, pos);
        // 县长强调 / 县长主持: 强 and 主 can be surnames, but these are the words that follow a name
        if (surname == 0 || followerAt(text, pos, 2)) {
            return null;
        }
        int max = surname == 2 ? 4 : 3;
        // a name that is all there is before punctuation: 区长郑明明，
        if (run <= max) {
            String whole = text.substring(pos, runEnd);
            // "唐成等，" is 唐成 and others
            if (run == 3 && surname == 1 && whole.endsWith("等")) {
                return whole.substring(0, 2);
            }
            return whole;
        }
        // a three-character name before a two-character follower is the strongest reading
        // (郑明明主持); then a two-character name before any follower (唐成主持, 刘平等, 姚晨致辞);
        // then three characters before a one-character follower (郑明明以…)
        int shortest = surname + 1;
        for (int len = max; len >= shortest; len--) {
            if (len > shortest && followerAt(text, pos + len, 2)) {
                return text.substring(pos, pos + len);
            }
        }
        if (followerAt(text, pos + shortest, 1)) {
            return text.substring(pos, pos + shortest);
        }
        for (int len = shortest + 1; len <= max; len++) {
            if (followerAt(text, pos + len, 1)) {
                return text.substring(pos, pos + len);
            }
        }
        return null;
    }

    private static boolean followerAt(String text, int pos, int minLength) {
        for (String f : FOLLOWERS) {
            if (f.length() >= minLength && text.startsWith(f, pos)) {
                return true;
            }
        }
        return false;
    }

    private static int surnameLength(String text, int pos) {
        for (String c : COMPOUND_SURNAMES) {
            if (text.startsWith(c, pos)) {
                return 2;
            }
        }
        return SURNAMES.indexOf(text.charAt(pos)) >= 0 ? 1 : 0;
    }

    /**
     * The title chain that ends at {@code e}: the clause back to the last punctuation, taking in
     * earlier titles joined by 、 (区委副书记、区长) but not earlier names (区长甲、副区长乙).
     */
    private String titleBefore(String text, int e, int floor) {
        int start = segmentStart(text, e, floor);
        while (start > floor && text.charAt(start - 1) == '、') {
            int prevEnd = start - 1;
            if (!titleEndsAt(text, prevEnd)) {
                break;
            }
            start = segmentStart(text, prevEnd, floor);
        }
        String title = text.substring(start, e).strip().replaceAll("\\s+", "");
        title = LEADING_VERB.matcher(title).replaceFirst("");
        return placePrefix == null ? title : placePrefix.matcher(title).replaceFirst("");
    }

    /** Where the clause ending at {@code e} starts; never before {@code floor}, the end of the last name. */
    private static int segmentStart(String text, int e, int floor) {
        int s = e;
        while (s > floor && CLAUSE_END.indexOf(text.charAt(s - 1)) < 0 && text.charAt(s - 1) != '、'
                && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /**
     * For 怀化市鹤城区: "鹤城" or "怀化市鹤城" before 区委/区政府…, so that 鹤城区委书记 reads 区委书记, the
     * title as the region's own texts use it.
     */
    private static Pattern placePrefix(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        var units = Pattern.compile("(\\p{IsHan}+?)(自治区|自治州|省|市|州|盟|县|区|旗)").matcher(region);
        List<String[]> parts = new ArrayList<>();
        while (units.find()) {
            parts.add(new String[] {units.group(1), units.group(2)});
        }
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder higher = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            higher.append(Pattern.quote(parts.get(i)[0] + parts.get(i)[1]));
        }
        String[] last = parts.getLast();
        String pattern = "^" + (higher.isEmpty() ? "" : "(?:" + higher + ")?") + Pattern.quote(last[0])
                + "(?=" + Pattern.quote(last[1]) + ")";
        return Pattern.compile(pattern);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
