package io.plancycle.cycle;

import io.plancycle.document.Documents;
import io.plancycle.document.GetDocument;
import io.plancycle.revision.RevisionSummary;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.NativeWebRequest;


/**
 * The KPI rolling revision summary table (關鍵績效指標滾動修正項目彙總表) as a page and as a document: for the planning office
 * from its board, for the approver from the approval page, each reached from its own pages.
 */
@Controller
class RevisionSummaryPages {

    private final CycleService cycleService;
    private final RevisionSummary revisionSummary;
    private final Documents documents;

    RevisionSummaryPages(CycleService cycleService, RevisionSummary revisionSummary, Documents documents) {
        this.cycleService = cycleService;
        this.revisionSummary = revisionSummary;
        this.documents = documents;
    }

    @GetMapping("/admin/cycles/{year}/summary")
    String forPlanningOffice(@PathVariable int year, Model model) {
        CurrentUser.require(Role.ADMIN);
        return page(year, "/admin/cycles/" + year, false, model);
    }

    @GetMapping("/approval/{year}/summary")
    String forApprover(@PathVariable int year, Model model) {
        CurrentUser.require(Role.APPROVER);
        return page(year, "/approval/" + year, true, model);
    }

    /** The table as a document (ODS, XLSX, ODT, PDF, CSV), the same as the API's, for the signed-in browser. */
    @GetDocument("/admin/cycles/{year}/summary")
    ResponseEntity<byte[]> documentForPlanningOffice(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        CurrentUser.require(Role.ADMIN);
        return document(year, request);
    }

    @GetDocument("/approval/{year}/summary")
    ResponseEntity<byte[]> documentForApprover(@PathVariable int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        CurrentUser.require(Role.APPROVER);
        return document(year, request);
    }

    /** The page; {@code cyclePage} is the reader's own page of the cycle, which the breadcrumbs lead back to. */
    private String page(int year, String cyclePage, boolean approver, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("cyclePage", cyclePage);
        model.addAttribute("approver", approver);
        model.addAttribute("table", revisionSummary.table(year, cycleService.cycle(year).getId()));
        return "pages/admin/summary";
    }

    private ResponseEntity<byte[]> document(int year, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return documents.download(revisionSummary.document(revisionSummary.table(year, cycleService.cycle(year).getId())),
                request);
    }
}
