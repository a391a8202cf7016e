package com.gazettesearch.records.chronicle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * the parser did not recognise); see {@link DateLabel} for the labels read. What the label leaves out comes from
 * around it, nearest first:
 * <ul>
 *   <li>the year: printed on the entry (1984年1月14日), else a year heading above it (一九五〇年, 2023年 — in the
 *       section's heading path, or a heading line of its own), else a year printed on an earlier entry (years
 *       printed on the first entry only; a month lower than the previous entry's moves to the next year), else
 *       the chronicle's title ("2024年4月区政府大事记"; a title spanning a year end decides which year each
 *       month belongs to), else the document's date;</li>
 *   <li>the month of 是月, 上旬, 月底: a month heading above the entry, else the previous entry's month;</li>
 *   <li>the day of 同日/当日: the previous entry's date; 次日: the day after it.</li>
 * </ul>
 * An entry dated only to a month or a year keeps that precision ({@link ChronicleEvent#precision()}). An EVENT
 * section without a date label continues the previous entry (a long entry the parser had to split).
 */
public final class ChronicleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ChronicleExtractor.class);

    static final String KIND = "大事记";
    private static final Pattern CHRONICLE_TITLE = Pattern.compile("大事记|大事年表|纪事");
    /** A notice about a chronicle (关于印发…大事记编纂方案的通知) is not one. */
    private static final Pattern NOTICE_TITLE = Pattern.compile("(?:通知|意见|办法|方案|决定|公告|批复|函|规定)$");
    /** A heading that names a year (一九五〇年, 2023年, 2023年大事记) and perhaps a month (2023年1月). */
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "^\\s*((?:1[89]|20)\\d{2})\\s*年\\s*(?:(\\d{1,2})\\s*月份?)?\\s*(?:大事记|大事)?\\s*$");
    private static final Pattern MONTH_HEADING = Pattern.compile("^\\s*(\\d{1,2})\\s*月份?\\s*$");
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
                if (isHeading(line)) {
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

    /** The events of {@code doc} in section order; empty when it is not a chronicle. */
    public List<ChronicleEvent> extract(GazetteDocument doc) {
        List<Draft> drafts = drafts(doc);
        PeopleFinder people = new PeopleFinder(doc.region());
        List<ChronicleEvent> events = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            String text = d.text.toString();
            events.add(new ChronicleEvent(d.date, d.endDate, d.precision, d.dateText, d.partOfDay, text,
                    people.find(text), doc.id(), d.sectionId, doc.region()));
        }
        return events;
    }

    /**
     * The date of the event each EVENT section of {@code doc} belongs to, by section id (a
     * continuation section maps to its event's date); empty when {@code doc} is not a chronicle.
     * The index gives event sections their own date rather than the document's with this.
     */
    public Map<String, LocalDate> sectionDates(GazetteDocument doc) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Draft d : drafts(doc)) {
            // a section holding several entries (a chronicle the parser left unsplit) takes its first one's date
            d.sectionIds.forEach(id -> dates.putIfAbsent(id, d.date));
        }
        return dates;
    }

    private List<Draft> drafts(GazetteDocument doc) {
        if (!isChronicle(doc)) {
            return List.of();
        }
        Context context = new Context(ChroniclePeriod.fromTitle(doc.title()).orElse(null), doc.date());
        List<Draft> drafts = new ArrayList<>();
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
                    || isHeading(lines[i])) {
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

    private static boolean isHeading(String text) {
        String t = headingText(text);
        return YEAR_HEADING.matcher(t).matches() || MONTH_HEADING.matcher(t).matches();
    }

    /** A heading as the heading patterns read it: ASCII digits, years and months (一九五〇年, 十月). */
    private static String headingText(String text) {
        return Digits.leadingMonthDayToAscii(Digits.yearsToAscii(Digits.toAscii(text)));
    }

    /** What the entries read so far and the headings above say about the next entry's date. */
    private static final class Context {
        private final ChroniclePeriod period;
        private final LocalDate docDate;
        /** The year headings and printed years give, and whether it came from a printed year (which rolls over). */
        private Integer year;
        private boolean printedYear;
        private Integer headingMonth;
        /** Whether the month heading came after the last entry read (so a day alone is in the heading's month). */
        private boolean headingAfterEntry;
        private String pathHeading;
        private Draft previous;

        Context(ChroniclePeriod period, LocalDate docDate) {
            this.period = period;
            this.docDate = docDate;
        }

        /**
         * A section under headings: the innermost heading naming a year (and month) sets them when it is not the
         * heading the previous section was under (a parser may also put the entry's own label in the path).
         */
        void enter(List<String> sectionPath) {
            for (int i = sectionPath.size() - 1; i >= 0; i--) {
                String h = sectionPath.get(i);
                if (isHeading(h)) {
                    if (!h.equals(pathHeading)) {
                        pathHeading = h;
                        heading(h);
                    }
                    return;
                }
            }
        }

        /** Whether {@code text} is a year or month heading; if so, it sets the year or month of what follows. */
        boolean heading(String text) {
            String t = headingText(text);
            Matcher y = YEAR_HEADING.matcher(t);
            if (y.matches()) {
                year = Integer.valueOf(y.group(1));
                printedYear = false;
                headingMonth = y.group(2) == null ? null : Integer.valueOf(y.group(2));
                headingAfterEntry = true;
                previous = null;
                return true;
            }
            Matcher m = MONTH_HEADING.matcher(t);
            if (m.matches()) {
                headingMonth = Integer.valueOf(m.group(1));
                headingAfterEntry = true;
                return true;
            }
            return false;
        }

        Draft resolve(DateLabel label, Section section, String line) {
            Draft d = label.relative() != null ? relative(label, section, line)
                    : label.precision() == DatePrecision.DAY ? day(label, section, line) : vague(label, section, line);
            previous = d;
            headingAfterEntry = false;
            return d;
        }

        private Draft relative(DateLabel label, Section section, String line) {
            if (previous == null) {
                throw new IllegalStateException("relative date before any dated event");
            }
            LocalDate date = label.relative() == DateLabel.Relative.NEXT_DAY ? previous.date.plusDays(1) : previous.date;
            return new Draft(date, null, previous.precision, label.printed(), label.partOfDay(), section, line);
        }

        private Draft day(DateLabel label, Section section, String line) {
            Integer month = label.month() != null ? label.month() : contextMonth();
            if (month == null) {
                throw new IllegalStateException("no month for " + label.printed());
            }
            int y = yearOf(label.year(), month);
            LocalDate date = LocalDate.of(y, month, label.day());
            LocalDate end = null;
            if (label.endDay() != null) {
                int endMonth = label.endMonth() != null ? label.endMonth() : month;
                int endYear = label.endYear() != null ? label.endYear() : y;
                end = LocalDate.of(endYear, endMonth, label.endDay());
                if (label.endYear() == null && end.isBefore(date)) {
                    // 12月30日至1月2日 runs into the next year
                    end = end.plusYears(1);
                }
                if (end.isBefore(date)) {
                    throw new IllegalStateException("range ends " + end + " before it starts " + date);
                }
            }
            return new Draft(date, end, DatePrecision.DAY, label.printed(), label.partOfDay(), section, line);
        }

        private Draft vague(DateLabel label, Section section, String line) {
            if (label.vague() == DateLabel.Vague.YEAR) {
                int y = yearOf(label.year(), null);
                return new Draft(LocalDate.of(y, 1, 1), null, DatePrecision.YEAR, label.printed(), null, section, line);
            }
            Integer month = label.month() != null ? label.month() : contextMonth();
            if (month == null) {
                throw new IllegalStateException("no month for " + label.printed());
            }
            int y = yearOf(label.year(), month);
            return new Draft(LocalDate.of(y, month, 1), null, DatePrecision.MONTH, label.printed(), null, section, line);
        }

        /**
         * The month of 是月 / 上旬 / 3日: a month heading printed after the previous entry, else the previous entry's,
         * else the heading's, else the title's single month.
         */
        private Integer contextMonth() {
            if (headingMonth != null && headingAfterEntry) {
                return headingMonth;
            }
            if (previous != null && previous.precision != DatePrecision.YEAR) {
                return previous.date.getMonthValue();
            }
            if (headingMonth != null) {
                return headingMonth;
            }
            if (period != null && period.start().equals(period.end())) {
                return period.start().getMonthValue();
            }
            return null;
        }

        private int yearOf(Integer printed, Integer month) {
            if (printed != null) {
                year = printed;
                printedYear = true;
                return printed;
            }
            if (year != null) {
                if (printedYear && month != null && previous != null && previous.precision != DatePrecision.YEAR
                        && previous.date.getYear() == year && month < previous.date.getMonthValue()) {
                    // "1984年12月20日…" then "1月5日…": a chronicle in order has moved into the next year
                    year = year + 1;
                }
                return year;
            }
            if (period != null) {
                return month == null ? period.start().getYear() : period.yearOf(month);
            }
            if (previous != null) {
                int y = previous.date.getYear();
                return month != null && month < previous.date.getMonthValue() ? y + 1 : y;
            }
            if (docDate != null) {
                // a chronicle without a year anywhere: the document's date is the best evidence left
                return month == null ? docDate.getYear() : new ChroniclePeriod(YearMonth.from(docDate),
                        YearMonth.from(docDate)).yearOf(month);
            }
            throw new IllegalStateException("no year: no heading, title or earlier entry names one and the document has no date");
        }
    }

    /** An event being assembled; its text may still grow by continuation sections. */
    private static final class Draft {
        final LocalDate date;
        final LocalDate endDate;
        final DatePrecision precision;
        final String dateText;
        final String partOfDay;
        final String sectionId;
        final StringBuilder text;
        final List<String> sectionIds = new ArrayList<>();

        Draft(LocalDate date, LocalDate endDate, DatePrecision precision, String dateText, String partOfDay,
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
}
