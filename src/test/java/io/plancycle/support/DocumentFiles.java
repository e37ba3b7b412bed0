package io.plancycle.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableRow;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a downloaded document back with the readers a person's programs use (the ODF Toolkit, Apache POI, PDFBox,
 * a CSV parser): the rows of each sheet as shown, header first (the title row above it left out), or the text; and
 * edits a spreadsheet's cells as a person would before sending it back.
 */
public final class DocumentFiles {

    private static final DataFormatter SHOWN = new DataFormatter();
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private DocumentFiles() {
    }

    /** The sheets' names of an ODS or XLSX file. */
    public static List<String> sheetNames(byte[] file, String format) throws Exception {
        List<String> names = new ArrayList<>();
        if (format.equals("ods")) {
            try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(file))) {
                ods.getTableList(false).forEach(t -> names.add(t.getTableName()));
            }
        } else {
            try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                xlsx.forEach(s -> names.add(s.getSheetName()));
            }
        }
        return names;
    }

    /** The rows of a table: sheet {@code index} of an ODS or XLSX file, or the CSV; header first. */
    public static List<List<String>> rows(byte[] file, String format, int index) throws Exception {
        return switch (format) {
            case "ods" -> odsRows(file, index);
            case "xlsx" -> xlsxRows(file, index);
            case "csv" -> csvRows(file);
            default -> throw new IllegalArgumentException(format + " has no rows");
        };
    }

    /** The text of an ODT or PDF file, its lines joined by newlines. */
    public static String text(byte[] file, String format) throws Exception {
        if (format.equals("pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(file))) {
            StringBuilder text = new StringBuilder();
            appendText(odt.getContentRoot(), text);
            return text.toString();
        }
    }

    /** The text of an ODF element in document order, a line per paragraph or heading. */
    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else {
                appendText(child, text);
                if (child.getLocalName() != null && (child.getLocalName().equals("p") || child.getLocalName().equals("h"))) {
                    text.append('\n');
                }
            }
        }
    }

    /**
     * The XLSX file with cells of its first sheet typed over as a person types in Excel (a plain number becomes a
     * number, anything else text), each cell by its name: {"F3": "620"}. A cell or row that is not there is made.
     */
    public static byte[] editXlsx(byte[] file, Map<String, String> cells) throws IOException {
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = xlsx.getSheetAt(0);
            cells.forEach((name, text) -> {
                CellReference at = new CellReference(name);
                Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
                Cell cell = row.getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (text.matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(text));
                } else {
                    cell.setCellValue(text);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xlsx.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The ODS file with cells of its first sheet typed over as text, through the ODF DOM (its table:table-row and
     * table:table-cell elements), each cell by its name: {"F3": "620"}. The cells must be there, as PlanCycle writes them.
     */
    public static byte[] editOds(byte[] file, Map<String, String> cells) throws Exception {
        try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(file))) {
            Element sheet = (Element) ods.getContentRoot().getElementsByTagNameNS(TABLE, "table").item(0);
            NodeList rows = sheet.getElementsByTagNameNS(TABLE, "table-row");
            cells.forEach((name, text) -> {
                CellReference at = new CellReference(name);
                Element cell = cells((Element) rows.item(at.getRow())).get(at.getCol());
                while (cell.hasChildNodes()) {
                    cell.removeChild(cell.getFirstChild());
                }
                cell.removeAttributeNS(OFFICE, "value");
                cell.setAttributeNS(OFFICE, "office:value-type", "string");
                Element paragraph = cell.getOwnerDocument().createElementNS(TEXT, "text:p");
                paragraph.setTextContent(text);
                cell.appendChild(paragraph);
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ods.save(out);
            return out.toByteArray();
        }
    }

    /** A row's cells, covered ones too, in order. */
    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element cell && TABLE.equals(cell.getNamespaceURI())
                    && cell.getLocalName().endsWith("table-cell")) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /**
     * The pages of a PDF by the page number printed at their foot (their last line: "P4-6"), each page's text with
     * every space and line break taken out, so that a cell's text wrapped over lines reads whole.
     */
    public static Map<String, String> pdfPages(byte[] file) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(file)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                pages.put(lines.get(lines.size() - 1), String.join("", lines).replaceAll("\\s", ""));
            }
        }
        return pages;
    }

    /** Renders the first page of a PDF to target/screenshots/{name}.png, to be looked at. */
    public static void screenshotFirstPage(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    dir.resolve(name + ".png").toFile());
        }
    }

    private static List<List<String>> odsRows(byte[] file, int index) throws Exception {
        try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(file))) {
            OdfTable table = ods.getTableList(false).get(index);
            List<List<String>> rows = new ArrayList<>();
            // Row by row: the ODF Toolkit's getCellByPosition fails on a sheet whose header rows follow a title row.
            List<OdfTableRow> sheet = table.getRowList();
            for (int r = 1; r < sheet.size(); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    row.add(sheet.get(r).getCellByIndex(c).getDisplayText());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<List<String>> xlsxRows(byte[] file, int index) throws IOException {
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = xlsx.getSheetAt(index);
            int columns = sheet.getRow(1).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row source = sheet.getRow(r);
                List<String> row = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    row.add(source == null || source.getCell(c) == null ? "" : SHOWN.formatCellValue(source.getCell(c)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<List<String>> csvRows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords().stream().map(CSVRecord::toList).toList();
    }
}
