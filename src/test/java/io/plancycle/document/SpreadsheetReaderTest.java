package io.plancycle.document;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The spreadsheets PlanCycle gives out read back as they were written, cell by cell, in both formats; LibreOffice's
 * million empty rows at the end of a sheet read at once and kept as nothing; whatever is not a spreadsheet, or is
 * past the limits of an upload, refused naming the file.
 */
class SpreadsheetReaderTest {

    /** The whole city's plan, twenty agencies: a sheet each. */
    private static final Document PLAN = DemoPlanDocument.of(20);

    @Test
    void anXlsxOfPlanCycleReadsBackAsExcelShowsIt() throws IOException {
        Spreadsheet read = SpreadsheetReader.read(SavedDocuments.write(new XlsxWriter(), PLAN, "read-back.xlsx"));
        // Excel shows a figure in its general format: the number 500, not the text it was written from.
        assertSameCells(read, cell -> cell.isNumber() ? plain(cell.number()) : cell.text());
    }

    @Test
    void anOdsOfPlanCycleReadsBackAsWritten() throws IOException {
        Spreadsheet read = SpreadsheetReader.read(SavedDocuments.write(new OdsWriter(), PLAN, "read-back.ods"));
        assertSameCells(read, Document.Cell::text);
    }

    @Test
    void aSheetEndingInAMillionEmptyRowsReadsFastAndKeepsOnlyItsRows() throws IOException {
        Document one = new Document("表", "表", List.of(new Document.Section(null, List.of(PLAN.tables().get(0)))));
        byte[] ods = SavedDocuments.write(new OdsWriter(), one, "tail.ods");
        String lastRow = "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell office:value-type=\"string\">"
                + "<text:p>三次</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"16383\"/>"
                + "</table:table-row><table:table-row table:number-rows-repeated=\"1048553\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>";
        byte[] libreOffice = replaceContent(ods, content -> content.replaceFirst("</table:table>", lastRow));

        Spreadsheet read = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SpreadsheetReader.read(libreOffice));
        List<Spreadsheet.Row> rows = read.sheets().get(0).rows();
        int written = PLAN.tables().get(0).rows().size() + 2;
        assertThat(rows).hasSize(written + 3);
        assertThat(rows.subList(written, written + 3)).allSatisfy(row -> assertThat(row.cells()).containsExactly("三次"));
        assertThat(rows.get(written + 2).number()).isEqualTo(written + 3);
    }

    @Test
    void aFormulaShowsItsValue() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("民政處");
            sheet.createRow(0).createCell(0).setCellValue(300);
            sheet.getRow(0).createCell(2).setCellFormula("A1*2");
            workbook.write(out);
            Spreadsheet.Sheet read = SpreadsheetReader.read(out.toByteArray()).sheets().get(0);
            assertThat(read.rows().get(0).cells()).containsExactly("300", "", "600");
            assertThat(read.cell(7, 27)).isEqualTo("民政處!AB7");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "csv", "random", "odt", "docx", "empty"})
    void whatIsNotASpreadsheetIsRefusedNamingTheFile(String kind) throws IOException {
        byte[] file = switch (kind) {
            case "pdf" -> SavedDocuments.write(new PdfWriter(), Document.of("表", "表", List.of(new Document.Paragraph("計畫"))), "not.pdf");
            case "csv" -> "關鍵策略目標,關鍵績效指標\n一、目標,1. 指標\n".getBytes(StandardCharsets.UTF_8);
            case "random" -> randomBytes();
            case "odt" -> SavedDocuments.write(new OdtWriter(), PLAN, "not.odt");
            case "docx" -> zip("[Content_Types].xml", "word/document.xml");
            default -> new byte[0];
        };
        assertRefused(file, "file", MessageCode.IMPORT_NOT_SPREADSHEET);
    }

    @Test
    void moreSheetsOrRowsThanAnUploadMayHaveAreRefused() throws IOException {
        Document.Table small = new Document.Table("表", List.of(new Document.Column("甲", 4)), List.of());
        Document sheets = new Document("表", "表", List.of(new Document.Section(null,
                Collections.nCopies(SheetRows.MAX_SHEETS + 1, small))));
        assertRefused(SavedDocuments.write(new XlsxWriter(), sheets, "many-sheets.xlsx"), "file",
                MessageCode.IMPORT_TOO_MANY_SHEETS);

        List<List<Document.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < SheetRows.MAX_ROWS - 1; r++) {
            rows.add(List.of(Document.Cell.text("列" + r)));
        }
        Document tall = Document.of("表", "表", List.of(new Document.Table("長表", small.columns(), rows)));
        // the title and the headers are rows too: the 5,001st row is the last one written
        assertRefused(SavedDocuments.write(new OdsWriter(), tall, "many-rows.ods"), "長表!A5001",
                MessageCode.IMPORT_TOO_MANY_ROWS);
    }

    /** Every sheet of the plan: the title on row 1, the headers on row 2, then each row as {@code shown} shows it. */
    private static void assertSameCells(Spreadsheet read, java.util.function.Function<Document.Cell, String> shown) {
        List<Document.Table> tables = PLAN.tables();
        assertThat(read.sheets()).extracting(Spreadsheet.Sheet::name)
                .containsExactlyElementsOf(tables.stream().map(Document.Table::name).toList());
        for (int s = 0; s < tables.size(); s++) {
            Document.Table table = tables.get(s);
            List<Spreadsheet.Row> rows = read.sheets().get(s).rows();
            assertThat(rows).as(table.name()).hasSize(table.rows().size() + 2);
            assertThat(rows.get(0).cells()).containsExactly(PLAN.title());
            assertThat(rows.get(1).cells()).containsExactlyElementsOf(
                    table.columns().stream().map(Document.Column::header).toList());
            for (int r = 0; r < table.rows().size(); r++) {
                assertThat(rows.get(r + 2).number()).isEqualTo(r + 3);
                for (int c = 0; c < table.columns().size(); c++) {
                    assertThat(rows.get(r + 2).cell(c)).as("%s row %d column %d", table.name(), r + 3, c)
                            .isEqualTo(shown.apply(table.rows().get(r).get(c)));
                }
            }
        }
    }

    private static void assertRefused(byte[] file, String field, ProblemCode code) {
        assertThatThrownBy(() -> SpreadsheetReader.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getErrors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.code()).isEqualTo(code);
                }));
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The ODS with its content.xml changed, every other entry as it was. */
    private static byte[] replaceContent(byte[] ods, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ods)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("content.xml")) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
