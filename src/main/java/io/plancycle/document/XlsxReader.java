package io.plancycle.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the sheets of an Excel workbook (Apache POI), each cell as Excel shows it: a number in its format (500,
 * 110%), a formula as the value it gives, evaluated, or as the value the program that saved it left when POI cannot
 * evaluate it (a function it lacks, a link to another file).
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static Spreadsheet read(byte[] file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            SheetRows.requireAtMostMaxSheets(workbook.getNumberOfSheets());
            Shown shown = new Shown(workbook.getCreationHelper().createFormulaEvaluator());
            List<Spreadsheet.Sheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                SheetRows rows = new SheetRows(sheet.getSheetName());
                for (Row row : sheet) {
                    SheetRows.Cells cells = new SheetRows.Cells();
                    for (Cell cell : row) {
                        cells.skipTo(cell.getColumnIndex());
                        cells.add(shown.text(cell), 1);
                    }
                    rows.add(row.getRowNum() + 1, cells, 1);
                }
                sheets.add(rows.sheet());
            }
            return new Spreadsheet(sheets);
        }
    }

    /** A cell's text as Excel shows it. */
    private static final class Shown {
        private final DataFormatter evaluated = new DataFormatter(Locale.TAIWAN);
        private final DataFormatter cached = new DataFormatter(Locale.TAIWAN);
        private final FormulaEvaluator evaluator;

        Shown(FormulaEvaluator evaluator) {
            this.evaluator = evaluator;
            cached.setUseCachedValuesForFormulaCells(true);
        }

        String text(Cell cell) {
            try {
                return evaluated.formatCellValue(cell, evaluator);
            } catch (RuntimeException notEvaluated) {
                return cached.formatCellValue(cell);
            }
        }
    }
}
