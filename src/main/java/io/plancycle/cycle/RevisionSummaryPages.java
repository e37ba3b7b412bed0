package io.plancycle.cycle;

import io.plancycle.revision.RevisionSummary;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;


/**
 * The KPI rolling revision summary table (關鍵績效指標滾動修正項目彙總表) as a page and as CSV: for the planning office
 * from its board, for the approver from the approval page, each reached from its own pages.
 */
@Controller
class RevisionSummaryPages {

    private final CycleService cycleService;
    private final RevisionSummary revisionSummary;

    RevisionSummaryPages(CycleService cycleService, RevisionSummary revisionSummary) {
        this.cycleService = cycleService;
        this.revisionSummary = revisionSummary;
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

    /** The same CSV as {@code GET /api/cycles/{year}/revision-summary} (text/csv), for the signed-in browser. */
    @GetMapping("/admin/cycles/{year}/summary.csv")
    ResponseEntity<String> csvForPlanningOffice(@PathVariable int year) {
        CurrentUser.require(Role.ADMIN);
        return csv(year);
    }

    @GetMapping("/approval/{year}/summary.csv")
    ResponseEntity<String> csvForApprover(@PathVariable int year) {
        CurrentUser.require(Role.APPROVER);
        return csv(year);
    }

    /** The page; {@code cyclePage} is the reader's own page of the cycle, which the breadcrumbs lead back to. */
    private String page(int year, String cyclePage, boolean approver, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("cyclePage", cyclePage);
        model.addAttribute("approver", approver);
        model.addAttribute("table", revisionSummary.table(year, cycleService.cycle(year).getId()));
        return "pages/admin/summary";
    }

    private ResponseEntity<String> csv(int year) {
        return RevisionSummaryCsv.download(revisionSummary.table(year, cycleService.cycle(year).getId()), year);
    }
}
