package com.gazettesearch.records.chronicle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated entry of a chronicle (大事记): what happened, when, and who took part.
 *
 * @param date      the (first) day of the event; the year and month come from the chronicle's title
 * @param endDate   the last day when the entry spans several days (4月25日至28日), else null
 * @param partOfDay 上午 / 中午 / 下午 / 晚上 when the entry says so, else null
 * @param text      the whole dated line as printed
 * @param people    people named with a title, in order of first mention
 * @param docId     the chronicle document
 * @param sectionId the EVENT section the entry was read from
 * @param region    the document's region, may be null
 */
public record ChronicleEvent(LocalDate date, LocalDate endDate, String partOfDay, String text,
                             List<Person> people, String docId, String sectionId, String region) {
    public ChronicleEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
        people = List.copyOf(people);
        if (endDate != null && endDate.isBefore(date)) {
            throw new IllegalArgumentException("endDate " + endDate + " before date " + date);
        }
    }
}
