package com.gazettesearch.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import com.gazettesearch.parse.DocNumbers;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.text.ChineseNumerals;

/**
 * A user's query as typed, taken apart into what the query builder needs: the content words with
 * question words and particles removed, quoted phrases, a 文号 or 登记号, ordinal references such as
 * 第二十条, and hint words implied by the kind of question (a "when" question asks for a 时间 or 日期).
 *
 * @param raw        the query as received, trimmed
 * @param segments   runs of content text (question words, particles and punctuation split them); each
 *                   run is searched as a phrase and as bigram terms
 * @param phrases    text the user put in quotes, to be matched exactly
 * @param docNumberKey bracket-free key of a 文号 in the query ({@link DocNumbers#key})
 * @param regNumber  a 登记号 in the query, upper case
 * @param ordinals   article / chapter / section references (第二十条 and 第20条 give the same ordinal)
 * @param hints      words implied by the question type, matched optionally
 * @param defined    what a "what is X" question asks to define (什么是数据专区, 预征预储是什么意思): the text that
 *                   defines it (本办法所称X, X是指, X作为) is preferred
 */
public record UserQuery(String raw, List<String> segments, List<String> phrases, Optional<String> docNumberKey,
                        Optional<String> regNumber, List<Ordinal> ordinals, List<String> hints, Optional<String> defined) {

    /** 第 n 条 / 章 / 节: the heading a user asks for by number. */
    public record Ordinal(int number, char unit) {
        /** The two ways gazettes print it: 第二十条 and 第20条. */
        public List<String> spellings() {
            return List.of("第" + ChineseNumerals.format(number) + unit, "第" + number + unit);
        }
    }

    // Longest first so that 什么时候 is removed before 什么.
    private static final List<String> QUESTION_WORDS = List.of(
            "发生了什么", "发生什么", "什么时候", "什么时间", "哪一天", "哪一年", "有没有", "是不是", "能不能", "可不可以", "为什么", "怎么样",
            "怎么办", "有哪些", "有什么", "多长时间", "多少钱", "要不要", "需不需要", "会不会", "用不用", "该不该",
            "多久", "何时", "哪天", "什么", "哪些", "哪个", "哪里", "哪儿", "多少", "怎么", "怎样", "如何", "是否", "请问",
            "几个", "几天", "几年", "多大", "不超过多少");

    /**
     * A limit asked for (民宿最多能有几间房): the text states it as 不超过, 不得少于 … (see AnswerKind.LIMIT), seldom as the
     * question does, so the word is the question's, not content — when a question follows it, never inside a name
     * (最多跑一次改革) and never when it is all the query says (至少).
     */
    private static final Pattern LIMIT_WORD = Pattern.compile(
            "(?:最多|最少|至少|上限|下限)(?=$|[\\s\\p{P}]|能|可|有|是|多少|几|为|不|要|允许)");

    /** Question words that say what kind of answer is wanted; the hint words help find it. */
    private static final List<Hint> HINTS = List.of(
            new Hint(Pattern.compile("什么时候|什么时间|何时|哪天|哪一天|哪一年|几年"), List.of("时间", "日期")),
            new Hint(Pattern.compile("多长时间|多久|几天|多少天"), List.of("天", "期限")),
            new Hint(Pattern.compile("多少钱|多少元|收费多少|价格多少"), List.of("元", "标准")));

    private record Hint(Pattern trigger, List<String> words) {
    }

    /** Particles that carry no content when they stand alone as a word. */
    private static final Set<String> PARTICLES = Set.of("的", "了", "吗", "呢", "啊", "吧", "呀", "么", "嘛", "哪", "谁", "几",
            "是", "要", "能", "会", "就", "都", "也", "还");

    /** A question asking what something is: 什么是X, X是什么(意思), X是指什么, X什么意思. */
    private static final List<Pattern> DEFINITION = List.of(Pattern.compile("^什么(?:是|叫)(.{2,20}?)[？?。]*$"),
            Pattern.compile("^(.{2,20}?)(?:是什么意思|是指什么|指的是什么|什么意思|是什么)[？?。]*$"));

    private static final Pattern QUOTED = Pattern.compile("[\"“”「」『』]([^\"“”「」『』]+)[\"“”「」『』]");
    private static final Pattern QUOTE_CHARS = Pattern.compile("[\"“”「」『』]");
    private static final Pattern ORDINAL = Pattern.compile(
            "第\\s*([0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,6})\\s*([条章节])");
    /** Anything that is not a letter or digit (CJK counts as a letter) separates segments, except . and - inside numbers/codes. */
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}.\\-%]+");

    private static final Analyzer WORDS = Schema.wordAnalyzer(null);

    /** Takes a raw query apart. Never fails: text that is not understood stays content. */
    public static UserQuery parse(String rawQuery) {
        String raw = rawQuery == null ? "" : rawQuery.strip();

        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(raw);
        while (quoted.find()) {
            String p = quoted.group(1).strip();
            if (!p.isEmpty()) {
                phrases.add(p);
            }
        }
        // Unbalanced quotes are just punctuation.
        String text = QUOTE_CHARS.matcher(raw).replaceAll(" ");

        List<Ordinal> ordinals = new ArrayList<>();
        Matcher ord = ORDINAL.matcher(text);
        while (ord.find()) {
            String n = ord.group(1);
            int value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n)
                    : ChineseNumerals.parse(n).orElse(-1);
            if (value > 0 && value <= 999) {
                ordinals.add(new Ordinal(value, ord.group(2).charAt(0)));
            }
        }

        Set<String> hints = new LinkedHashSet<>();
        for (Hint hint : HINTS) {
            if (hint.trigger().matcher(text).find()) {
                hints.addAll(hint.words());
            }
        }

        // The ordinal is matched against headings as a whole; its characters are no content words
        // (十一 in 第十一条 must not find 第三十一条).
        Optional<String> defined = defined(raw);
        // a "what is X" question is about X alone (意思, 是指 are the question's words)
        String content = defined.orElse(QueryDate.withoutTimes(ORDINAL.matcher(text).replaceAll(" ")));
        for (String q : QUESTION_WORDS) {
            content = content.replace(q, " ");
        }
        String withoutLimits = LIMIT_WORD.matcher(content).replaceAll(" ");
        if (!blankParticles(withoutLimits).isBlank()) {
            content = withoutLimits;
        }
        content = blankParticles(content);

        List<String> segments = new ArrayList<>();
        for (String s : SEPARATOR.split(content)) {
            String seg = stripEdgePunctuation(s);
            if (!seg.isEmpty()) {
                segments.add(seg);
            }
        }
        return new UserQuery(raw, List.copyOf(segments), List.copyOf(phrases), DocNumbers.key(raw),
                DocNumbers.findRegistration(raw), List.copyOf(ordinals), List.copyOf(hints), defined);
    }

    private static Optional<String> defined(String raw) {
        for (Pattern p : DEFINITION) {
            Matcher m = p.matcher(raw.replaceAll("\\s+", "").replaceFirst("^请问", "").replaceFirst("[呢吗啊呀吧]+([？?。]*)$", "$1"));
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** True when there is nothing to search for (empty or only question words / punctuation). */
    public boolean isEmpty() {
        return segments.isEmpty() && phrases.isEmpty() && docNumberKey.isEmpty() && regNumber.isEmpty()
                && ordinals.isEmpty() && QueryDate.find(raw).isEmpty();
    }

    /**
     * This query cut to the first {@code maxChars} characters of content, in at most {@code maxSegments}
     * runs and {@code maxPhrases} quoted phrases (a pasted paragraph is searched by its beginning);
     * identifiers, ordinals and hints stay.
     */
    public UserQuery truncated(int maxChars, int maxSegments, int maxPhrases) {
        List<String> kept = new ArrayList<>();
        int left = maxChars;
        for (String segment : segments) {
            if (left <= 0 || kept.size() >= maxSegments) {
                break;
            }
            String part = segment.length() <= left ? segment : segment.substring(0, left);
            kept.add(part);
            left -= part.length();
        }
        List<String> keptPhrases = phrases.stream().limit(maxPhrases)
                .map(p -> p.length() <= maxChars ? p : p.substring(0, maxChars)).toList();
        return new UserQuery(raw, List.copyOf(kept), keptPhrases, docNumberKey, regNumber, ordinals, hints, defined);
    }

    /** Characters of content in the segments. */
    public int contentLength() {
        return segments.stream().mapToInt(String::length).sum();
    }

    /** The content segments joined by spaces: what the word and bigram analyzers see. */
    public String contentText() {
        return String.join(" ", segments);
    }

    /**
     * Replaces particles with spaces where smartcn segments them as words of their own, so 的 in
     * 我的 goes but 的 inside 目的 stays.
     */
    private static String blankParticles(String text) {
        char[] chars = text.toCharArray();
        try (TokenStream ts = WORDS.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (PARTICLES.contains(term.toString())) {
                    for (int i = offset.startOffset(); i < offset.endOffset() && i < chars.length; i++) {
                        chars[i] = ' ';
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            // Analyzing an in-memory string does no I/O; this would be a bug in the analyzer.
            throw new UncheckedIOException(e);
        }
        return new String(chars);
    }

    private static String stripEdgePunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        return s.substring(start, end);
    }
}
