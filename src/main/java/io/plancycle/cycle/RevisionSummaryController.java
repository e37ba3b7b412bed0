package io.plancycle.cycle;

import io.plancycle.document.Documents;
import io.plancycle.document.GetDocument;
import io.plancycle.revision.RevisionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;


/**
 * The KPI rolling revision summary table of a year's cycle. It lives with the cycle, which finds the year's cycle,
 * so that revisions need not depend on cycles.
 */
@Tag(name = "Revisions", description = "Rolling revision (滾動修正): changes to a returned plan, each with its reason, and the KPI revision summary table")
@RestController
class RevisionSummaryController {

    private final RevisionSummary summary;
    private final CycleService cycleService;
    private final Documents documents;

    RevisionSummaryController(RevisionSummary summary, CycleService cycleService, Documents documents) {
        this.summary = summary;
        this.cycleService = cycleService;
        this.documents = documents;
    }

    @Operation(operationId = "getRevisionSummary", summary = "Read the KPI rolling revision summary table of a cycle")
    @GetMapping(value = "/api/cycles/{year}/revision-summary", produces = MediaType.APPLICATION_JSON_VALUE)
    RevisionSummary.Table summary(@PathVariable int year) {
        return summary.table(year, cycleService.cycle(year).getId());
    }

    /** The same table as the city publishes it: ODS, XLSX, ODT, PDF or CSV. */
    @Operation(operationId = "downloadRevisionSummary", summary = "Download the KPI rolling revision summary table "
            + "(?format=ods|xlsx|odt|pdf|csv, or by Accept)")
    @GetDocument("/api/cycles/{year}/revision-summary")
    ResponseEntity<byte[]> download(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(summary.document(summary.table(year, cycleService.cycle(year).getId())), request);
    }
}
