package com.gazettesearch.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer (Apache PDFBox), in reading order: text is sorted by its position on the page, top to bottom
 * and left to right, so the order the producer drew it in does not matter (a one-column layout, as official
 * documents are printed). Page numbers and running headers and footers are left out ({@link PageFurniture}).
 *
 * <p>The work is bounded: at most {@link #MAX_PAGES} pages and {@link #TIME_LIMIT} per file (checked between the
 * content stream's operators, so a page that never ends does not hang the run), and PDFBox buffers streams in
 * temporary files, not memory. A PDF without a text layer (a scan), an encrypted one and a broken one are
 * {@link UnreadableFile}s with their reason.
 */
final class PdfText implements DocumentFormat {
    static final int MAX_PAGES = 5000;
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    /** A scan may carry a few characters of text (a stamp, a page number): fewer than this per page is none. */
    private static final int MIN_CHARS_PER_PAGE = 5;
    private static final String PAGE_END = "\f";
    private static final int OPERATORS_PER_CHECK = 512;

    @Override
    public String name() {
        return "PDF";
    }

    @Override
    public String text(Path path) throws UnreadableFile {
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        try (PDDocument doc = Loader.loadPDF(path.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableFile("broken PDF: it has no pages");
            }
            if (pages > MAX_PAGES) {
                throw new UnreadableFile("PDF of " + pages + " pages: more than the " + MAX_PAGES + " read");
            }
            BoundedStripper stripper = new BoundedStripper(deadline);
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageStart("");
            stripper.setPageEnd(PAGE_END);
            String all = stripper.getText(doc);
            List<List<String>> lines = new ArrayList<>();
            int chars = 0;
            for (String page : all.split(PAGE_END, -1)) {
                if (lines.size() == pages) {
                    break;
                }
                List<String> pageLines = new ArrayList<>();
                for (String line : page.split("\n")) {
                    pageLines.add(line.strip());
                    chars += line.strip().length();
                }
                lines.add(pageLines);
            }
            if (chars < MIN_CHARS_PER_PAGE * pages) {
                throw new UnreadableFile(hasImages(doc)
                        ? "scanned PDF: no text layer (OCR not supported)"
                        : "PDF without text: its " + pages + " page(s) have no text layer and no images");
            }
            return String.join("\n", PageFurniture.without(lines));
        } catch (InvalidPasswordException e) {
            throw new UnreadableFile("encrypted PDF: it needs a password to open (not supported)", e);
        } catch (TimeLimit e) {
            throw new UnreadableFile("PDF not read within " + TIME_LIMIT.toSeconds() + " s: skipped (" + e.getMessage()
                    + ")", e);
        } catch (IOException e) {
            throw new UnreadableFile("broken PDF: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox is lenient and reads damaged files as far as it can; what still fails deep inside it (a bad
            // cross-reference, a font it cannot parse, structures nested without end) is a broken file, not a fault
            // of the indexer: the file is skipped with the reason and the run goes on
            throw new UnreadableFile("broken PDF: " + e, e);
        }
    }

    /** Whether any page draws an image: a PDF without text but with images is a scan. */
    private static boolean hasImages(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Thrown from inside PDFBox when a file's time is up. */
    private static final class TimeLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeLimit(String where) {
            super(where, null, false, false);
        }
    }

    /** A text stripper that stops when the file's time is up, checked every few hundred operators. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final long deadline;
        private int operators;

        BoundedStripper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % OPERATORS_PER_CHECK == 0 && System.nanoTime() > deadline) {
                throw new TimeLimit("stopped at page " + getCurrentPageNo());
            }
            super.processOperator(operator, operands);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new TimeLimit("stopped at page " + getCurrentPageNo());
            }
            super.processPage(page);
        }
    }
}
