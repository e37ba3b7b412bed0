package io.plancycle.document;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.style.StyleHeaderFooterPropertiesElement;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextPageNumberElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfPageLayoutProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeMasterStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStylePageLayout;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of a text document, A4 landscape ({@link OdfFiles#landscapeA4}). Each page label has a master page whose
 * footer reads the label, "-" and the page number, so that the pages of a section labelled P4 read P4-1, P4-2 ... as
 * {@link Document.Section#pageNumber} prints them; the sections without a label share a master page whose footer is
 * the plain number. A section opens with a paragraph or table style that names its master page and restarts the page
 * numbers at 1; after the first section it also breaks the page before it.
 */
final class OdtPages {

    private static final double MARGIN_CM = 2.0;

    /** The width a table spans: the page between its margins. */
    static final double TEXT_WIDTH_CM = OdfFiles.A4_LONG_CM - 2 * MARGIN_CM;

    /** Where a section starts: on its master page, and on a new page unless it is the first. */
    record Opening(String masterPage, boolean breaksPage) {
    }

    private final Map<String, String> masterPages = new HashMap<>();
    private final OdfOfficeAutomaticStyles contentStyles;
    private int openingStyles;

    OdtPages(OdfTextDocument odt, List<Document.Section> sections) throws Exception {
        this.contentStyles = odt.getContentDom().getOrCreateAutomaticStyles();
        String layout = landscape(odt.getStylesDom().getOrCreateAutomaticStyles());
        OdfOfficeMasterStyles masters = odt.getOfficeMasterStyles();
        masters.getOrCreateMasterPage("Standard").setStylePageLayoutNameAttribute(layout);
        odt.getDocumentStyles().getStyle("Footer", OdfStyleFamily.Paragraph)
                .setProperty(OdfParagraphProperties.TextAlign, "center");
        for (Document.Section section : sections) {
            masterPages.computeIfAbsent(section.pageLabel(),
                    label -> numbered(masters, "Pages" + (masterPages.size() + 1), layout, label));
        }
    }

    /** The opening of a section: its master page, breaking the page unless it is the document's first section. */
    Opening opening(Document.Section section, boolean first) {
        return new Opening(masterPages.get(section.pageLabel()), !first);
    }

    /** A paragraph style based on {@code parentStyle} for the paragraph that opens a section. */
    String paragraphStyle(Opening opening, String parentStyle) {
        OdfStyle style = contentStyles.newStyle("Opening" + ++openingStyles, OdfStyleFamily.Paragraph);
        style.setStyleParentStyleNameAttribute(parentStyle);
        style.setStyleMasterPageNameAttribute(opening.masterPage());
        style.setProperty(OdfParagraphProperties.PageNumber, "1");
        if (opening.breaksPage()) {
            style.setProperty(OdfParagraphProperties.BreakBefore, "page");
        }
        return style.getStyleNameAttribute();
    }

    /** Makes a table's style open a section, for a section that starts with a table. */
    void open(OdfStyle tableStyle, Opening opening) {
        tableStyle.setStyleMasterPageNameAttribute(opening.masterPage());
        tableStyle.setProperty(OdfTableProperties.PageNumber, "1");
        if (opening.breaksPage()) {
            tableStyle.setProperty(OdfTableProperties.BreakBefore, "page");
        }
    }

    private static String landscape(OdfOfficeAutomaticStyles pageStyles) {
        OdfStylePageLayout layout = pageStyles.newPageLayout("A4Landscape");
        OdfFiles.landscapeA4(layout);
        layout.setProperty(OdfPageLayoutProperties.MarginTop, OdfTables.cm(MARGIN_CM));
        layout.setProperty(OdfPageLayoutProperties.MarginLeft, OdfTables.cm(MARGIN_CM));
        layout.setProperty(OdfPageLayoutProperties.MarginRight, OdfTables.cm(MARGIN_CM));
        layout.setProperty(OdfPageLayoutProperties.MarginBottom, OdfTables.cm(1.2));
        StyleHeaderFooterPropertiesElement footer =
                layout.newStyleFooterStyleElement().newStyleHeaderFooterPropertiesElement();
        footer.setFoMinHeightAttribute(OdfTables.cm(0.6));
        footer.setFoMarginTopAttribute(OdfTables.cm(0.4));
        return layout.getStyleNameAttribute();
    }

    /** A master page whose footer reads "P4-" and the page number, or the plain number without a label. */
    private static String numbered(OdfOfficeMasterStyles masters, String name, String layout, String label) {
        StyleMasterPageElement master = masters.getOrCreateMasterPage(name);
        master.setStylePageLayoutNameAttribute(layout);
        TextPElement footer = master.newStyleFooterElement().newTextPElement();
        footer.setTextStyleNameAttribute("Footer");
        if (label != null) {
            master.setStyleDisplayNameAttribute(label);
            OdfWhitespaceProcessor.appendText(footer, label + "-");
        }
        TextPageNumberElement number = footer.newTextPageNumberElement("1");
        number.setTextSelectPageAttribute("current");
        number.setTextContent("1");
        return name;
    }
}
