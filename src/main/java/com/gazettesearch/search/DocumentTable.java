package com.gazettesearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

import com.gazettesearch.lookup.PerReader;
import com.gazettesearch.lookup.StoredRecords;
import com.gazettesearch.schema.Schema;
import com.gazettesearch.search.query.DocumentIdentifiers;

/**
 * The documents of one index reader, numbered densely: which document each section record belongs to (the
 * groups of a grouped search), each document's metadata (what a result group shows), its identifiers
 * ({@link DocumentIdentifiers}) and the issuers a query may name. Built once per reader ({@link #STATE}), read
 * without locks by every request on it.
 */
final class DocumentTable {
    static final PerReader<DocumentTable> STATE = PerReader.of("document table", DocumentTable::build);

    /** A document as a result group shows it; {@code record} is the global doc id of its document record (-1: none). */
    record Entry(String docId, int record, String title, String docNumber, String regNumber, String indexNumber,
                 String issuer, String region, String kind, LocalDate date, LocalDate validFrom, LocalDate validTo,
                 int sectionCount) {
    }

    private static final Set<String> DOCUMENT_FIELDS = Set.of(Schema.DOC_ID, Schema.DOC_TITLE, Schema.DOC_NUMBER,
            Schema.REG_NUMBER, Schema.INDEX_NUMBER, Schema.ISSUER, Schema.REGION, Schema.KIND, Schema.DATE,
            Schema.VALID_FROM, Schema.VALID_TO, Schema.SECTION_COUNT, Schema.ISSUED_TITLES);

    private final int[] groupOf;
    /** Per leaf (by ord), per sampling level k (stride 2^k, k ≥ 1): the section records of the documents sampled. */
    private final org.apache.lucene.util.FixedBitSet[][] samples;
    private final Entry[] entries;
    private final Map<String, Integer> byDocId;
    private final DocumentIdentifiers identifiers;
    private final List<String> issuers;

    private DocumentTable(int[] groupOf, org.apache.lucene.util.FixedBitSet[][] samples, Entry[] entries,
                          Map<String, Integer> byDocId, DocumentIdentifiers identifiers, List<String> issuers) {
        this.groupOf = groupOf;
        this.samples = samples;
        this.entries = entries;
        this.byDocId = byDocId;
        this.identifiers = identifiers;
        this.issuers = issuers;
    }

    /** The group (document number) of the section record with global doc id {@code doc}, or -1. */
    int groupOf(int doc) {
        return groupOf[doc];
    }

    int size() {
        return entries.length;
    }

    /** Strides a document sample can have: powers of two up to this. */
    static final int MAX_SAMPLE_STRIDE = 64;

    /**
     * The section records, in leaf {@code leafOrd}, of about one document in {@code stride} (a power of two from 2 to
     * {@value #MAX_SAMPLE_STRIDE}), each document in or out whole, chosen by a hash of its id: read-only, shared.
     */
    org.apache.lucene.util.FixedBitSet sample(int leafOrd, int stride) {
        if (stride < 2 || stride > MAX_SAMPLE_STRIDE || Integer.bitCount(stride) != 1) {
            throw new IllegalArgumentException("stride: must be a power of two from 2 to " + MAX_SAMPLE_STRIDE
                    + ", was " + stride);
        }
        return samples[leafOrd][Integer.numberOfTrailingZeros(stride) - 1];
    }

    /**
     * Which of {@value #MAX_SAMPLE_STRIDE} buckets a document falls in, from its id (MurmurHash3's finaliser, so
     * neighbouring ids land far apart): a sample of stride s takes the buckets below {@value #MAX_SAMPLE_STRIDE}/s.
     * By id rather than by position, because a corpus that repeats a pattern of documents would beat in time with
     * any sample of positions.
     */
    private static int bucket(String docId) {
        int h = docId.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, MAX_SAMPLE_STRIDE);
    }

    private static org.apache.lucene.util.FixedBitSet[][] samples(IndexSearcher searcher, int[] groupOf, List<String> ids) {
        int levels = Integer.numberOfTrailingZeros(MAX_SAMPLE_STRIDE);
        int[] buckets = ids.stream().mapToInt(DocumentTable::bucket).toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        org.apache.lucene.util.FixedBitSet[][] out = new org.apache.lucene.util.FixedBitSet[leaves.size()][levels];
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            for (int k = 0; k < levels; k++) {
                out[leaf.ord][k] = new org.apache.lucene.util.FixedBitSet(Math.max(1, maxDoc));
            }
            for (int doc = 0; doc < maxDoc; doc++) {
                int g = groupOf[leaf.docBase + doc];
                if (g < 0) {
                    continue;
                }
                for (int k = 0; k < levels; k++) {
                    if (buckets[g] < MAX_SAMPLE_STRIDE >> (k + 1)) {
                        out[leaf.ord][k].set(doc);
                    }
                }
            }
        }
        return out;
    }

    Entry entry(int group) {
        return entries[group];
    }

    /** The group of a document id, or -1 when this reader has no such document. */
    int group(String docId) {
        Integer g = byDocId.get(docId);
        return g == null ? -1 : g;
    }

    DocumentIdentifiers identifiers() {
        return identifiers;
    }

    /** Every issuer a document of this reader names, for queries that name one. */
    List<String> issuers() {
        return issuers;
    }

    private static DocumentTable build(IndexSearcher searcher) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        int[] groupOf = new int[maxDoc];
        Arrays.fill(groupOf, -1);
        Map<String, Integer> byDocId = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<Integer> records = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedSetDocValues types = DocValues.getSortedSet(leaf.reader(), Schema.RECORD_TYPE);
            SortedSetDocValues docIds = DocValues.getSortedSet(leaf.reader(), Schema.DOC_ID);
            long sectionOrd = types.lookupTerm(new org.apache.lucene.util.BytesRef(Schema.TYPE_SECTION));
            long documentOrd = types.lookupTerm(new org.apache.lucene.util.BytesRef(Schema.TYPE_DOCUMENT));
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc) || !types.advanceExact(doc) || !docIds.advanceExact(doc)) {
                    continue;
                }
                long type = types.nextOrd();
                if (type != sectionOrd && type != documentOrd) {
                    continue;
                }
                String docId = docIds.lookupOrd(docIds.nextOrd()).utf8ToString();
                Integer g = byDocId.get(docId);
                if (g == null) {
                    g = ids.size();
                    byDocId.put(docId, g);
                    ids.add(docId);
                    records.add(-1);
                }
                if (type == sectionOrd) {
                    groupOf[leaf.docBase + doc] = g;
                } else {
                    records.set(g, leaf.docBase + doc);
                }
            }
        }
        StoredFields stored = searcher.storedFields();
        Entry[] entries = new Entry[ids.size()];
        List<DocumentIdentifiers.Doc> identities = new ArrayList<>();
        Set<String> issuers = new LinkedHashSet<>();
        for (int g = 0; g < entries.length; g++) {
            int record = records.get(g);
            Document d = record < 0 ? new Document() : stored.document(record, DOCUMENT_FIELDS);
            entries[g] = new Entry(ids.get(g), record, d.get(Schema.DOC_TITLE), d.get(Schema.DOC_NUMBER),
                    d.get(Schema.REG_NUMBER), d.get(Schema.INDEX_NUMBER), d.get(Schema.ISSUER), d.get(Schema.REGION),
                    d.get(Schema.KIND), StoredRecords.epochDay(d, Schema.DATE),
                    StoredRecords.epochDay(d, Schema.VALID_FROM), StoredRecords.epochDay(d, Schema.VALID_TO),
                    d.getField(Schema.SECTION_COUNT) == null ? 0 : StoredRecords.intValue(d, Schema.SECTION_COUNT));
            Entry e = entries[g];
            if (e.issuer() != null) {
                issuers.add(e.issuer());
            }
            if (e.title() != null) {
                identities.add(new DocumentIdentifiers.Doc(e.docId(), e.title(), e.docNumber(), e.regNumber(),
                        e.indexNumber(), e.issuer(), List.of(d.getValues(Schema.ISSUED_TITLES))));
            }
        }
        return new DocumentTable(groupOf, samples(searcher, groupOf, ids), entries, Map.copyOf(byDocId), DocumentIdentifiers.of(identities),
                List.copyOf(issuers));
    }
}
