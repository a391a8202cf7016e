package com.gazettesearch.records.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.records.chronicle.ChronicleExtractor;
import com.gazettesearch.records.dept.DepartmentAliases;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.dept.DepartmentExtractor;
import com.gazettesearch.records.fee.FeeExtractor;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.fee.FeeSchedule;
import com.gazettesearch.records.validity.Validity;
import com.gazettesearch.records.validity.ValidityExtractor;

/**
 * Each record fact of a text compared with what the extractors make of its parsed documents. A fact is held when an
 * extracted record says the same; a record the facts do not have (an extra fee in force) fails as well: precision
 * counts as much as recall.
 *
 * <p>Two naming conventions differ from the facts' and are mapped here: the facts name the water price 供水价格
 * where the records file it as 水价, and 生活垃圾处理费 where the records say 垃圾处理费 (the name clerks shorten to
 * 垃圾费). Department names in the facts are as printed; both sides are made canonical with the shipped aliases.
 */
final class RecordFactChecks {
    private RecordFactChecks() {
    }

    private static final Map<String, String> CHARGE_NAMES = Map.of("供水价格", "水价", "生活垃圾处理费", "垃圾处理费");
    private static final Pattern TIER_RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:[–—\\-~～至](\\d+(?:\\.\\d+)?))?.*?(以上)?$");

    private static final FeeExtractor FEES = new FeeExtractor();
    private static final ChronicleExtractor EVENTS = new ChronicleExtractor();
    private static final DepartmentAliases ALIASES = DepartmentAliases.load();
    private static final DepartmentExtractor DEPARTMENTS = new DepartmentExtractor(ALIASES);
    private static final ValidityExtractor VALIDITY = new ValidityExtractor();

    static FactCheck fees(TestText t) {
        FactCheck c = new FactCheck(t.name(), "fees");
        eachDocument(t, f -> f.has("fees") || f.path("counts").path("feeItems").isInt(), (f, d) -> {
            List<FeeItem> items = d == null ? List.of() : FEES.extract(d).items();
            List<FeeItem> unmatched = new ArrayList<>(items);
            for (JsonNode fee : f.path("fees")) {
                FeeItem hit = unmatched.stream().filter(item -> sameFee(fee, item)).findFirst().orElse(null);
                unmatched.remove(hit);
                c.check(hit != null, "fee " + fee);
            }
            for (FeeItem extra : unmatched) {
                c.check(false, "extra fee " + extra.charge() + " " + extra.summary());
            }
            JsonNode count = f.path("counts").path("feeItems");
            if (count.isInt()) {
                long inForce = items.stream().filter(item -> !item.proposed()).count();
                c.check(inForce == count.asInt(), "feeItems " + count.asInt() + " (extracted " + inForce + ")");
            }
        });
        return c;
    }

    private static boolean sameFee(JsonNode fee, FeeItem item) {
        String charge = fee.path("charge").asText();
        return CHARGE_NAMES.getOrDefault(charge, charge).equals(item.charge())
                && Objects.equals(text(fee, "waterClass"), item.waterClass())
                && Objects.equals(text(fee, "area"), item.area())
                && samePrice(fee.path("oldPrice"), item.oldPrice())
                && samePrice(fee.path("newPrice"), item.newPrice())
                && Objects.equals(text(fee, "unit"), item.unit())
                && (fee.path("effectiveDate").isNull() || fee.path("effectiveDate").isMissingNode()
                || fee.path("effectiveDate").asText().equals(String.valueOf(item.effectiveDate())))
                && fee.path("proposed").asBoolean(false) == item.proposed()
                && sameTier(fee, item);
    }

    private static boolean samePrice(JsonNode fact, BigDecimal value) {
        if (fact.isNull() || fact.isMissingNode()) {
            return value == null;
        }
        return value != null && fact.decimalValue().compareTo(value) == 0;
    }

    private static boolean sameTier(JsonNode fee, FeeItem item) {
        String label = text(fee, "tier");
        if (label == null) {
            return item.tier() == null;
        }
        if (item.tier() == null || !label.equals(item.tier().label())) {
            return false;
        }
        String range = text(fee, "tierRange");
        if (range == null) {
            return true;
        }
        Matcher m = TIER_RANGE.matcher(range);
        if (!m.find()) {
            return false;
        }
        BigDecimal from = m.group(2) == null && m.group(3) == null ? BigDecimal.ZERO : new BigDecimal(m.group(1));
        BigDecimal to = m.group(2) != null ? new BigDecimal(m.group(2)) : m.group(3) != null ? null : new BigDecimal(m.group(1));
        return equal(from, item.tier().from()) && equal(to, item.tier().to());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static FactCheck events(TestText t) {
        FactCheck c = new FactCheck(t.name(), "events");
        eachDocument(t, f -> !f.path("events").isEmpty() || f.path("counts").path("events").isInt(), (f, d) -> {
            List<ChronicleEvent> events = d == null ? List.of() : EVENTS.extract(d);
            List<ChronicleEvent> unmatched = new ArrayList<>(events);
            for (JsonNode e : f.path("events")) {
                String start = TestText.norm(e.path("textStartsWith").asText());
                ChronicleEvent hit = unmatched.stream().filter(ev -> TestText.norm(ev.body()).startsWith(start))
                        .findFirst().orElse(null);
                unmatched.remove(hit);
                boolean ok = hit != null && hit.isoDate().equals(e.path("date").asText())
                        && Objects.equals(text(e, "endDate"), hit.endDate() == null ? null : hit.endDate().toString());
                c.check(ok, "event " + e + (hit == null ? " (no event starts so)"
                        : " (extracted " + hit.isoDate() + (hit.endDate() == null ? "" : "–" + hit.endDate()) + ")"));
            }
            if (f.path("counts").path("events").isInt()) {
                c.check(events.size() == f.path("counts").path("events").asInt(),
                        "events " + f.path("counts").path("events").asInt() + " (extracted " + events.size() + ")");
            }
        });
        return c;
    }

    static FactCheck departments(TestText t) {
        FactCheck c = new FactCheck(t.name(), "departments");
        eachDocument(t, f -> !f.path("departments").isEmpty() || f.path("counts").path("departmentLists").isInt(), (f, d) -> {
            List<DepartmentAssignment> assignments = d == null ? List.of() : DEPARTMENTS.extract(d);
            for (JsonNode dept : f.path("departments")) {
                String snippet = TestText.norm(dept.path("textContains").asText());
                List<Section> holding = d == null ? List.of()
                        : d.sections().stream().filter(s -> TestText.norm(s.text()).contains(snippet)).toList();
                String region = d == null ? null : d.region();
                List<String> lead = canonical(region, dept.path("lead"));
                List<String> participating = canonical(region, dept.path("participating"));
                // a list printed in several paragraphs ("（责任单位：…）" repeated) holds if one of them reads it so
                List<DepartmentAssignment> read = assignments.stream()
                        .filter(x -> holding.stream().anyMatch(s -> s.id().equals(x.sectionId()))).toList();
                boolean ok = read.stream().anyMatch(a -> a.lead().equals(lead) && a.participating().equals(participating));
                c.check(ok, "departments " + dept + (holding.isEmpty() ? " (no section holds it)"
                        : read.isEmpty() ? " (no list read)" : " (read " + read.stream()
                        .map(a -> "lead " + a.lead() + " participating " + a.participating()).toList() + ")"));
            }
            if (f.path("counts").path("departmentLists").isInt()) {
                int lists = d == null ? 0 : d.sections().stream().mapToInt(s -> DepartmentExtractor.rawLists(s).size()).sum();
                c.check(lists == f.path("counts").path("departmentLists").asInt(),
                        "departmentLists " + f.path("counts").path("departmentLists").asInt() + " (read " + lists + ")");
            }
        });
        return c;
    }

    private static List<String> canonical(String region, JsonNode names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(ALIASES.canonical(region, n.asText())));
        return out;
    }

    static FactCheck validity(TestText t) {
        FactCheck c = new FactCheck(t.name(), "validity");
        eachDocument(t, f -> text(f, "validFrom") != null || text(f, "validTo") != null, (f, d) -> {
            String from = text(f, "validFrom");
            String to = text(f, "validTo");
            Validity v = d == null ? Validity.UNSTATED : VALIDITY.extract(d);
            if (from != null) {
                c.check(from.equals(String.valueOf(v.validFrom())), "validFrom " + from + " (read " + v.validFrom() + ")");
            }
            if (to != null) {
                c.check(to.equals(String.valueOf(v.validTo())), "validTo " + to + " (read " + v.validTo() + ")");
            }
        });
        return c;
    }

    /** Runs {@code check} on each document whose facts assert something of the kind, with its parsed document (or null). */
    private static void eachDocument(TestText t, Predicate<JsonNode> asserts, BiConsumer<JsonNode, GazetteDocument> check) {
        List<JsonNode> docs = t.documentFacts();
        for (int i = 0; i < docs.size(); i++) {
            if (asserts.test(docs.get(i))) {
                check.accept(docs.get(i), t.match(docs.get(i), i));
            }
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
