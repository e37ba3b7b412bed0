package io.plancycle.document;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A document as a PDF (OpenPDF) for reading and printing: A4 landscape, the title on top, each section from a new
 * page and numbered on its own in the footer (P4-1, P4-2 ...). The text is set in Noto Sans TC, which ships in the jar
 * so that a PDF never depends on the server's fonts; it is embedded as a subset with Identity-H encoding, so the
 * Chinese is selectable and searchable, looks the same on every reader, and the file holds only the glyphs it uses.
 * The title and the language (zh-TW) are in the file's metadata, where readers and screen readers look for them.
 */
@Component
class PdfWriter implements DocumentWriter {

    private static final String FONT = "/fonts/NotoSansTC-Regular.ttf";
    private static final String LANGUAGE = "zh-TW";
    private static final float MARGIN = 42;
    private static final float FOOTER_MARGIN = 48;

    /** Read once: the font file is 7 MB, and only the glyphs a document uses go into it. */
    private final BaseFont font;

    PdfWriter() {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the classpath");
            }
            font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public void write(Document document, OutputStream out) {
        render(document, out, null);
    }

    /**
     * Where each row of each table of the document begins in its PDF: per table, in order, the printed number of the
     * page each row starts on ("P4-6"). The document is laid out as {@link #write} lays it out, the file thrown away.
     */
    List<List<String>> rowPages(Document document) {
        List<List<String>> tables = new ArrayList<>();
        render(document, OutputStream.nullOutputStream(), tables);
        return tables;
    }

    /** Lays the document out into {@code out}; with {@code rowPages}, notes there where each table's rows begin. */
    private void render(Document document, OutputStream out, List<List<String>> rowPages) {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN,
                FOOTER_MARGIN);
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
        writer.setCloseStream(false);
        writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        pdf.addTitle(document.title());
        PdfBlocks blocks = new PdfBlocks(font);
        PdfSectionFooter footer = new PdfSectionFooter(blocks.footer());
        writer.setPageEvent(footer);
        pdf.open();
        pdf.add(blocks.title(document.title()));
        for (int s = 0; s < document.sections().size(); s++) {
            if (s > 0) {
                pdf.newPage();
            }
            Document.Section section = document.sections().get(s);
            footer.start(section);
            for (Document.Block block : section.blocks()) {
                pdf.add(blocks.of(block, block instanceof Document.Table table && rowPages != null
                        ? startingPages(table, footer, rowPages) : null));
            }
        }
        pdf.close();
    }

    /** Adds the table's list of pages; answers what fills it, the first time each row is laid out. */
    private static IntConsumer startingPages(Document.Table table, PdfSectionFooter footer, List<List<String>> rowPages) {
        String[] pages = new String[table.rows().size()];
        rowPages.add(Arrays.asList(pages));
        return row -> {
            if (pages[row] == null) {
                pages[row] = footer.currentPage();
            }
        };
    }
}
