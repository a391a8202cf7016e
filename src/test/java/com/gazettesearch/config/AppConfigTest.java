package com.gazettesearch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {
    @TempDir
    Path tmp;

    @Test
    void defaultsAreTheDocumentedOnes() {
        AppConfig d = AppConfig.defaults();
        assertThat(d.corpusDir()).isEqualTo(Path.of("corpus"));
        assertThat(d.indexDir()).isEqualTo(Path.of("index"));
        assertThat(d.port()).isEqualTo(7070);
        assertThat(d.synonymsFile()).isNull();
        assertThat(d.refreshSeconds()).isPositive();
        assertThat(d.limits().searchMillis()).isEqualTo(RequestLimits.DEFAULT_SEARCH_MILLIS);
    }

    @Test
    void validationErrorsNameTheBadKey() throws Exception {
        AppConfig ok = AppConfig.defaults().withCorpusDir(tmp).withIndexDir(tmp.resolve("index"));
        assertThat(ok.validate()).isSameAs(ok);
        assertThat(ok.withPort(0).validate().port()).isZero();

        assertThatThrownBy(() -> ok.withPort(70000).validate())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port: must be 0..65535, was 70000");
        assertThatThrownBy(() -> ok.withPort(-1).validate()).hasMessageStartingWith("port:");
        assertThatThrownBy(() -> ok.withLimits(new RequestLimits(2, 2, 300, -1)).validate())
                .hasMessage("limits.searchMillis: must be 0 (no limit) or more, was -1");
        assertThat(ok.withLimits(new RequestLimits(2, 2, 300, 0)).validate().limits().searchMillis()).isZero();
        assertThatThrownBy(() -> ok.withRefreshSeconds(0).validate()).hasMessageStartingWith("refreshSeconds:");
        assertThatThrownBy(() -> ok.withCorpusDir(tmp.resolve("missing")).validate()).hasMessageStartingWith("corpus:");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> ok.withIndexDir(file).validate()).hasMessageStartingWith("index:");
        assertThatThrownBy(() -> ok.withSynonymsFile(tmp.resolve("nope.txt")).validate())
                .hasMessageStartingWith("synonyms:");
    }
}
