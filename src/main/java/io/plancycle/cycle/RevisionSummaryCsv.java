package io.plancycle.cycle;

import io.plancycle.revision.RevisionSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** The KPI rolling revision summary table of a year as the CSV file a spreadsheet opens: the API's and the pages'. */
final class RevisionSummaryCsv {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private RevisionSummaryCsv() {
    }

    static ResponseEntity<String> download(RevisionSummary.Table table, int year) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kpi-revision-summary-" + year + ".csv\"")
                .body(RevisionSummary.csv(table));
    }
}
