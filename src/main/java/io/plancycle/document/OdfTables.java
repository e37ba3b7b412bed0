package io.plancycle.document;

import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableColumnElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTableColumnProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfFileDom;

import java.util.List;
import java.util.Locale;

/**
 * Writes a document's table into an ODF table the same way in a text document and in a spreadsheet: its columns, the
 * header row as the table's header rows (which a text document repeats at the top of every page and a spreadsheet
 * prints on every page), then the rows. A figure is a float cell holding its number, shown as its text, so that it
 * can be summed and sorted; the other cells are strings.
 */
final class OdfTables {

    private OdfTables() {
    }

    /** The styles a part of a table is written in: its cells' style, and the paragraph style of their text or null. */
    record Look(String cellStyle, String textStyle) {
    }

    /**
     * A column element per column, each in its own style named {@code stylePrefix.1}, {@code .2} ..., with its width
     * in centimetres and the same proportion as a relative width.
     */
    static void columns(TableTableElement table, OdfOfficeAutomaticStyles styles, String stylePrefix,
            List<Double> widthsCm) {
        for (int c = 0; c < widthsCm.size(); c++) {
            OdfStyle style = styles.newStyle(stylePrefix + "." + (c + 1), OdfStyleFamily.TableColumn);
            style.setProperty(OdfTableColumnProperties.ColumnWidth, cm(widthsCm.get(c)));
            style.setProperty(OdfTableColumnProperties.RelColumnWidth, Math.round(widthsCm.get(c) * 1000) + "*");
            TableTableColumnElement column = table.newTableTableColumnElement();
            column.setTableStyleNameAttribute(style.getStyleNameAttribute());
        }
    }

    /** The column headers as the table's header rows. */
    static void header(TableTableElement table, Document.Table source, Look look) {
        TableTableRowElement row = table.newTableTableHeaderRowsElement().newTableTableRowElement();
        for (Document.Column column : source.columns()) {
            cell(row, Document.Cell.text(column.header()), look);
        }
    }

    /** The table's rows, after its header. */
    static void rows(TableTableElement table, Document.Table source, Look look) {
        for (List<Document.Cell> cells : source.rows()) {
            TableTableRowElement row = table.newTableTableRowElement();
            cells.forEach(cell -> cell(row, cell, look));
        }
    }

    /** A cell at the end of the row: a float or percentage with its number for a figure, else a string; line breaks are kept. */
    static TableTableCellElement cell(TableTableRowElement row, Document.Cell cell, Look look) {
        OdfFileDom dom = (OdfFileDom) row.getOwnerDocument();
        TableTableCellElement element = dom.newOdfElement(TableTableCellElement.class);
        row.appendChild(element);
        element.setTableStyleNameAttribute(look.cellStyle());
        if (cell.isNumber()) {
            element.setOfficeValueTypeAttribute(cell.percent() ? "percentage" : "float");
            element.setOfficeValueAttribute(cell.number().doubleValue());
        } else {
            element.setOfficeValueTypeAttribute("string");
        }
        TextPElement text = element.newTextPElement();
        if (look.textStyle() != null) {
            text.setTextStyleNameAttribute(look.textStyle());
        }
        OdfWhitespaceProcessor.appendText(text, cell.text());
        return element;
    }

    /** A length in centimetres as ODF writes it. */
    static String cm(double centimetres) {
        return String.format(Locale.ROOT, "%.2fcm", centimetres);
    }
}
