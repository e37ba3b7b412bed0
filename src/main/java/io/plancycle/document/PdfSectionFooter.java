package io.plancycle.document;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;

import java.util.List;

/**
 * Prints at the foot of each page its number within its section ("P4-2"), so that a printed plan book is cited by
 * the agency's part and the page in it, as the city does on paper. Pages are counted as they end: the writer starts a
 * section only after the last page of the one before has ended, so each page is counted in the section it shows.
 */
final class PdfSectionFooter extends PdfPageEventHelper {

    private final Font font;
    /** Pages before the first section, if a document has none, number plainly. */
    private Document.Section section = new Document.Section(null, List.of());
    private int pages;

    PdfSectionFooter(Font font) {
        this.font = font;
    }

    /** The pages that end from now on belong to this section, counted from 1. */
    void start(Document.Section section) {
        this.section = section;
        this.pages = 0;
    }

    /** The printed number of the page being laid out now ("P4-6"): the next to end. */
    String currentPage() {
        return section.pageNumber(pages + 1);
    }

    @Override
    public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, com.lowagie.text.Document document) {
        pages++;
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(section.pageNumber(pages), font), (page.getLeft() + page.getRight()) / 2,
                page.getBottom() + document.bottomMargin() / 2, 0);
    }
}
