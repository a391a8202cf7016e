package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every page is the shared layout around its own fragment, with nothing left unfilled. */
class PageRoutesTest {

    @Test
    void everyPageIsACompleteDocumentWithItsOwnTitleScriptAndMain() {
        String layout = PageRoutes.resource("layout.html");
        String headerSearch = PageRoutes.resource("header-search.html");
        List<PageRoutes.Page> pages = new ArrayList<>(PageRoutes.PAGES);
        pages.add(PageRoutes.NOT_FOUND);
        for (PageRoutes.Page page : pages) {
            String html = PageRoutes.render(layout, headerSearch, page);
            assertThat(html).as(page.path()).startsWith("<!doctype html>").endsWith("</html>\n")
                    .doesNotContain("{{")
                    .contains("<title>" + page.title() + "</title>")
                    .contains("<script type=\"module\" src=\"" + page.script() + "\"></script>")
                    .contains("href=\"" + page.skipTarget() + "\"")
                    .contains("<main").contains("</main>");
            assertThat(html.contains("class=\"header-search\"")).as(page.path()).isEqualTo(page.headerSearch());
        }
    }
}
