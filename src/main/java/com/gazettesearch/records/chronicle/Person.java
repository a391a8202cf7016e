package com.gazettesearch.records.chronicle;

import java.util.Objects;

/**
 * A person named in a chronicle event, with the title the text gives them right before the name.
 *
 * @param name  the person's name as printed, e.g. 郑明明
 * @param title the title chain before the name, e.g. 区委副书记、区长; never null (a person is only
 *              recognised after a title)
 */
public record Person(String name, String title) {
    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
    }
}
