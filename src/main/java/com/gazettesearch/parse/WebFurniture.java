package com.gazettesearch.parse;

import java.util.regex.Pattern;

/**
 * What a website prints around a text it publishes — breadcrumbs, the page's own fields (时间, 来源, 浏览), share
 * and print buttons — as the parser recognises it so that none of it is indexed as the document's text. Only
 * the furniture's words are known, never a site.
 */
final class WebFurniture {
    private WebFurniture() {
    }

    /** Furniture in a crawled body run together on one line: breadcrumbs, share buttons, 来源, download links. */
    static final Pattern IN_BODY = Pattern.compile(
            "^(?:当前位置|您的位置|您现在的位置|所在位置)[：:].*|^来源[：:].*|^(?:附件下载|打印本页|关闭窗口|【打印】|【关闭】).*"
            + "|^时间[：:]\\s*\\d{4}-\\d{2}-\\d{2}.*");
    /**
     * A web page's own fields around a text: 时间:2012-01-01 来源:文成县 字号:[ ] / 【发布日期】:2013-09-23 【来源】:…
     * / 作者:… 浏览:8616. Not the document's metadata.
     */
    static final Pattern FIELDS = Pattern.compile("^(?:[\\s\\u3000]*【?(?:时间|发布时间|发布日期|日期|来源|信息来源|作者|"
            + "浏览|浏览次数|阅读|阅读次数|点击|点击数|访问量|字号|字体|编辑|责任编辑)】?\\s*[:：]\\s*"
            + "(?:\\[[^\\]]*\\]|[^\\s【]*(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)[\\s\\u3000]*)+$");
    /** The 来源 value of a {@link #FIELDS} line. */
    static final Pattern SOURCE = Pattern.compile("来源】?\\s*[:：]\\s*([^\\s【]+)");
    /** Web page furniture after a text: 扫一扫在手机打开当前页, 【打印本页】, 关闭窗口, 上一篇：…, stray markup. */
    static final Pattern AFTER_TEXT = Pattern.compile("^(?:扫一扫.{0,15}|【?(?:打印本页|打印|关闭窗口|关闭|返回顶部|"
            + "收藏|分享到)】?(?:\\s*【?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏)】?)*|(?:上一篇|下一篇|相关链接|相关文章)[：:].*"
            + "|[-–—=>*#<!\\s]{2,})$");
}
