package io.plancycle.document;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sheets of an OpenDocument spreadsheet from its {@code content.xml}, walking the ODF elements itself: each
 * table:table, its rows wherever they sit (among header rows and row groups too), each cell and covered cell. A row
 * or cell repeated (table:number-rows-repeated, table:number-columns-repeated) counts as many, but an empty one is
 * only counted: LibreOffice ends every sheet with an empty row repeated a million times, which the ODF Toolkit's
 * table API would make a million rows of. A cell's text is what it shows, its paragraphs one per line.
 */
final class OdsReader {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdsReader() {
    }

    static Spreadsheet read(byte[] contentXml) throws IOException {
        Element spreadsheet = first(parse(contentXml).getDocumentElement(), OFFICE, "body");
        spreadsheet = spreadsheet == null ? null : first(spreadsheet, OFFICE, "spreadsheet");
        if (spreadsheet == null) {
            throw new IOException("content.xml has no office:spreadsheet");
        }
        List<Element> tables = children(spreadsheet, TABLE, "table");
        SheetRows.requireAtMostMaxSheets(tables.size());
        List<Spreadsheet.Sheet> sheets = new ArrayList<>();
        for (Element table : tables) {
            SheetRows rows = new SheetRows(table.getAttributeNS(TABLE, "name"));
            rows(table, rows, 1);
            sheets.add(rows.sheet());
        }
        return new Spreadsheet(sheets);
    }

    /** The rows of a table or of a group of its rows, numbered from {@code number}; the number after the last. */
    private static int rows(Element parent, SheetRows rows, int number) {
        for (Element child : children(parent, TABLE, null)) {
            switch (child.getLocalName()) {
                case "table-row" -> number = row(child, rows, number);
                case "table-header-rows", "table-rows", "table-row-group" -> number = rows(child, rows, number);
                default -> {
                    // columns, shapes, named ranges: no cells
                }
            }
        }
        return number;
    }

    private static int row(Element row, SheetRows rows, int number) {
        SheetRows.Cells cells = new SheetRows.Cells();
        for (Element cell : children(row, TABLE, null)) {
            if (cell.getLocalName().equals("table-cell") || cell.getLocalName().equals("covered-table-cell")) {
                cells.add(text(cell), repeated(cell, "number-columns-repeated"));
            }
        }
        int repeated = repeated(row, "number-rows-repeated");
        rows.add(number, cells, repeated);
        return number + repeated;
    }

    /** What the cell shows: its paragraphs, a line each; a cell without any shows its value, if it has one. */
    private static String text(Element cell) {
        List<Element> paragraphs = children(cell, TEXT, null).stream()
                .filter(e -> e.getLocalName().equals("p") || e.getLocalName().equals("h")).toList();
        if (paragraphs.isEmpty()) {
            String value = cell.getAttributeNS(OFFICE, "value");
            return value.isEmpty() ? cell.getAttributeNS(OFFICE, "string-value") : value;
        }
        StringBuilder text = new StringBuilder();
        for (Element paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            inline(paragraph, text);
        }
        return text.toString();
    }

    /**
     * A paragraph's text: runs of white space are one space, as ODF says; text:s, text:tab and text:line-break as
     * written; spans and links by their text; drawings and comments (other namespaces) are not the cell's text.
     */
    private static void inline(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue().replaceAll("[ \\t\\r\\n]+", " "));
            } else if (child instanceof Element element && TEXT.equals(element.getNamespaceURI())) {
                switch (element.getLocalName()) {
                    case "s" -> text.append(" ".repeat(Math.min(repeated(element, TEXT, "c"), 1000)));
                    case "tab" -> text.append('\t');
                    case "line-break" -> text.append('\n');
                    case "note", "bookmark", "bookmark-start", "bookmark-end" -> {
                        // a footnote or a mark: not what the cell shows
                    }
                    default -> inline(element, text);
                }
            }
        }
    }

    private static int repeated(Element element, String attribute) {
        return repeated(element, TABLE, attribute);
    }

    /** A count attribute; 1 where it is missing or not a positive number. */
    private static int repeated(Element element, String namespace, String attribute) {
        try {
            return Math.max(1, Integer.parseInt(element.getAttributeNS(namespace, attribute)));
        } catch (NumberFormatException missing) {
            return 1;
        }
    }

    private static Element first(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The child elements in the namespace, of the local name or (null) any. */
    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && (name == null || name.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    /** The XML without a DOCTYPE: no entity of the file can make the parser read anything else or expand without end. */
    private static org.w3c.dom.Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("content.xml is not well-formed XML without a DOCTYPE", e);
        }
    }
}
