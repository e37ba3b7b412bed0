package io.plancycle.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/**
 * The audit trail for the planning office: {@code GET /api/audit?user=&entity=&from=&to=&page=&size=}, newest first,
 * as JSON, or with {@code Accept: text/csv} the whole filtered trail as a spreadsheet. Read-only: nothing in the API
 * changes or deletes an audit entry.
 */
@Tag(name = "Audit", description = "The audit trail: who changed what, when and from where, before and after")
@RestController
class AuditController {

    private final AuditTrail trail;
    private final AuditCsv csv;

    AuditController(AuditTrail trail, AuditCsv csv) {
        this.trail = trail;
        this.csv = csv;
    }

    /**
     * @param user   a user id (exact), or {@code system}
     * @param entity a type of row: Cycle, Plan, Goal, Kpi, Target, Actual, Review, ReviewComment, PanelAssignment,
     *               PanelOpinion, Revision, CommentReply, Approval, DeadlineChange, AgencyContact, UserAccountChange, Agency
     * @param from   first day (yyyy-MM-dd, Asia/Taipei), inclusive
     * @param to     last day, inclusive
     * @param page   from 0
     * @param size   1 to 200, 50 unless given
     */
    @Operation(operationId = "getAuditTrail", summary = "Read the audit trail, filtered and paged (JSON, or the whole filtered trail as CSV with Accept: text/csv)")
    @GetMapping(value = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditPage read(@RequestParam(required = false) String user, @RequestParam(required = false) String entity,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        CurrentUser.require(Role.ADMIN);
        AuditTrail.AuditRequest request = trail.request(user, entity, from, to, page, size);
        return trail.page(request.filter(), request.page(), request.size());
    }

    /** The whole trail matching the filters (page and size do not apply), newest first. */
    @Operation(operationId = "getAuditTrail", summary = "Read the audit trail, filtered and paged (JSON, or the whole filtered trail as CSV with Accept: text/csv)")
    @GetMapping(value = "/api/audit", produces = "text/csv")
    void csv(@RequestParam(required = false) String user, @RequestParam(required = false) String entity,
             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             HttpServletResponse response) throws IOException {
        CurrentUser.require(Role.ADMIN);
        csv.send(trail.filter(user, entity, from, to), response);
    }

    /** The types of row the {@code entity} filter takes, with their names. */
    @Operation(operationId = "listAuditTypes", summary = "List the kinds of record the audit trail can be filtered by")
    @GetMapping(value = "/api/audit/types", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditTrail.TypeOption> types() {
        return trail.types();
    }
}
