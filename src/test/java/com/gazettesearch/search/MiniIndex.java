package com.gazettesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.schema.Schema;

/**
 * A small real Lucene index written with the {@link Schema} analyzers and field names, for unit tests
 * of the search stage that must not wait for the full corpus indexer.
 */
final class MiniIndex {
    record Sec(String id, String docId, String title, String docNumber, String region, LocalDate date,
               String heading, String text) {
    }

    private MiniIndex() {
    }

    static Searchers write(Path dir, List<Sec> sections) throws IOException {
        return write(dir, sections, Integer.MAX_VALUE);
    }

    /** As {@link #write(Path, List)}, in segments of {@code perSegment} sections (never merged). */
    static Searchers write(Path dir, List<Sec> sections, int perSegment) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Schema.indexAnalyzer());
        if (perSegment < sections.size()) {
            cfg.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        }
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
            int order = 0;
            for (Sec s : sections) {
                Document doc = new Document();
                doc.add(new KeywordField(Schema.RECORD_TYPE, Schema.TYPE_SECTION, Field.Store.NO));
                doc.add(new KeywordField(Schema.ID, s.id(), Field.Store.YES));
                doc.add(new KeywordField(Schema.DOC_ID, s.docId(), Field.Store.YES));
                doc.add(new IntField(Schema.ORDER, order++, Field.Store.YES));
                doc.add(new Field(Schema.DOC_TITLE, s.title(), TextField.TYPE_STORED));
                doc.add(new TextField(Schema.DOC_TITLE_WORDS, s.title(), Field.Store.NO));
                if (s.docNumber() != null) {
                    doc.add(new StoredField(Schema.DOC_NUMBER, s.docNumber()));
                    doc.add(new StringField(Schema.DOC_NUMBER_KEY,
                            com.gazettesearch.parse.DocNumbers.key(s.docNumber()).orElseThrow(), Field.Store.NO));
                }
                doc.add(new StringField(Schema.REGION, s.region(), Field.Store.YES));
                doc.add(new SortedSetDocValuesFacetField(Schema.REGION, s.region()));
                doc.add(new SortedSetDocValuesFacetField(Schema.SECTION_TYPE, "body"));
                doc.add(new StringField(Schema.SECTION_TYPE, "body", Field.Store.YES));
                doc.add(new LongField(Schema.DATE, s.date().toEpochDay(), Field.Store.YES));
                doc.add(new StoredField(Schema.PATH, s.heading()));
                doc.add(new TextField(Schema.PATH_TEXT, s.heading(), Field.Store.NO));
                doc.add(new Field(Schema.HEADING, s.heading(), TextField.TYPE_STORED));
                doc.add(new TextField(Schema.HEADING_WORDS, s.heading(), Field.Store.NO));
                doc.add(new Field(Schema.TEXT, s.text(), Schema.STORED_TEXT_WITH_OFFSETS));
                doc.add(new TextField(Schema.TEXT_WORDS, s.text(), Field.Store.NO));
                w.addDocument(Schema.facetsConfig().build(doc));
                if (order % perSegment == 0) {
                    w.flush();
                }
            }
            w.commit();
        }
        return Searchers.open(dir, SearchService.READER_STATE);
    }

    /** Sentences from the corpus that smartcn alone splits badly, in sections of two regions. */
    static List<Sec> corpusSample() {
        LocalDate march = LocalDate.of(2024, 3, 18);
        LocalDate june = LocalDate.of(2024, 6, 28);
        String fee = "关于调整株洲市渌口区城区污水处理费收费标准及开征乡镇污水处理费的通知";
        String rules = "株洲市渌口区民兵组织军民通用物资装备征用实施办法（试行）";
        String hecheng = "2024年4月区政府大事记";
        return List.of(
                new Sec("s-fee-1", "d-fee", fee, "渌发改发〔2024〕6号", "株洲市渌口区", march, "一、征收标准",
                        "城区居民生活用水由0.58元/立方米调整为0.85元/立方米；工业用水由0.73元/立方米调整为1.20元/立方米。"),
                new Sec("s-fee-5", "d-fee", fee, "渌发改发〔2024〕6号", "株洲市渌口区", march, "五、执行时间",
                        "从 2024 年 5 月 1 日起抄表见量执行。"),
                new Sec("s-fee-6", "d-fee", fee, "渌发改发〔2024〕6号", "株洲市渌口区", march, "落款",
                        "株洲市渌口区发展和改革局 2024 年 3 月 18 日"),
                new Sec("s-rules-3", "d-rules", rules, "渌政发〔2024〕1号", "株洲市渌口区", LocalDate.of(2024, 1, 29),
                        "第三条", "本办法所称预征预储，是指为保障基干民兵分队演习、训练、抢险救灾、应对突发事件等需要，进行登记管理。"),
                new Sec("s-rules-20", "d-rules", rules, "渌政发〔2024〕1号", "株洲市渌口区", LocalDate.of(2024, 1, 29),
                        "第二十条", "基干民兵分队进行演习、训练、抢险救灾、应对突发事件需要征用物资装备时，一般每年不超过 15 天。"),
                new Sec("s-hc-1", "d-hc", hecheng, null, "怀化市鹤城区", june, "4月29日",
                        "鹤城区委副书记、区长郑明明主持召开第六届区政府第50次常务会议。"),
                new Sec("s-hc-2", "d-hc", hecheng, null, "怀化市鹤城区", june, "4月17日",
                        "鹤城区委副书记、区长郑明明督导检查防汛备汛工作并巡河。水口村 <script>alert(1)</script> 渌水"));
    }
}
