package com.gazettesearch.records.chronicle;

import java.time.DateTimeException;
import java.time.LocalDate;
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
 * <p>Each EVENT section opens with a date label (so does any other section of a chronicle that is a dated line
 * the parser did not recognise); see {@link DateLabel} for the labels read, and {@link DateContext} for what gives
 * the year, month or day a label leaves out (headings above it, earlier entries, the title, the document's date). A
 * section holding several dated lines (a chronicle the parser left unsplit) gives one event per line.
 * An entry dated only to a month or a year keeps that precision ({@link ChronicleEvent#precision()}). An EVENT
 * section without a date label continues the previous entry (a long entry the parser had to split).
 */
public final class ChronicleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ChronicleExtractor.class);

    static final String KIND = "大事记";
    private static final Pattern CHRONICLE_TITLE = Pattern.compile("大事记|大事年表|纪事");
    /** A notice about a chronicle (关于印发…大事记编纂方案的通知) is not one. */
    private static final Pattern NOTICE_TITLE = Pattern.compile("(?:通知|意见|办法|方案|决定|公告|批复|函|规定)$");
    /** Sections in a document without a chronicle's title or kind that make it one when they are mostly dated. */
    private static final int MIN_DATED = 5;
    /** Consecutive dated entries that make a chronicle whatever text surrounds them. */
    private static final int MIN_RUN = 8;

    /**
     * Whether {@code doc} is a chronicle: kind 大事记, a title naming one ("2024年4月区政府大事记", "2011大事记"),
     * or — with no title to say so — a document whose sections (or lines) are mostly dated entries, or hold a run of
     * them.
     */
    public static boolean isChronicle(GazetteDocument doc) {
        if (KIND.equals(doc.kind())) {
            return true;
        }
        if (CHRONICLE_TITLE.matcher(doc.title()).find() && !NOTICE_TITLE.matcher(doc.title().strip()).find()) {
            return true;
        }
        int dated = 0;
        int other = 0;
        int run = 0;
        int longestRun = 0;
        for (Section s : doc.sections()) {
            for (String line : entryLines(s.text())) {
                if (DateContext.isHeading(line)) {
                    continue;
                }
                if (s.type() == SectionType.EVENT || DateLabel.at(line).filter(l -> l.day() != null).isPresent()) {
                    dated++;
                    longestRun = Math.max(longestRun, ++run);
                } else {
                    other++;
                    run = 0;
                }
            }
        }
        // mostly dated, or a run of dated entries after a website's chrome (breadcrumb, share links …)
        return dated >= MIN_DATED && (dated >= 2 * other || longestRun >= MIN_RUN);
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
        PeopleFinder people = new PeopleFinder(doc.region());
        List<ChronicleEvent> events = new ArrayList<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (EventDraft d : drafts(doc)) {
            String text = d.text.toString();
            events.add(new ChronicleEvent(d.date, d.endDate, d.precision, d.dateText, d.partOfDay, text,
                    people.find(text), doc.id(), d.sectionId, doc.region()));
            // a section holding several entries (a chronicle the parser left unsplit) takes its first one's date
            d.sectionIds.forEach(id -> dates.putIfAbsent(id, d.date));
        }
        return new Reading(events, dates);
    }

    private List<EventDraft> drafts(GazetteDocument doc) {
        if (!isChronicle(doc)) {
            return List.of();
        }
        DateContext context = new DateContext(ChroniclePeriod.fromTitle(doc.title()).orElse(null), doc.date());
        List<EventDraft> drafts = new ArrayList<>();
        for (Section section : doc.sections()) {
            context.enter(section.path());
            List<String> lines = entryLines(section.text());
            // a dated line is an event whatever type the parser gave it (it may miss a label it does not
            // know, such as full-width digits); an undated one only continues an event if it is one
            boolean continues = section.type() == SectionType.EVENT;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (context.heading(line)) {
                    continues = false;
                    continue;
                }
                Optional<DateLabel> label = DateLabel.at(line);
                if (label.isEmpty()) {
                    if (continues && !drafts.isEmpty()) {
                        drafts.getLast().append(line, section.id());
                    } else if (continues) {
                        LOG.warn("{}: event section {} has no date and no earlier event to continue", doc.id(),
                                section.id());
                    }
                    continue;
                }
                continues = true;
                if (DateLabel.textAfter(line).isBlank()) {
                    // "4月5日" and nothing else: a date with no event (a text cut off after it)
                    continue;
                }
                try {
                    drafts.add(context.resolve(label.get(), section, line));
                } catch (DateTimeException | IllegalStateException e) {
                    // one unreadable line must not lose the chronicle's other events
                    LOG.warn("{}: event section {} skipped: {}", doc.id(), section.id(), e.getMessage());
                }
            }
        }
        return drafts;
    }

    /**
     * The lines of a section that may each open an entry: the whole text when only its first line is dated (an
     * entry that runs over lines), else every line — a parser that did not split a chronicle into its entries
     * leaves them as lines of one section.
     */
    private static List<String> entryLines(String text) {
        String[] lines = text.strip().split("\\R");
        if (lines.length == 1) {
            return List.of(lines[0]);
        }
        int dated = 0;
        for (int i = 1; i < lines.length; i++) {
            if (DateLabel.at(lines[i]).filter(l -> l.day() != null || l.vague() != null).isPresent()
                    || DateContext.isHeading(lines[i])) {
                dated++;
            }
        }
        if (dated == 0) {
            return List.of(text.strip());
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }
}
