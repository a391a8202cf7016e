package com.gazettesearch.index.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.index.TestCorpus;
import com.gazettesearch.records.dept.DepartmentAssignment;
import com.gazettesearch.records.fee.FeeExemption;
import com.gazettesearch.records.fee.FeeItem;
import com.gazettesearch.records.table.IndicatorRow;
import com.gazettesearch.records.table.ProjectRow;
import com.gazettesearch.schema.RecordJson;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.schema.StoredEvent;

/** Every structured record type is written on one base: one id scheme, one order field, one codec. */
class RecordMapperTest {
    private static final Map<String, Class<?>> STORED = Map.of(
            Schema.TYPE_FEE, FeeItem.class,
            Schema.TYPE_FEE_EXEMPTION, FeeExemption.class,
            Schema.TYPE_DEPT_TASK, DepartmentAssignment.class,
            Schema.TYPE_EVENT, StoredEvent.class,
            Schema.TYPE_PROJECT, ProjectRow.class,
            Schema.TYPE_INDICATOR, IndicatorRow.class);

    @TempDir
    static Path tmp;
    static List<Document> records;

    @BeforeAll
    static void index() throws IOException {
        records = TestCorpus.standardRecords(tmp.resolve("index")).stream()
                .filter(d -> STORED.containsKey(d.get(Schema.RECORD_TYPE))).toList();
    }

    @Test
    void everyTypeIsIndexed() {
        assertThat(records.stream().map(d -> d.get(Schema.RECORD_TYPE)).collect(Collectors.toSet()))
                .isEqualTo(STORED.keySet());
        // the corpus: 8 fee items and 2 exemptions of 渌发改发〔2024〕6号, 24 events, 25 projects, 31 indicators
        assertThat(records.stream().collect(Collectors.groupingBy(d -> d.get(Schema.RECORD_TYPE), Collectors.counting())))
                .containsEntry(Schema.TYPE_FEE, 8L).containsEntry(Schema.TYPE_FEE_EXEMPTION, 2L)
                .containsEntry(Schema.TYPE_EVENT, 24L).containsEntry(Schema.TYPE_PROJECT, 25L)
                .containsEntry(Schema.TYPE_INDICATOR, 31L);
    }

    @Test
    void oneIdSchemeOneOrderFieldOneCodec() {
        assertThat(records).allSatisfy(d -> {
            String prefix = d.get(Schema.RECORD_TYPE) + "-" + d.get(Schema.SECTION_ID);
            assertThat(d.get(Schema.ID)).matches(java.util.regex.Pattern.quote(prefix) + "(#[1-9][0-9]*)?");
            assertThat(d.getField(Schema.RECORD_ORDER)).isNotNull();
            assertThat(d.getField(Schema.ORDER)).as("sections' order field").isNull();
            assertThat(d.getField(Schema.ORDER_IN_SOURCE)).isNotNull();
            assertThat(d.get(Schema.DOC_ID)).isNotNull();
            assertThat(RecordJson.read(d.get(Schema.RECORD_JSON), STORED.get(d.get(Schema.RECORD_TYPE)))).isNotNull();
        });
        assertThat(Set.copyOf(records.stream().map(d -> d.get(Schema.ID)).toList())).hasSize(records.size());
    }

    @Test
    void aSectionWithSeveralRecordsOfOneTypeNumbersThemInOrder() {
        Map<String, List<Document>> feesBySection = records.stream()
                .filter(d -> Schema.TYPE_FEE.equals(d.get(Schema.RECORD_TYPE)))
                .collect(Collectors.groupingBy(d -> d.get(Schema.SECTION_ID)));
        List<Document> shared = feesBySection.values().stream().filter(l -> l.size() > 1).findFirst().orElseThrow();
        List<String> ids = shared.stream()
                .sorted(java.util.Comparator.comparingInt(d -> d.getField(Schema.RECORD_ORDER).numericValue().intValue()))
                .map(d -> d.get(Schema.ID)).toList();
        String first = Schema.TYPE_FEE + "-" + shared.get(0).get(Schema.SECTION_ID);
        assertThat(ids.get(0)).isEqualTo(first);
        assertThat(ids.get(1)).isEqualTo(first + "#1");
    }
}
