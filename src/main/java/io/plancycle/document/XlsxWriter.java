package io.plancycle.document;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's tables as an Excel workbook (Apache POI), one sheet per table: the document's title on the first row,
 * the column headers on the second (frozen, and repeated on every printed page), then the rows. Figures are numbers.
 */
@Component
class XlsxWriter implements DocumentWriter {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.XLSX;
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(document.title());
            Styles styles = new Styles(workbook);
            List<String> names = SheetNames.of(document.tables());
            for (int i = 0; i < names.size(); i++) {
                sheet(workbook.createSheet(names.get(i)), document.title(), document.tables().get(i), styles);
            }
            workbook.write(out);
        }
    }

    private static void sheet(XSSFSheet sheet, String title, Document.Table table, Styles styles) {
        int columns = table.columns().size();
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
        Row header = sheet.createRow(1);
        for (int c = 0; c < columns; c++) {
            Document.Column column = table.columns().get(c);
            header.createCell(c).setCellValue(column.header());
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, column.width() * 2 + 2) * 256);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 2);
            List<Document.Cell> cells = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Document.Cell cell = cells.get(c);
                if (cell.isNumber()) {
                    row.createCell(c).setCellValue(cell.number().doubleValue());
                } else {
                    row.createCell(c).setCellValue(cell.text());
                }
                row.getCell(c).setCellStyle(cell.percent() ? styles.percent(cell.percentDecimals()) : styles.body);
            }
        }
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columns - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final Map<Integer, CellStyle> percents = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            body = workbook.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
        }

        /** A percentage with as many decimals as its figure has: 110%, 95.74%. */
        CellStyle percent(int decimals) {
            return percents.computeIfAbsent(decimals, d -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(body);
                style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0%" : "0." + "0".repeat(d) + "%"));
                return style;
            });
        }
    }
}
