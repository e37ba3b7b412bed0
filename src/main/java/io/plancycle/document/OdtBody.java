package io.plancycle.document;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextParagraphElementBase;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTableCellProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfElement;

import java.util.Iterator;
import java.util.List;

/**
 * The text of one document in an ODT: the title, then each section's headings, paragraphs and tables, the first of
 * them opening the section's pages (the title opens the first section's). Headings are real headings with an outline
 * level, so that the navigator and a table of contents see them.
 */
final class OdtBody {

    private static final String CELL_STYLE = "Cell";
    private static final OdfTables.Look HEADER = new OdfTables.Look(CELL_STYLE, "Table_20_Heading");
    private static final OdfTables.Look BODY = new OdfTables.Look(CELL_STYLE, "Table_20_Contents");

    private final OfficeTextElement text;
    private final OdtPages pages;
    private final OdfOfficeAutomaticStyles styles;
    private Iterator<String> tableNames;
    private OdtPages.Opening opening;
    private int tables;

    OdtBody(OdfTextDocument odt, OdtPages pages) throws Exception {
        this.text = odt.getContentRoot();
        this.pages = pages;
        this.styles = odt.getContentDom().getOrCreateAutomaticStyles();
        OdfStyle cell = styles.newStyle(CELL_STYLE, OdfStyleFamily.TableCell);
        cell.setProperty(OdfTableCellProperties.Border, "0.5pt solid #000000");
        cell.setProperty(OdfTableCellProperties.Padding, OdfTables.cm(0.1));
    }

    /**
     * Writes the document in place of the blank paragraph odfdom's new text document holds. Its tables are named as
     * their sheets would be, which the office suite's navigator lists.
     */
    void write(Document document) {
        text.removeChild(OdfElement.findFirstChildNode(TextPElement.class, text));
        tableNames = SheetNames.of(document.tables()).iterator();
        List<Document.Section> sections = document.sections();
        opening = sections.isEmpty() ? null : pages.opening(sections.get(0), true);
        paragraph(text.newTextPElement(), "Title", document.title());
        for (int i = 0; i < sections.size(); i++) {
            if (i > 0) {
                opening = pages.opening(sections.get(i), false);
            }
            sections.get(i).blocks().forEach(this::block);
        }
    }

    private void block(Document.Block block) {
        if (block instanceof Document.Heading heading) {
            paragraph(text.newTextHElement(heading.level()), "Heading_20_" + heading.level(), heading.text());
        } else if (block instanceof Document.Paragraph paragraph) {
            paragraph(text.newTextPElement(), "Text_20_body", paragraph.text());
        } else {
            table((Document.Table) block);
        }
    }

    /** Fills a paragraph or heading, in its style or, when it opens a section, in that section's opening style. */
    private void paragraph(TextParagraphElementBase paragraph, String style, String content) {
        paragraph.setTextStyleNameAttribute(opening == null ? style : pages.paragraphStyle(opening, style));
        opening = null;
        OdfWhitespaceProcessor.appendText(paragraph, content);
    }

    /** A table across the text width, its columns as wide as their share of the document's widths. */
    private void table(Document.Table source) {
        String name = "Table" + ++tables;
        OdfStyle style = styles.newStyle(name, OdfStyleFamily.Table);
        style.setProperty(OdfTableProperties.Width, OdfTables.cm(OdtPages.TEXT_WIDTH_CM));
        style.setProperty(OdfTableProperties.Align, "margins");
        if (opening != null) {
            pages.open(style, opening);
            opening = null;
        }
        TableTableElement table = text.newTableTableElement();
        table.setTableNameAttribute(tableNames.next());
        table.setTableStyleNameAttribute(name);
        double total = source.columns().stream().mapToInt(Document.Column::width).sum();
        OdfTables.columns(table, styles, name, source.columns().stream()
                .map(c -> OdtPages.TEXT_WIDTH_CM * c.width() / total).toList());
        OdfTables.header(table, source, HEADER);
        OdfTables.rows(table, source, BODY);
    }
}
