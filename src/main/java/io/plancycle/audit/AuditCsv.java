package io.plancycle.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit trail as a spreadsheet: CSV (Excel's dialect), UTF-8 with a byte-order mark so that Excel reads Chinese,
 * one line per changed field (an entry without field changes has one line of its own), newest first, in the columns
 * 時間, 使用者, 來源位址, 對象, 編號, 動作, 欄位, 修改前, 修改後, in the words of the page ({@link AuditWords}).
 */
@Component
class AuditCsv {

    static final List<String> COLUMNS = List.of("at", "user", "address", "entity", "id", "action", "field", "before", "after");

    private final AuditTrail trail;
    private final MessageSource messages;
    private final AuditWords words;

    AuditCsv(AuditTrail trail, MessageSource messages, AuditWords words) {
        this.trail = trail;
        this.messages = messages;
        this.words = words;
    }

    /** Answers the whole trail matching the filter as a CSV download. */
    void send(AuditFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            write(filter, out);
        }
    }

    void write(AuditFilter filter, Writer out) throws IOException {
        out.append('\uFEFF');
        String[] header = COLUMNS.stream()
                .map(c -> messages.getMessage("audit.csv." + c, null, c, LocaleContextHolder.getLocale()))
                .toArray(String[]::new);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header).get());
        try {
            trail.export(filter, entry -> print(csv, entry));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private void print(CSVPrinter csv, AuditEntry entry) {
        String entity = entry.context().isEmpty() ? entry.entity() : entry.entity() + "（" + entry.context() + "）";
        try {
            if (entry.changes().isEmpty()) {
                csv.printRecord(words.time(entry.at()), entry.userName(), entry.address(), entity, entry.entityId(), entry.action(),
                        "", "", "");
            }
            for (AuditEntry.FieldChange change : entry.changes()) {
                csv.printRecord(words.time(entry.at()), entry.userName(), entry.address(), entity, entry.entityId(), entry.action(),
                        change.field(), nullToEmpty(change.before()), nullToEmpty(change.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
