package com.gazettesearch.testkit;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real PDF and Word files written from text, for the corpus readers' tests: a gazette's lines typeset the way a
 * printed page sets them (a PDF with an embedded CJK font, lines wrapped at a page's width, a running header and
 * page numbers; a .docx with its lines as paragraphs, tab-separated lines as tables and a header and footer), a
 * scanned page (an image, no text), an encrypted PDF. The font is Gazette Test Sans, an OFL subset of Noto Sans
 * CJK shipped with the tests ({@code src/test/resources/fonts}).
 */
public final class GazetteFiles {
    private static final float FONT_SIZE = 12;
    private static final float LEADING = 18;
    private static final float MARGIN = 60;

    private GazetteFiles() {
    }

    /** How a PDF's pages are set. */
    public record PdfLayout(int charsPerLine, int linesPerPage, String runningHeader) {
        /** 30 characters a line and 36 lines a page, with a running header on every page but the first. */
        public static PdfLayout gazette(String runningHeader) {
            return new PdfLayout(30, 36, runningHeader);
        }
    }

    /**
     * Writes {@code lines} as a PDF: each line wrapped at the layout's width, blank lines as space, each page with
     * its number at the foot (— n —, drawn before the text, so only reading by position puts it last) and the
     * running header at the top of pages after the first. Tabs are set as wide spaces.
     */
    public static void pdf(Path out, List<String> lines, PdfLayout layout) {
        List<String> printed = new ArrayList<>();
        for (String line : lines) {
            String t = line.replace('\t', '\u3000');
            if (t.isBlank()) {
                printed.add("");
                continue;
            }
            for (int i = 0; i < t.length(); i += layout.charsPerLine()) {
                printed.add(t.substring(i, Math.min(t.length(), i + layout.charsPerLine())));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont font = font(doc);
            int page = 0;
            for (int from = 0; from < printed.size(); from += layout.linesPerPage()) {
                page++;
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                float top = p.getMediaBox().getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    text(cs, font, p.getMediaBox().getWidth() / 2 - 20, MARGIN / 2, "— " + page + " —");
                    if (page > 1 && layout.runningHeader() != null) {
                        text(cs, font, MARGIN, top + LEADING, layout.runningHeader());
                    }
                    float y = top - LEADING;
                    for (String line : printed.subList(from, Math.min(printed.size(), from + layout.linesPerPage()))) {
                        if (!line.isEmpty()) {
                            text(cs, font, MARGIN, y, line);
                        }
                        y -= LEADING;
                    }
                }
            }
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: an image and no text layer. */
    public static void scannedPdf(Path out, int pages) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            var g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.BLACK);
            for (int y = 20; y < 260; y += 12) {
                g.fillRect(20, y, 160, 4);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.drawImage(image, 0, 0, p.getMediaBox().getWidth(), p.getMediaBox().getHeight());
                }
            }
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF that opens only with {@code userPassword}. */
    public static void encryptedPdf(Path out, String text, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                text(cs, font(doc), MARGIN, 700, text);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, FONT_SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static PDFont font(PDDocument doc) throws IOException {
        try (InputStream in = GazetteFiles.class.getResourceAsStream("/fonts/GazetteTestSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the test font /fonts/GazetteTestSans.ttf is missing");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /**
     * Writes {@code lines} as a .docx: each line a paragraph, each run of tab-separated lines a table, with a
     * header and a footer (which are not the document's text).
     */
    public static void docx(Path out, List<String> lines, String header, String footer) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            if (header != null) {
                policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText(header);
            }
            if (footer != null) {
                policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText(footer);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.indexOf('\t') < 0) {
                    if (!line.isBlank()) {
                        doc.createParagraph().createRun().setText(line.strip());
                    }
                    continue;
                }
                int end = i;
                while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
                    end++;
                }
                List<String[]> rows = lines.subList(i, end).stream().map(l -> l.split("\t", -1)).toList();
                int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
                XWPFTable table = doc.createTable(rows.size(), columns);
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (int c = 0; c < columns; c++) {
                        row.getCell(c).setText(c < rows.get(r).length ? rows.get(r)[c] : "");
                    }
                }
                i = end - 1;
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A .docx whose {@code numbered} paragraphs carry Word's automatic numbering with the label {@code lvlText} (%1
     * in Chinese counting: 一、 二、 …) and whose other paragraphs are plain; the labels are in no run.
     */
    public static void numberedDocx(Path out, List<String> plain, List<String> numbered, String lvlText) {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal(lvlText);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
            BigInteger numId = numbering.addNum(absId);
            plain.forEach(t -> doc.createParagraph().createRun().setText(t));
            for (String t : numbered) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.createRun().setText(t);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
