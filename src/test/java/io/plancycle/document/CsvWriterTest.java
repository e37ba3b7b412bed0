package io.plancycle.document;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-table document as CSV, read back as a spreadsheet program reads it. */
class CsvWriterTest {

    @Test
    void theTableIsWrittenWithItsHeaderAndAByteOrderMarkForExcel() throws IOException {
        Document document = DemoPlanDocument.of(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(document, out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF關鍵策略目標,關鍵績效指標,衡量標準,108年度目標值");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        Document.Table table = document.tables().get(0);
        assertThat(records).hasSize(table.rows().size() + 1);
        assertThat(records.get(1).toList()).isEqualTo(table.rows().get(0).stream().map(Document.Cell::text).toList());
    }

    @Test
    void onlyADocumentOfOneTableFitsCsv() {
        assertThat(DocumentFormat.CSV.fits(DemoPlanDocument.of(1))).isTrue();
        assertThat(DocumentFormat.CSV.fits(DemoPlanDocument.of(2))).isFalse();
        assertThat(DocumentFormat.ODS.fits(DemoPlanDocument.of(2))).isTrue();
    }
}
