package com.gazettesearch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A section's heading is the last level of its path: search asks for a heading's phrases in the joined path. */
class SectionTest {

    @Test
    void aHeadingIsTheLastLevelOfThePath() {
        Section s = new Section("s", "d", List.of("一、调整标准", "（一）城区"), "（一）城区", SectionType.ITEM, "……", 0);
        assertThat(s.path().getLast()).isEqualTo(s.heading());
        assertThat(new Section("t", "d", List.of("附件"), null, SectionType.TABLE_ROW, "……", 1).heading()).isNull();
        assertThat(new Section("u", "d", List.of(), null, SectionType.BODY, "……", 2).path()).isEmpty();
    }

    @Test
    void aHeadingOutsideThePathIsRefused() {
        assertThatThrownBy(() -> new Section("s", "d", List.of("一、调整标准"), "（一）城区", SectionType.ITEM, "……", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("（一）城区");
        assertThatThrownBy(() -> new Section("s", "d", List.of(), "（一）城区", SectionType.ITEM, "……", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
