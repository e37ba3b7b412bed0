package io.plancycle.document;

import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.element.office.OfficeSpreadsheetElement;
import org.odftoolkit.odfdom.dom.element.style.StyleFooterElement;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.element.table.TableCoveredTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfStylePropertiesSet;
import org.odftoolkit.odfdom.dom.style.props.OdfTableCellProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStylePageLayout;
import org.odftoolkit.odfdom.pkg.OdfElement;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A document's tables as an OpenDocument spreadsheet (ODS) through the ODF Toolkit, laid out as {@link XlsxWriter}
 * lays out the workbook: one sheet per table, the document's title on the first row across the columns, the column
 * headers on the second (frozen by {@link OdsFrozenHeaders}, and printed on every page), then the rows. Figures are
 * numbers. Pages print A4 landscape, one page wide.
 */
@Component
class OdsWriter implements DocumentWriter {

    /** A character of Chinese text in a cell, as wide as the two characters per width XlsxWriter gives a column. */
    private static final double CHARACTER_CM = 0.38;
    private static final OdfTables.Look TITLE = new OdfTables.Look("TitleCell", null);
    private static final OdfTables.Look HEADER = new OdfTables.Look("HeaderCell", null);
    private static final OdfTables.Look BODY = new OdfTables.Look("BodyCell", null);
    private static final String SHEET_STYLE = "Sheet";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.ODS;
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        OdfFiles.write(OdfSpreadsheetDocument::newSpreadsheetDocument, ods -> {
            OdfFiles.prepare(ods, document.title(), OdfStyleFamily.TableCell);
            printPages(ods);
            OfficeSpreadsheetElement sheets = ods.getContentRoot();
            sheets.removeChild(OdfElement.findFirstChildNode(TableTableElement.class, sheets));
            OdfOfficeAutomaticStyles styles = ods.getContentDom().getOrCreateAutomaticStyles();
            addStyles(styles);
            List<String> names = SheetNames.of(document.tables());
            for (int i = 0; i < names.size(); i++) {
                TableTableElement sheet = sheets.newTableTableElement();
                sheet.setTableNameAttribute(names.get(i));
                sheet.setTableStyleNameAttribute(SHEET_STYLE);
                sheet(sheet, styles, "Columns" + (i + 1), document.title(), document.tables().get(i));
            }
            OdsFrozenHeaders.freeze(ods.getSettingsDom(), names);
        }, out);
    }

    private static void sheet(TableTableElement sheet, OdfOfficeAutomaticStyles styles, String columnStyles,
            String title, Document.Table table) {
        OdfTables.columns(sheet, styles, columnStyles,
                table.columns().stream().map(c -> (c.width() + 1) * CHARACTER_CM).toList());
        TableTableRowElement titleRow = sheet.newTableTableRowElement();
        int columns = table.columns().size();
        OdfTables.cell(titleRow, Document.Cell.text(title), TITLE).setTableNumberColumnsSpannedAttribute(columns);
        if (columns > 1) {
            TableCoveredTableCellElement covered =
                    ((OdfFileDom) sheet.getOwnerDocument()).newOdfElement(TableCoveredTableCellElement.class);
            covered.setTableNumberColumnsRepeatedAttribute(columns - 1);
            titleRow.appendChild(covered);
        }
        OdfTables.header(sheet, table, HEADER);
        OdfTables.rows(sheet, table, BODY);
    }

    private static void addStyles(OdfOfficeAutomaticStyles styles) {
        OdfStyle sheet = styles.newStyle(SHEET_STYLE, OdfStyleFamily.Table);
        sheet.setStyleMasterPageNameAttribute("Default");
        sheet.setProperty(OdfTableProperties.Display, "true");
        OdfStyle title = styles.newStyle(TITLE.cellStyle(), OdfStyleFamily.TableCell);
        bold(title);
        title.setProperty(OdfTextProperties.FontSize, "14pt");
        title.setProperty(OdfTextProperties.FontSizeAsian, "14pt");
        OdfStyle header = styles.newStyle(HEADER.cellStyle(), OdfStyleFamily.TableCell);
        bold(header);
        header.setProperty(OdfTableCellProperties.WrapOption, "wrap");
        header.setProperty(OdfTableCellProperties.VerticalAlign, "middle");
        OdfStyle body = styles.newStyle(BODY.cellStyle(), OdfStyleFamily.TableCell);
        body.setProperty(OdfTableCellProperties.WrapOption, "wrap");
        body.setProperty(OdfTableCellProperties.VerticalAlign, "top");
    }

    private static void bold(OdfStyle style) {
        style.setProperty(OdfTextProperties.FontWeight, "bold");
        style.setProperty(OdfTextProperties.FontWeightAsian, "bold");
    }

    /**
     * The sheets' page (the master page "Default" of odfdom's blank spreadsheet) in A4 landscape, scaled to one page
     * wide (style:scale-to-X, which odfdom does not know yet) like the workbook's fit to width, and its footer in
     * Chinese, "第 1 頁", where the blank spreadsheet prints "Page 1".
     */
    private static void printPages(OdfSpreadsheetDocument ods) throws Exception {
        StyleMasterPageElement page = ods.getOfficeMasterStyles().getMasterPage("Default");
        OdfStylePageLayout layout =
                ods.getStylesDom().getOrCreateAutomaticStyles().getPageLayout(page.getStylePageLayoutNameAttribute());
        OdfFiles.landscapeA4(layout);
        layout.getOrCreatePropertiesElement(OdfStylePropertiesSet.PageLayoutProperties)
                .setAttributeNS(OdfDocumentNamespace.STYLE.getUri(), "style:scale-to-X", "1");
        TextPElement footer = OdfElement.findFirstChildNode(TextPElement.class,
                OdfElement.findFirstChildNode(StyleFooterElement.class, page));
        footer.setTextContent("第 ");
        footer.newTextPageNumberElement("1").setTextContent("1");
        footer.appendChild(footer.getOwnerDocument().createTextNode(" 頁"));
    }
}
