package com.gazettesearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page (or a fragment of one) as the plain text the parser reads: one line per paragraph, heading,
 * list item or line break; scripts, styles and comments dropped; entities decoded. Tables are read the way a
 * reader reads them: a layout table's cells are blocks of their own, a metadata table's label/value cells
 * (发文字号： | 国令第707号) become {@code 发文字号：国令第707号} lines, and a data table's rows become tab-separated
 * lines, which the parser reads as table rows. A government site's metadata tags (ArticleTitle, ContentSource,
 * PubDate) come first, as a crawl header.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tbody", "thead", "tfoot", "center", "form", "nav", "aside", "figure", "figcaption", "address", "hr");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "head", "title", "meta", "link", "button", "select", "option", "input");

    private final StringBuilder out = new StringBuilder();

    private HtmlText() {
    }

    /**
     * The site-metadata tags government websites carry (GB/T-style 政府网站 meta: ArticleTitle, ContentSource,
     * PubDate), as the crawl-header labels the parser reads them under: 标题, 来源, 发布时间. PubDate is when the page
     * was published and ContentSource the unit that supplied it: neither is read as 成文日期 or 发文机关.
     */
    private static final List<String[]> SITE_META = List.of(new String[] {"ArticleTitle", "标题"},
            new String[] {"ContentSource", "来源"}, new String[] {"PubDate", "发布时间"});

    /** The text of {@code html}. */
    public static String of(String html) {
        HtmlText t = new HtmlText();
        Document doc = Jsoup.parse(html);
        t.siteMetadata(doc);
        t.block(doc.body());
        // blank lines carry no meaning in HTML (they come from the spaces between tags): drop them
        return t.out.toString().replaceAll("(?m)^[ \\t\\u00A0\\u3000]+$", "").replaceAll("[ \\t\\u00A0]+\\n", "\n")
                .replaceAll("\\n{2,}", "\n").strip() + "\n";
    }

    /**
     * A page's site metadata as a crawl header (标题：… / 来源：… / 发布时间：… then a separator line) before its text,
     * when it gives the title and one more field; nothing otherwise.
     */
    private void siteMetadata(Document doc) {
        List<String> fields = new ArrayList<>();
        boolean titled = false;
        for (String[] meta : SITE_META) {
            Element tag = doc.selectFirst("meta[name=" + meta[0] + "]");
            String value = tag == null ? "" : tag.attr("content").replaceAll("\\s+", " ").strip();
            if (!value.isEmpty()) {
                fields.add(meta[1] + "：" + value);
                titled |= meta[0].equals("ArticleTitle");
            }
        }
        if (titled && fields.size() >= 2) {
            fields.forEach(f -> out.append(f).append('\n'));
            out.append("====\n");
        }
    }

    private void block(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText().replaceAll("[\\r\\n]+", " ").replace('\u00A0', ' '));
            } else if (child instanceof Element el) {
                String tag = el.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    newline();
                } else if (tag.equals("tr")) {
                    row(el);
                } else if (tag.equals("td") || tag.equals("th")) {
                    // a cell met outside a row walk: read as a block
                    newline();
                    block(el);
                    newline();
                } else if (BLOCKS.contains(tag)) {
                    newline();
                    block(el);
                    newline();
                } else {
                    block(el);
                }
            }
        }
    }

    /** A table row: a layout row holds blocks; a leaf row is a record (label/value pairs) or a data row. */
    private void row(Element tr) {
        List<Element> cells = tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                .toList();
        boolean layout = cells.stream().anyMatch(c -> !c.select("p, div, table, br, li").isEmpty());
        if (layout) {
            for (Element c : cells) {
                newline();
                block(c);
                newline();
            }
            return;
        }
        List<String> texts = new ArrayList<>();
        for (Element c : cells) {
            texts.add(c.text().replace('\u00A0', ' ').strip());
        }
        newline();
        if (texts.stream().filter(t -> !t.isEmpty()).allMatch(HtmlText::label)) {
            // labels whose values are empty (主 题 词：) say nothing
            return;
        }
        if (labelValuePairs(texts)) {
            for (int i = 0; i < texts.size(); i += 2) {
                if (!texts.get(i + 1).isEmpty()) {
                    out.append(texts.get(i)).append(texts.get(i + 1));
                    newline();
                }
            }
        } else if (texts.stream().anyMatch(t -> !t.isEmpty())) {
            out.append(String.join("\t", texts));
            newline();
        }
    }

    /** Cells alternating label (ending in a colon) and value, the shape of a page's metadata table. */
    private static boolean labelValuePairs(List<String> cells) {
        if (cells.size() < 2 || cells.size() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < cells.size(); i += 2) {
            if (!label(cells.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean label(String cell) {
        return (cell.endsWith("：") || cell.endsWith(":")) && cell.length() <= 12;
    }

    private void newline() {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
    }
}
