package com.gazettesearch.records.chronicle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One dated entry of a chronicle (大事记): what happened, when, and who took part.
 *
 * @param date      the (first) day of the event; for an entry dated only to a month (10月上旬, 是月, 月底) the
 *                  first day of that month, for one dated only to a year (本年, 年底) 1 January of that year
 * @param endDate   the last day when the entry prints a range (4月25日至28日, 3月28日－4月9日), else null
 * @param precision how exactly {@code date} is known: day, month or year
 * @param dateText  the date as the entry prints it: "4月2日", "10月上旬", "同日", "年底"
 * @param partOfDay 上午 / 中午 / 下午 / 晚上 when the entry says so, else null
 * @param text      the whole dated line as printed
 * @param people    people named with a title, in order of first mention
 * @param docId     the chronicle document
 * @param sectionId the EVENT section the entry was read from
 * @param region    the document's region, may be null
 */
public record ChronicleEvent(LocalDate date, LocalDate endDate, DatePrecision precision, String dateText,
                             String partOfDay, String text, List<Person> people, String docId, String sectionId,
                             String region) {
    public ChronicleEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sectionId, "sectionId");
        people = List.copyOf(people);
        if (endDate != null && endDate.isBefore(date)) {
            throw new IllegalArgumentException("endDate " + endDate + " before date " + date);
        }
    }

    /**
     * The last day the event may have taken place on: its end date, else the end of its month or year for an entry
     * dated only that far, else its date. Searches for events overlapping a period compare with this.
     */
    public LocalDate lastDay() {
        if (endDate != null) {
            return endDate;
        }
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
        };
    }

    /** The date as ISO 8601 at its precision: 1950-10-01, 1950-10, 1952. */
    public String isoDate() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** The entry's text after its date label: what happened. */
    public String body() {
        return DateLabel.at(text).map(l -> DateLabel.textAfter(text)).orElse(text).strip();
    }
}
