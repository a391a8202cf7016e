package com.gazettesearch.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Traditional characters as the recognisers and the analyzers read them: a text printed wholly in traditional
 * characters (a repost, a Hong Kong or Taiwan mirror of a mainland document: 關于…的通知, 鄂政發〔2018〕26號, 牽頭單位) is
 * folded to simplified characters for recognition, so that rules written for 关于 / 号 / 牵头单位 see it, and every
 * text is folded as it is analyzed, at indexing and at query time, so that 牵头单位 finds 牽頭單位 and the other way;
 * what is stored and shown stays as printed ({@link Folding#restore}). The table is one character for one character (folding keeps every
 * offset) and covers the characters of official documents' structure words, organisation names and common
 * vocabulary, not the whole language: a character it lacks is left as printed. No library for this is in the
 * project's offline Maven repository (OpenCC's Java ports are not), hence the table.
 */
public final class TraditionalChinese {
    /** Traditional characters, each folded to the character at the same index of {@link #SIMPLIFIED}. */
    private static final String TRADITIONAL =
            "關於發號見務區縣鄉鎮級廳會辦書條規劃實細則應當門處監質設計農業機構員總統傳報導單頭責牽協參與負衛財稅環經濟貿開資國廣東產"
            + "價費標準執聯為對將從後時間體進優營調廢頒佈轉護權據請議決紀錄記項屬長隊館團場廠黨組織類種節編觀點億萬醫療險養邊網絡電數雲"
            + "庫貨運輸鐵車輛橋災氣變態戰積極築樣圖檔證圍際內題這個們來還給說讀寫講認識許論語該試詳讓訂評訊詢誠諾審劑輔軍幹閱陽陰陸隨雜"
            + "難韓順預領頻額風飛飲馬駐驗魚鳥鹽麥齊龍龜壓壞壩壇奮婦學寧寶專尋層歲島峽幣帶廬廈張強歸彙徵徑憲戶擔擴擇擊換損搶攜敵斷曆歷棄"
            + "樓樂歐殘殺滅溝測湧滿漁漢潔澤濕煙熱燈爭牆獎獨現畫異盡盤礦確碼禮禍穩窮競筆範簡糧紅約紡線終結絲維綜綠緊績繳續罰羅義習聽職肅"
            + "脅腦臨興舉艦藝藥蘇蘭術補裝製複覽視親覺訓訪誤談諮謝貝貢貧販貫貴買貸賓賠賣購贊趙軌軟載輕較輪轄連週過達違遠選遺遷適鄰釋針鋼"
            + "錢錯鍵閉陳隱雙雞離靜須顯飯駕騰髮鬥鮮鳳齡壯聲簽蓋獲動勞勢勵卻叢響問啟圓園堅塊墾壘夠夢奪奧姦嬰屆幾彈復徹恆惡愛慶憂懷拋掃掛"
            + "採揚擁擬攝敗敘斂無舊晉暫曉槍樞樹橫檢歡沒淨涼淺湯溫滬漲潛濃濱灣烏獻畝瘧盜睏礎禦稱穀竊籌納紙紹綱緣縮罷聖聞腳膠臺莊華葉蔣蟲"
            + "衝裏襲觸誌誰課諸謀讚豐豬貓賬賴趨跡踐蹤躍輯辭鄭釀鑒鑑閒陣隸雖靈韋頁頓頗顧飄飽餘騙驅驚鬧魯鴻麗黃齒喪嚴兒儀儲兩冊凍劉剛創劇"
            + "劍勁勸勻匯厭厲吳呂唄嗎塗塵墊壽夾奐妝婁媽孫寬寢屍岡嶺嶽巖幫廁廚廟弔彌彎徠憑憤懇懲懶戲擋擠攤敎斕晝暢曬棟榮檯櫃殼毀氫氾沖況"
            + "淚滯漸澇濫瀏灑灘燒燦爐爾牘犧狀獄獅瑪瓊甕畢盧眾睜矯碩磚祿禪稟穎窩竄籃糾紐紛絕綁緒緩練縱繩繫繼纖缽罈聳脈膽臉艱莖薦薩虛裡褲"
            + "襯訴詐詞詩誇誘諒謊謠譜豎貞貪貶賀賦賢賺贈贖趕軸輩輻辯遞遜遙遲郵醜釣鈔鉛銀銅銷鋪鍋鍛鎖鏈鐘鑽閃閣閩闆闊陝隻霧頂頃頸顆颱飢飾"
            + "餅餵饒駁騎骯髒鬆鮑鴨鵝鹼麼黴齋龐";
    private static final String SIMPLIFIED =
            "关于发号见务区县乡镇级厅会办书条规划实细则应当门处监质设计农业机构员总统传报导单头责牵协参与负卫财税环经济贸开资国广东产"
            + "价费标准执联为对将从后时间体进优营调废颁布转护权据请议决纪录记项属长队馆团场厂党组织类种节编观点亿万医疗险养边网络电数云"
            + "库货运输铁车辆桥灾气变态战积极筑样图档证围际内题这个们来还给说读写讲认识许论语该试详让订评讯询诚诺审剂辅军干阅阳阴陆随杂"
            + "难韩顺预领频额风飞饮马驻验鱼鸟盐麦齐龙龟压坏坝坛奋妇学宁宝专寻层岁岛峡币带庐厦张强归汇征径宪户担扩择击换损抢携敌断历历弃"
            + "楼乐欧残杀灭沟测涌满渔汉洁泽湿烟热灯争墙奖独现画异尽盘矿确码礼祸稳穷竞笔范简粮红约纺线终结丝维综绿紧绩缴续罚罗义习听职肃"
            + "胁脑临兴举舰艺药苏兰术补装制复览视亲觉训访误谈咨谢贝贡贫贩贯贵买贷宾赔卖购赞赵轨软载轻较轮辖连周过达违远选遗迁适邻释针钢"
            + "钱错键闭陈隐双鸡离静须显饭驾腾发斗鲜凤龄壮声签盖获动劳势励却丛响问启圆园坚块垦垒够梦夺奥奸婴届几弹复彻恒恶爱庆忧怀抛扫挂"
            + "采扬拥拟摄败叙敛无旧晋暂晓枪枢树横检欢没净凉浅汤温沪涨潜浓滨湾乌献亩疟盗困础御称谷窃筹纳纸绍纲缘缩罢圣闻脚胶台庄华叶蒋虫"
            + "冲里袭触志谁课诸谋赞丰猪猫账赖趋迹践踪跃辑辞郑酿鉴鉴闲阵隶虽灵韦页顿颇顾飘饱余骗驱惊闹鲁鸿丽黄齿丧严儿仪储两册冻刘刚创剧"
            + "剑劲劝匀汇厌厉吴吕呗吗涂尘垫寿夹奂妆娄妈孙宽寝尸冈岭岳岩帮厕厨庙吊弥弯徕凭愤恳惩懒戏挡挤摊教斓昼畅晒栋荣台柜壳毁氢泛冲况"
            + "泪滞渐涝滥浏洒滩烧灿炉尔牍牺状狱狮玛琼瓮毕卢众睁矫硕砖禄禅禀颖窝窜篮纠纽纷绝绑绪缓练纵绳系继纤钵坛耸脉胆脸艰茎荐萨虚里裤"
            + "衬诉诈词诗夸诱谅谎谣谱竖贞贪贬贺赋贤赚赠赎赶轴辈辐辩递逊遥迟邮丑钓钞铅银铜销铺锅锻锁链钟钻闪阁闽板阔陕只雾顶顷颈颗台饥饰"
            + "饼喂饶驳骑肮脏松鲍鸭鹅碱么霉斋庞";
    /**
     * The simplified form of each traditional character of the table, by character code (0: not folded): a lookup
     * cheap enough for every character an analyzer reads.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final Set<Character> SIMPLIFIED_FORMS = new HashSet<>();
    /** A text needs this many traditional-only characters, and few simplified-only ones, to be folded. */
    private static final int MIN_TRADITIONAL = 8;
    private static final int TRADITIONAL_PER_SIMPLIFIED = 4;

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("traditional and simplified tables differ in length");
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            FOLDED[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
            SIMPLIFIED_FORMS.add(SIMPLIFIED.charAt(i));
        }
    }

    private TraditionalChinese() {
    }

    /** {@code text} with every traditional character of the table folded to its simplified form; same length. */
    public static String fold(String text) {
        char[] out = text.toCharArray();
        fold(out, 0, out.length);
        return new String(out);
    }

    /** The simplified form of {@code c} when the table has one, else {@code c}. */
    public static char fold(char c) {
        char s = FOLDED[c];
        return s != 0 ? s : c;
    }

    /** Folds {@code length} characters of {@code chars} from {@code offset} in place, as {@link #fold(String)}. */
    public static void fold(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char s = FOLDED[chars[i]];
            if (s != 0) {
                chars[i] = s;
            }
        }
    }

    /** {@code text} with each character {@code map} has replaced by its value; same length. */
    private static String replaced(String text, Map<Character, Character> map) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            Character r = map.get(out[i]);
            if (r != null) {
                out[i] = r;
            }
        }
        return new String(out);
    }

    /**
     * True when {@code text} is printed in traditional characters: many of the table's traditional characters and
     * few of their simplified forms (a simplified text quoting a traditional name is not one).
     */
    public static boolean isTraditional(String text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (FOLDED[c] != 0) {
                traditional++;
            } else if (SIMPLIFIED_FORMS.contains(c)) {
                simplified++;
            }
        }
        return traditional >= MIN_TRADITIONAL && traditional >= TRADITIONAL_PER_SIMPLIFIED * simplified;
    }

    /** How a text was folded, to give what the recognisers found back in the characters the text prints. */
    public static Folding folding(String original) {
        return new Folding(original);
    }

    /** The folding of one text, and its way back. */
    public static final class Folding {
        /** simplified form -> the one traditional character the text prints for it (absent when ambiguous). */
        private final Map<Character, Character> back = new HashMap<>();
        private final String original;
        private final String folded;

        private Folding(String original) {
            this.original = original;
            // folding is one character for one: a range of the folded text is the same range of the original
            this.folded = fold(original);
            Set<Character> printedAsIs = new HashSet<>();
            Set<Character> ambiguous = new HashSet<>();
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                char s = FOLDED[c];
                if (s == 0) {
                    if (SIMPLIFIED_FORMS.contains(c)) {
                        printedAsIs.add(c);
                    }
                    continue;
                }
                Character before = back.putIfAbsent(s, c);
                if (before != null && before != c) {
                    ambiguous.add(s);
                }
            }
            // a simplified form the text also prints as such (關于 with 于) or that two traditional characters share
            // cannot be given back with certainty: it stays simplified
            printedAsIs.forEach(back::remove);
            ambiguous.forEach(back::remove);
        }

        /** The text folded to simplified forms (what {@link #fold} gives), made once for the folding. */
        public String folded() {
            return folded;
        }

        /**
         * {@code found} (found in the folded text) in the characters the text prints; null stays null. A string that
         * is a range of the folded text is that range of the original, so 若干 and 幹部 both come back as printed; one
         * the parser put together (lines joined) is given back line by line, and what is no range of the text
         * character by character, where a simplified form the text also prints or that two traditional characters
         * share stays simplified.
         */
        public String restore(String found) {
            if (found == null) {
                return null;
            }
            String exact = sameRange(found);
            if (exact != null) {
                return exact;
            }
            String[] lines = found.split("\n", -1);
            StringBuilder out = new StringBuilder(found.length());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append('\n');
                }
                String line = sameRange(lines[i]);
                out.append(line != null ? line : replaced(lines[i], back));
            }
            return out.toString();
        }

        /** The original of {@code s} when it is a range of the folded text (two characters or more), else null. */
        private String sameRange(String s) {
            if (s.length() < 2) {
                return s.isEmpty() ? s : null;
            }
            int at = folded.indexOf(s);
            return at < 0 ? null : original.substring(at, at + s.length());
        }
    }
}
