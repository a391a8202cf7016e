package com.gazettesearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An old Word document (.doc, Word 97–2003; Apache POI HWPF): the main text in order, each paragraph a line and
 * each table row a line of tab-separated cells; headers, footers and footnotes are stories of their own and left
 * out, as are field codes (only their results are text). Word's automatic numbering is not drawn (HWPF does not
 * compute it). An OLE2 file that is an encrypted .docx or another Office file is refused with its reason.
 */
final class DocText implements DocumentFormat {
    @Override
    public String name() {
        return "DOC";
    }

    @Override
    public String text(Path path) throws UnreadableFile {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS));
             POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UnreadableFile("encrypted Word file: it needs a password to open (not supported)");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new UnreadableFile("an Office file that is not a Word document (no WordDocument stream)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return String.join("\n", lines(doc.getRange()));
            }
        } catch (OldWordFileFormatException e) {
            throw new UnreadableFile("Word 6/95 document: too old to read (save it as .docx)", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("encrypted Word file: it needs a password to open (not supported)", e);
        } catch (IOException e) {
            throw new UnreadableFile("not a readable Word .doc file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // HWPF fails with runtime exceptions on damaged streams: the file is skipped with the reason
            throw new UnreadableFile("not a readable Word .doc file: " + e, e);
        }
    }

    private static List<String> lines(Range range) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                for (int r = 0; r < table.numRows(); r++) {
                    TableRow row = table.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        cells.add(clean(cell.text()).replaceAll("[\\s\\u3000]+", " ").strip());
                    }
                    if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                        lines.add(cells.size() == 1 ? cells.getFirst() : String.join("\t", cells));
                    }
                }
                i += table.numParagraphs() - 1;
                continue;
            }
            // a tab inside a paragraph aligns text; only a table's cells are cells
            String text = clean(p.text()).replace('\t', ' ').strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** A paragraph's text without field codes and Word's control characters (cell marks, page breaks). */
    private static String clean(String text) {
        return Range.stripFields(text).replace('\u000B', '\n').replaceAll("[\\u0000-\\u0008\\u000C-\\u001F\\u0007]", "")
                .replace("\r", "");
    }
}
