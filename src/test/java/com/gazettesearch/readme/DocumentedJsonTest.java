package com.gazettesearch.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The README's response notation: what fits and what does not, so the README test can be trusted. */
class DocumentedJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<String> check(String documented, String actual) throws Exception {
        JsonNode node = JSON.readTree(actual);
        return DocumentedJson.mismatch(DocumentedJson.parse(documented, 0).pattern(), node);
    }

    @Test
    void anObjectWithoutEllipsisHasExactlyTheMembersShown() throws Exception {
        assertThat(check("{\"status\":\"ok\",\"documents\":10}", "{\"status\":\"ok\",\"documents\":10}")).isEmpty();
        assertThat(check("{\"status\":\"ok\"}", "{\"status\":\"ok\",\"documents\":10}")).get().asString()
                .contains("members not documented").contains("documents");
        assertThat(check("{\"status\":\"ok\",…}", "{\"status\":\"ok\",\"documents\":10}")).isEmpty();
        assertThat(check("{\"status\":\"未注明\",…}", "{\"status\":\"现行有效\"}")).get().asString()
                .contains("$.status").contains("未注明").contains("现行有效");
    }

    @Test
    void bareKeysMustBeThereWithAnyValue() throws Exception {
        assertThat(check("{\"id\",\"path\":[…],…}", "{\"id\":\"s-1\",\"path\":[\"一\"],\"text\":\"x\"}")).isEmpty();
        assertThat(check("{\"id\",…}", "{\"path\":[]}")).get().asString().contains("no member \"id\"");
    }

    @Test
    void ellipsisInAnArrayTakesAnyNumberOfElementsThere() throws Exception {
        String actual = "[{\"n\":1},{\"n\":2},{\"n\":3}]";
        assertThat(check("[{\"n\":1}, …]", actual)).isEmpty();
        assertThat(check("[ …, {\"n\":2}, …]", actual)).isEmpty();
        assertThat(check("[…, {\"n\":3}]", actual)).isEmpty();
        assertThat(check("[{\"n\":1}]", actual)).isPresent();
        assertThat(check("[…, {\"n\":4}, …]", actual)).isPresent();
        assertThat(check("[{\"n\":2}, …]", actual)).get().asString().contains("$[0].n");
    }

    @Test
    void ellipsisInAStringStandsForAnyText() throws Exception {
        assertThat(check("\"关于调整…的通知\"", "\"关于调整株洲市渌口区污水处理费的通知\"")).isEmpty();
        assertThat(check("\"从 2024 年…执行\"", "\"从 2024 年 5 月 1 日起执行\"")).isEmpty();
        assertThat(check("\"(二) 农村…\"", "\"(二) 农村居民生活用水\"")).isEmpty();
        assertThat(check("\"关于…的通知\"", "\"关于印发方案\"")).isPresent();
        assertThat(check("\"a…b…c\"", "\"abc\"")).isEmpty();
        assertThat(check("\"ab…bc\"", "\"abc\"")).as("the parts may not overlap").isPresent();
    }

    @Test
    void numbersMatchToTheDecimalsShownAndTimingsToAnyNumber() throws Exception {
        assertThat(check("{\"score\":81.06}", "{\"score\":81.0576}")).isEmpty();
        assertThat(check("{\"amount\":3.40}", "{\"amount\":3.4}")).isEmpty();
        assertThat(check("{\"amount\":3.40}", "{\"amount\":3.45}")).isPresent();
        assertThat(check("{\"total\":24}", "{\"total\":25}")).isPresent();
        assertThat(check("{\"tookMs\":5}", "{\"tookMs\":17}")).isEmpty();
        assertThat(check("{\"n\":null,\"b\":true}", "{\"n\":null,\"b\":true}")).isEmpty();
        assertThat(check("{\"n\":null}", "{\"n\":0}")).isPresent();
    }

    @Test
    void proseAfterTheValueIsNotPartOfIt() {
        String text = "{\"a\":1}        (validityBasis: \"自发布之日起\")";
        DocumentedJson.Parsed parsed = DocumentedJson.parse(text, 0);
        assertThat(text.substring(parsed.end())).startsWith("        (validityBasis");
        assertThatThrownBy(() -> DocumentedJson.parse("{\"a\":1,\"b\" 2}", 0)).hasMessageContaining("expected");
    }

    @Test
    void examplesAreReadAsCurlSendsThem() {
        String readme = """
                ```bash
                # a comment before the example is not its response
                curl -sG localhost:7070/api/search --data-urlencode 'q=渌发改发[2024]6号' -d size=3   # or 3
                # {"total":1,…}
                curl -s "localhost:7070/api/fees/calculate?region=株洲市渌口区&volume=10" \\
                     | jq '.amount'
                # 3.40

                curl -s localhost:7070/api/documents/nope
                # 404 {"error":{"code":"not_found","message":"no document with id nope"}}
                curl -s localhost:7070/api/openapi.json
                ```
                """;
        var examples = ReadmeExamples.of(readme);
        assertThat(examples).hasSize(4);
        assertThat(examples.get(0).pathAndQuery()).isEqualTo("/api/search?q=%E6%B8%8C%E5%8F%91%E6%94%B9%E5%8F%91%5B2024%5D6%E5%8F%B7&size=3");
        assertThat(examples.get(0).body()).isPresent();
        assertThat(examples.get(0).line()).isEqualTo(3);
        assertThat(examples.get(1).pathAndQuery()).isEqualTo("/api/fees/calculate?region=%E6%A0%AA%E6%B4%B2%E5%B8%82%E6%B8%8C%E5%8F%A3%E5%8C%BA&volume=10");
        assertThat(examples.get(1).jqFilter()).hasValue(".amount");
        assertThat(examples.get(2).status()).isEqualTo(404);
        assertThat(examples.get(3).body()).isEmpty();
        assertThat(examples.get(3).status()).isEqualTo(200);
    }
}
