package io.plancycle.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Sets a document's blocks as OpenPDF elements in the one shipped font. With no bold face, the title and headings
 * stand out by size alone. Tables fill the page width in the proportions of their columns, repeat their header row on
 * every page and wrap long Chinese text inside the cell; figures are right-aligned so that their digits line up.
 */
final class PdfBlocks {

    /** Chinese text reads best with more room between lines than Latin text. */
    private static final float LINE_SPACING = 1.5f;
    private static final Color HEADER_SHADE = new Color(0xE4, 0xE4, 0xE4);
    /** The typesetter's mark for a character the font lacks (〓), which would otherwise vanish from the page. */
    private static final int MISSING = 0x3013;

    private final BaseFont baseFont;
    private final Font title;
    private final Font heading1;
    private final Font heading2;
    private final Font body;
    private final Font cell;
    private final Font footer;

    PdfBlocks(BaseFont font) {
        this.baseFont = font;
        title = new Font(font, 20);
        heading1 = new Font(font, 16);
        heading2 = new Font(font, 13);
        body = new Font(font, 11);
        cell = new Font(font, 10);
        footer = new Font(font, 9);
    }

    /** The font of the page numbers in the footer. */
    Font footer() {
        return footer;
    }

    /** The document's title, centred above the first section. */
    Element title(String text) {
        Paragraph paragraph = text(text, title, 0, 12);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /**
     * A heading, paragraph or table of a section; each row of a table tells {@code rows} (when given) the moment it is
     * laid out on a page, by its index.
     */
    Element of(Document.Block block, IntConsumer rows) {
        if (block instanceof Document.Heading heading) {
            return heading.level() == 1 ? text(heading.text(), heading1, 6, 8) : text(heading.text(), heading2, 10, 4);
        }
        if (block instanceof Document.Paragraph paragraph) {
            return text(paragraph.text(), body, 0, 4);
        }
        return table((Document.Table) block, rows);
    }

    private Paragraph text(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(font.getSize() * LINE_SPACING, chunk(text, font));
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private PdfPTable table(Document.Table table, IntConsumer rows) {
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).width();
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(8);
        pdf.setHeaderRows(1);
        for (Document.Column column : table.columns()) {
            PdfPCell header = cell(column.header(), Element.ALIGN_CENTER);
            header.setVerticalAlignment(Element.ALIGN_MIDDLE);
            header.setBackgroundColor(HEADER_SHADE);
            pdf.addCell(header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Document.Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Document.Cell value = row.get(c);
                PdfPCell shown = cell(value.text(), value.isNumber() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                if (rows != null && c == 0) {
                    int index = r;
                    shown.setCellEvent((laidOut, position, canvases) -> rows.accept(index));
                }
                pdf.addCell(shown);
            }
        }
        return pdf;
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell pdf = new PdfPCell(new Phrase(chunk(text, cell)));
        pdf.setHorizontalAlignment(alignment);
        pdf.setLeading(0, LINE_SPACING);
        pdf.setPadding(4);
        pdf.setUseAscender(true);
        pdf.setUseDescender(true);
        return pdf;
    }

    /**
     * The text as set: broken into lines the Chinese way, and with each character Noto Sans TC lacks (rare variants
     * such as 逹 for 達 occur in the city's texts) shown as 〓, so a reader sees that a character is there.
     */
    private Chunk chunk(String text, Font font) {
        String shown = text.codePoints().map(c -> Character.isISOControl(c) || baseFont.charExists(c) ? c : MISSING)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return new Chunk(shown, font).setSplitCharacter(ChineseLineBreaks.INSTANCE);
    }
}
