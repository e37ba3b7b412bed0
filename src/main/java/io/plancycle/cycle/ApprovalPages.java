package io.plancycle.cycle;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.step.Step;
import io.plancycle.ui.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The approver's pages: the cycles awaiting final approval, and one cycle's consolidated overview with the decision. */
@Controller
class ApprovalPages {

    private final CycleService cycleService;
    private final Inbox inbox;
    private final Consolidations consolidations;

    ApprovalPages(CycleService cycleService, Inbox inbox, Consolidations consolidations) {
        this.cycleService = cycleService;
        this.inbox = inbox;
        this.consolidations = consolidations;
    }

    /** What the page says after a decision; kept for it in the session (a flash attribute), hence Serializable. */
    record ReviewApprovalDecided(int year, Decision decision) implements java.io.Serializable {
    }

    @GetMapping("/approval")
    String awaiting(Model model) {
        CurrentUser.require(Role.APPROVER);
        List<TaskView> awaiting = inbox.myTasks().stream().filter(t -> t.stage() == Step.APPROVAL).toList();
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("years", cycleService.years());
        return "pages/review/approvals";
    }

    @GetMapping("/approval/{year}")
    String cycle(@PathVariable int year, Model model) {
        return page(year, null, null, List.of(), Map.of(), null, model);
    }

    /**
     * Approves, or returns with a reason to the agencies ticked (none: all); a return without a reason is shown next
     * to the reason box, an agency refused next to the boxes.
     */
    @PostMapping("/approval/{year}")
    String decide(@PathVariable int year, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason,
                  @RequestParam(name = "agencies", required = false) List<String> agencies, RedirectAttributes redirect,
                  Model model, HttpServletResponse response) {
        List<String> returnTo = agencies == null ? List.of() : agencies;
        Decision chosen = parse(decision);
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen == null) {
            errors.put("decision", "review.approval.error.decision");
        }
        if (reason != null && reason.length() > 5000) {
            errors.put("reason", "review.approval.error.tooLong");
        }
        FormSave save = FormSave.answering(response)
                .refused(refused -> {
                    refused.forEach(error -> {
                        if (error.field().startsWith("agencies")) {
                            errors.put("agencies", "review.approval.error.agencies");
                        } else {
                            errors.put(error.field().equals("reason") ? "reason" : "decision",
                                    error.field().equals("reason") ? "review.approval.error.reasonRequired"
                                            : "review.approval.error.decision");
                        }
                    });
                    return page(year, chosen, reason, returnTo, errors, null, model);
                })
                .movedOn(movedOn -> page(year, chosen, reason, returnTo, errors, "review.approval.alert.wrongStage", model))
                .changedFirst(() -> page(year, chosen, reason, returnTo, errors, "review.approval.alert.concurrent", model));
        if (!errors.isEmpty()) {
            return save.invalid(() -> page(year, chosen, reason, returnTo, errors, null, model));
        }
        return save.save(() -> cycleService.decide(year, new DecisionRequest(chosen,
                reason == null || reason.isBlank() ? null : reason.strip(), returnTo)), () -> {
            redirect.addFlashAttribute("decided", new ReviewApprovalDecided(year, chosen));
            return "redirect:/approval/" + year;
        });
    }

    private String page(int year, Decision decision, String reason, List<String> returnTo, Map<String, String> errors,
                        String alert, Model model) {
        model.addAttribute("overview", consolidations.of(year));
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "pages/review/approval";
    }

    private static Decision parse(String decision) {
        for (Decision d : Decision.values()) {
            if (d.name().equals(decision)) {
                return d;
            }
        }
        return null;
    }
}
