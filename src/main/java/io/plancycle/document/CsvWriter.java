package io.plancycle.document;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A document's one table as CSV in Excel's dialect, UTF-8 with a byte-order mark so that Excel reads the Chinese. */
@Component
class CsvWriter implements DocumentWriter {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.CSV;
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Document.Table table = document.tables().get(0);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                .setHeader(table.columns().stream().map(Document.Column::header).toArray(String[]::new)).get());
        for (var row : table.rows()) {
            csv.printRecord(row.stream().map(Document.Cell::text));
        }
        csv.flush();
    }
}
