package com.gazettesearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.records.chronicle.ChronicleEvent;
import com.gazettesearch.schema.RecordJson;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.schema.StoredEvent;

/** The event, project and indicator records the standard indexer writes for the corpus. */
class ChronicleTableRecordsTest {
    @TempDir
    static Path tmp;
    static List<Document> records;

    @BeforeAll
    static void index() throws IOException {
        records = TestCorpus.standardRecords(tmp.resolve("index"));
    }

    @Test
    void oneRecordPerEventProjectAndIndicator() {
        Map<String, Long> byType = records.stream()
                .collect(Collectors.groupingBy(d -> d.get(Schema.RECORD_TYPE), Collectors.counting()));
        assertThat(byType).containsEntry(Schema.TYPE_EVENT, 24L).containsEntry(Schema.TYPE_PROJECT, 25L)
                .containsEntry(Schema.TYPE_INDICATOR, 31L);
        assertThat(records).filteredOn(d -> List.of(Schema.TYPE_EVENT, Schema.TYPE_PROJECT, Schema.TYPE_INDICATOR)
                        .contains(d.get(Schema.RECORD_TYPE)))
                .allSatisfy(d -> {
                    assertThat(d.get(Schema.ID)).isEqualTo(d.get(Schema.RECORD_TYPE) + "-" + d.get(Schema.SECTION_ID));
                    assertThat(d.get(Schema.SOURCE_FILE)).isNotNull();
                });
    }

    @Test
    void eventRecordsRoundTripThroughTheirStoredJson() {
        Document trip = records.stream().filter(d -> Schema.TYPE_EVENT.equals(d.get(Schema.RECORD_TYPE)))
                .filter(d -> d.get(Schema.RECORD_JSON).contains("4月25日至28日")).findFirst().orElseThrow();
        StoredEvent stored = RecordJson.read(trip.get(Schema.RECORD_JSON), StoredEvent.class);
        ChronicleEvent e = stored.event();
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 25));
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2024, 4, 28));
        assertThat(stored.docTitle()).isEqualTo("2024年4月区政府大事记");
        assertThat(trip.getField(Schema.DATE).numericValue().longValue()).isEqualTo(e.date().toEpochDay());
    }

    @Test
    void eventSectionsCarryTheirEventsDateNotTheChronicles() {
        List<Document> eventSections = records.stream()
                .filter(d -> Schema.TYPE_SECTION.equals(d.get(Schema.RECORD_TYPE)) && "event".equals(d.get(Schema.SECTION_TYPE)))
                .toList();
        assertThat(eventSections).hasSize(24).allSatisfy(d -> assertThat(d.getField(Schema.DATE)).isNotNull());
        Document trip = eventSections.stream().filter(d -> d.get(Schema.TEXT).startsWith("4月25日至28日"))
                .findFirst().orElseThrow();
        assertThat(LocalDate.ofEpochDay(trip.getField(Schema.DATE).numericValue().longValue()))
                .isEqualTo(LocalDate.of(2024, 4, 25));
        assertThat(trip.get(Schema.YEAR)).isEqualTo("2024");
        Document sameDayAfternoon = eventSections.stream().filter(d -> d.get(Schema.TEXT).startsWith("同日下午"))
                .filter(d -> d.get(Schema.TEXT).contains("主汛期")).findFirst().orElseThrow();
        assertThat(LocalDate.ofEpochDay(sameDayAfternoon.getField(Schema.DATE).numericValue().longValue()))
                .isEqualTo(LocalDate.of(2024, 6, 18));
    }
}
