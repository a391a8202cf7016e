package com.gazettesearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx, Apache POI): its body in order — each paragraph a line, with the label Word's automatic
 * numbering draws before it ({@link WordNumbering}); each table row a line of tab-separated cells, which the
 * parser reads as a table row (a one-column table holds text blocks, read as paragraphs). Headers, footers,
 * footnotes and comments are not part of the body and are left out.
 */
final class DocxText implements DocumentFormat {
    @Override
    public String name() {
        return "DOCX";
    }

    @Override
    public String text(Path path) throws UnreadableFile {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
             XWPFDocument doc = new XWPFDocument(in)) {
            WordNumbering numbering = new WordNumbering(doc.getNumbering());
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                body(element, numbering, lines);
            }
            return String.join("\n", lines);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableFile("not a Word .docx file (an older Office file: save it as .docx or .doc)", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("encrypted Word file: it needs a password to open (not supported)", e);
        } catch (IOException e) {
            throw new UnreadableFile("not a readable Word .docx file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // POI fails with runtime exceptions on archives that are not Word documents (an .xlsx, a damaged ZIP,
            // missing parts): the file is skipped with the reason, the run goes on
            throw new UnreadableFile("not a readable Word .docx file: " + e, e);
        }
    }

    private static void body(IBodyElement element, WordNumbering numbering, List<String> lines) {
        if (element instanceof XWPFParagraph p) {
            // a tab inside a paragraph aligns text (局长<tab>张三); only a table's cells are cells
            String text = (numbering.label(p) + p.getText()).replace('\t', ' ').strip();
            if (!text.isEmpty()) {
                lines.add(text.replace('\u000B', '\n'));
            }
        } else if (element instanceof XWPFTable table) {
            table(table, numbering, lines);
        } else if (element instanceof XWPFSDT sdt) {
            String text = sdt.getContent().getText().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
    }

    private static void table(XWPFTable table, WordNumbering numbering, List<String> lines) {
        boolean layout = table.getRows().stream().allMatch(r -> r.getTableCells().size() <= 1);
        for (XWPFTableRow row : table.getRows()) {
            if (layout) {
                // a one-column table is a frame around text: its paragraphs are paragraphs
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(e -> body(e, numbering, lines));
                }
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll("[\\s\\u3000]+", " ").strip());
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                lines.add(String.join("\t", cells));
            }
        }
    }
}
