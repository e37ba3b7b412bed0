package io.plancycle.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook of the city's real plan, read back with Apache POI as a spreadsheet program would. */
class XlsxWriterTest {

    /** Cells as a spreadsheet program shows them. */
    private static final DataFormatter SHOWN = new DataFormatter();

    @Test
    void everyTableIsASheetWithTheTitleTheCitysColumnsAndItsFiguresAsNumbers() throws IOException {
        Document document = DemoPlanDocument.of(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(document, out);
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/plan-book.xlsx"), out.toByteArray());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            JsonNode agencies = DemoPlanDocument.plan().get("agencies");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo(agencies.get(0).get("name").asText());
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(document.title());

            Sheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("嘉義市政府中程(108至111年度)施政計畫");
            assertThat(texts(sheet.getRow(1))).containsExactly("關鍵策略目標", "關鍵績效指標", "衡量標準",
                    "108年度目標值", "109年度目標值", "110年度目標值", "111年度目標值");
            JsonNode goal = agencies.get(1).get("goals").get(0);
            JsonNode kpi = goal.get("kpis").get(0);
            List<String> firstKpi = texts(sheet.getRow(2));
            assertThat(firstKpi.subList(0, 3)).containsExactly(goal.get("title").asText(), kpi.get("name").asText(),
                    kpi.path("measure").asText());
            assertThat(firstKpi.get(6)).isEqualTo(kpi.get("targets").get("111").get("raw").asText());
            int kpis = StreamSupport.stream(agencies.get(1).get("goals").spliterator(), false)
                    .mapToInt(g -> g.get("kpis").size()).sum();
            assertThat(sheet.getLastRowNum()).isEqualTo(kpis + 1);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);

            Cell number = numberCell(workbook.getSheetAt(0));
            assertThat(number.getNumericCellValue()).isEqualTo(DemoPlanDocument.firstNumber(document).doubleValue());
        }
    }

    @Test
    void sheetNamesAreWhatASpreadsheetAcceptsAndUnique() {
        Document.Table one = new Document.Table("目標/指標:108至111年度[修正]中程施政計畫關鍵績效指標彙總表", List.of(), List.of());
        Document.Table two = new Document.Table("目標/指標:108至111年度[修正]中程施政計畫關鍵績效指標彙總表", List.of(), List.of());
        List<String> names = SheetNames.of(List.of(one, two));
        assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(31)
                .doesNotContain("/", ":", "[", "]"));
        assertThat(names.get(1)).endsWith("(2)");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(SHOWN.formatCellValue(c)));
        return texts;
    }

    private static Cell numberCell(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no number in " + sheet.getSheetName());
    }
}
