package com.gazettesearch.records.chronicle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.gazettesearch.model.Section;

/** An event being assembled; its text may still grow by continuation lines and sections. */
final class EventDraft {
    final LocalDate date;
    final LocalDate endDate;
    final DatePrecision precision;
    final String dateText;
    final String partOfDay;
    final String sectionId;
    final StringBuilder text;
    final List<String> sectionIds = new ArrayList<>();

    EventDraft(LocalDate date, LocalDate endDate, DatePrecision precision, String dateText, String partOfDay,
          Section section, String line) {
        this.date = date;
        this.endDate = endDate;
        this.precision = precision;
        this.dateText = dateText;
        this.partOfDay = partOfDay;
        this.sectionId = section.id();
        this.text = new StringBuilder(line);
        this.sectionIds.add(section.id());
    }

    /** A line or section that continues this event's text. */
    void append(String more, String fromSection) {
        text.append(more);
        if (!sectionIds.contains(fromSection)) {
            sectionIds.add(fromSection);
        }
    }
}
