package com.gazettesearch.records.chronicle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * Reads the dated entries of a chronicle (大事记) document into {@link ChronicleEvent}s.
 *
 * <p>Each EVENT section opens with a date label (so does any other section of a chronicle that is a
 * dated line the parser did not recognise). The year (and the month of 同日) is not printed on
 * the line: it comes from the chronicle's title ("2024年4月区政府大事记"), and a title that spans a
 * year end decides which year each month belongs to. 同日/当日 take the previous entry's date, 次日
 * the day after it. An EVENT section without a date label continues the previous entry (a long
 * entry the parser had to split).
 */
public final class ChronicleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ChronicleExtractor.class);

    static final String KIND = "大事记";
    private static final Pattern CHRONICLE_TITLE = Pattern.compile("\\d{4}\\s*年.*大事记");

    /** Whether {@code doc} is a chronicle: kind 大事记, or a title such as "2024年4月区政府大事记". */
    public static boolean isChronicle(GazetteDocument doc) {
        return KIND.equals(doc.kind()) || CHRONICLE_TITLE.matcher(Digits.toAscii(doc.title())).find();
    }

    /** The events of a chronicle and the date of each of its event sections, from one reading of the document. */
    public record Reading(List<ChronicleEvent> events, Map<String, LocalDate> sectionDates) {
        public Reading {
            events = List.copyOf(events);
            sectionDates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sectionDates));
        }
    }

    /** The events of {@code doc} in section order; empty when it is not a chronicle. */
    public List<ChronicleEvent> extract(GazetteDocument doc) {
        return read(doc).events();
    }

    /**
     * The date of the event each EVENT section of {@code doc} belongs to, by section id (a
     * continuation section maps to its event's date); empty when {@code doc} is not a chronicle.
     * The index gives event sections their own date rather than the document's with this.
     */
    public Map<String, LocalDate> sectionDates(GazetteDocument doc) {
        return read(doc).sectionDates();
    }

    /** {@link #extract} and {@link #sectionDates} together, reading the document once. */
    public Reading read(GazetteDocument doc) {
        List<Draft> drafts = drafts(doc);
        PeopleFinder people = new PeopleFinder(doc.region());
        List<ChronicleEvent> events = new ArrayList<>(drafts.size());
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Draft d : drafts) {
            String text = d.text.toString();
            events.add(new ChronicleEvent(d.date, d.endDate, d.partOfDay, text, people.find(text),
                    doc.id(), d.sectionId, doc.region()));
            d.sectionIds.forEach(id -> dates.put(id, d.date));
        }
        return new Reading(events, dates);
    }

    private List<Draft> drafts(GazetteDocument doc) {
        if (!isChronicle(doc)) {
            return List.of();
        }
        Optional<ChroniclePeriod> period = ChroniclePeriod.fromTitle(doc.title())
                // a title without a year: the document's date is the best evidence left
                .or(() -> Optional.ofNullable(doc.date()).map(d -> new ChroniclePeriod(YearMonth.from(d), YearMonth.from(d))));
        List<Draft> drafts = new ArrayList<>();
        LocalDate previous = null;
        for (Section section : doc.sections()) {
            Optional<DateLabel> label = DateLabel.at(section.text());
            // a dated line is an event whatever type the parser gave it (it may miss a label it does not
            // know, such as full-width digits); an undated one only continues an event if it is one
            if (section.type() != SectionType.EVENT && label.isEmpty()) {
                continue;
            }
            if (label.isEmpty()) {
                if (!drafts.isEmpty()) {
                    drafts.getLast().text.append(section.text().strip());
                    drafts.getLast().sectionIds.add(section.id());
                } else {
                    LOG.warn("{}: event section {} has no date and no earlier event to continue", doc.id(), section.id());
                }
                continue;
            }
            try {
                Draft draft = resolve(label.get(), period.orElse(null), previous, section);
                drafts.add(draft);
                previous = draft.date;
            } catch (DateTimeException | IllegalStateException e) {
                // one unreadable line must not lose the chronicle's other events
                LOG.warn("{}: event section {} skipped: {}", doc.id(), section.id(), e.getMessage());
            }
        }
        return drafts;
    }

    private static Draft resolve(DateLabel label, ChroniclePeriod period, LocalDate previous, Section section) {
        LocalDate date;
        LocalDate end = null;
        if (label.relative() != null) {
            if (previous == null) {
                throw new IllegalStateException("relative date before any dated event");
            }
            date = label.relative() == DateLabel.Relative.NEXT_DAY ? previous.plusDays(1) : previous;
        } else {
            int year = yearOf(label.year(), label.month(), period);
            date = LocalDate.of(year, label.month(), label.day());
            if (label.endDay() != null) {
                int endMonth = label.endMonth() != null ? label.endMonth() : label.month();
                int endYear = label.endYear() != null ? label.endYear() : year;
                end = LocalDate.of(endYear, endMonth, label.endDay());
                if (label.endYear() == null && end.isBefore(date)) {
                    // 12月30日至1月2日 runs into the next year
                    end = end.plusYears(1);
                }
                if (end.isBefore(date)) {
                    throw new IllegalStateException("range ends " + end + " before it starts " + date);
                }
            }
        }
        return new Draft(date, end, label.partOfDay(), section.id(), section.text().strip());
    }

    private static int yearOf(Integer printedYear, int month, ChroniclePeriod period) {
        if (printedYear != null) {
            return printedYear;
        }
        if (period == null) {
            throw new IllegalStateException("no year: the title names none and the document has no date");
        }
        return period.yearOf(month);
    }

    /** An event being assembled; its text may still grow by continuation sections. */
    private static final class Draft {
        final LocalDate date;
        final LocalDate endDate;
        final String partOfDay;
        final String sectionId;
        final StringBuilder text;
        final List<String> sectionIds = new ArrayList<>();

        Draft(LocalDate date, LocalDate endDate, String partOfDay, String sectionId, String text) {
            this.date = date;
            this.endDate = endDate;
            this.partOfDay = partOfDay;
            this.sectionId = sectionId;
            this.text = new StringBuilder(text);
            this.sectionIds.add(sectionId);
        }
    }
}
