package io.plancycle.web;

import io.plancycle.cycle.Consolidations;
import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.Decision;
import io.plancycle.cycle.DecisionRequest;
import io.plancycle.cycle.TaskView;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.step.Step;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final Consolidations consolidations;

    ApprovalPages(CycleService cycleService, Consolidations consolidations) {
        this.cycleService = cycleService;
        this.consolidations = consolidations;
    }

    /** What the page says after a decision. */
    record ReviewApprovalDecided(int year, Decision decision) {
    }

    @GetMapping("/approval")
    String awaiting(Model model) {
        CurrentUser.require(Role.APPROVER);
        List<TaskView> awaiting = cycleService.myTasks().stream().filter(t -> t.stage() == Step.APPROVAL).toList();
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("years", cycleService.years());
        return "pages/review/approvals";
    }

    @GetMapping("/approval/{year}")
    String cycle(@PathVariable int year, Model model) {
        return page(year, null, null, Map.of(), null, model);
    }

    /** Approves, or returns to consolidation with a reason; a return without one is shown next to the reason box. */
    @PostMapping("/approval/{year}")
    String decide(@PathVariable int year, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        Decision chosen = parse(decision);
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen == null) {
            errors.put("decision", "review.approval.error.decision");
        }
        if (reason != null && reason.length() > 5000) {
            errors.put("reason", "review.approval.error.tooLong");
        }
        if (!errors.isEmpty()) {
            return page(year, chosen, reason, errors, null, model);
        }
        try {
            cycleService.decide(year, new DecisionRequest(chosen, reason == null || reason.isBlank() ? null : reason.strip()));
        } catch (InvalidInputException e) {
            e.getErrors().forEach(error -> errors.put(error.field().equals("reason") ? "reason" : "decision",
                    error.field().equals("reason") ? "review.approval.error.reasonRequired" : "review.approval.error.decision"));
            return page(year, chosen, reason, errors, null, model);
        } catch (WrongStageException e) {
            return page(year, chosen, reason, errors, "review.approval.alert.wrongStage", model);
        } catch (OptimisticLockingFailureException | OptimisticLockingException e) {
            return page(year, chosen, reason, errors, "review.approval.alert.concurrent", model);
        }
        redirect.addFlashAttribute("decided", new ReviewApprovalDecided(year, chosen));
        return "redirect:/approval/" + year;
    }

    private String page(int year, Decision decision, String reason, Map<String, String> errors, String alert, Model model) {
        model.addAttribute("overview", consolidations.of(year));
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason == null ? "" : reason);
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
