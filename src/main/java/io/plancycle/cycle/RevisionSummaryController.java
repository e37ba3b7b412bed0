package io.plancycle.cycle;

import io.plancycle.revision.RevisionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


/**
 * The KPI rolling revision summary table of a year's cycle. It lives with the cycle, which finds the year's cycle,
 * so that revisions need not depend on cycles.
 */
@Tag(name = "Revisions", description = "Rolling revision (滾動修正): changes to a returned plan, each with its reason, and the KPI revision summary table")
@RestController
class RevisionSummaryController {

    private final RevisionSummary summary;
    private final CycleService cycleService;

    RevisionSummaryController(RevisionSummary summary, CycleService cycleService) {
        this.summary = summary;
        this.cycleService = cycleService;
    }

    @Operation(operationId = "getRevisionSummary", summary = "Read the KPI rolling revision summary table of a cycle (JSON, or CSV with Accept: text/csv)")
    @GetMapping(value = "/api/cycles/{year}/revision-summary", produces = MediaType.APPLICATION_JSON_VALUE)
    RevisionSummary.Table summary(@PathVariable int year) {
        return summary.table(year, cycleService.cycle(year).getId());
    }

    /** The same table as the city publishes it, for a spreadsheet: UTF-8 with a byte-order mark so Excel reads Chinese. */
    @Operation(operationId = "getRevisionSummary", summary = "Read the KPI rolling revision summary table of a cycle (JSON, or CSV with Accept: text/csv)")
    @GetMapping(value = "/api/cycles/{year}/revision-summary", produces = "text/csv")
    ResponseEntity<String> summaryCsv(@PathVariable int year) {
        return RevisionSummaryCsv.download(summary.table(year, cycleService.cycle(year).getId()), year);
    }
}
