package io.plancycle.web;

import io.plancycle.cycle.Decision;
import io.plancycle.plan.PlanService;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.review.ReviewDesk;
import io.plancycle.review.ReviewDrafts;
import io.plancycle.review.ReviewService;
import io.plancycle.review.ReviewView;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation team's pages: the review queue, the written review of one submission (beside the previous year and
 * the round before, a comment box per KPI, approve or return) and the response-to-review table.
 */
@Controller
class ReviewPages {

    private static final String SUBMISSION = "/cycles/{year}/agencies/{code}";

    private final ReviewDesk desk;
    private final ReviewService reviewService;
    private final PlanService planService;
    private final ReviewDrafts drafts;

    ReviewPages(ReviewDesk desk, ReviewService reviewService, PlanService planService, ReviewDrafts drafts) {
        this.desk = desk;
        this.drafts = drafts;
        this.reviewService = reviewService;
        this.planService = planService;
    }

    /** What the queue says after a decision: whose submission, which round, approved or returned. */
    record ReviewDecided(String agencyName, int year, int round, Decision decision) {
    }

    @GetMapping("/review")
    String queue(Model model) {
        model.addAttribute("queue", desk.queue());
        return "pages/review/queue";
    }

    /** The sheet, with what this reviewer has drafted on the round so far. */
    @GetMapping(SUBMISSION + "/review")
    String sheet(@PathVariable int year, @PathVariable String code, Model model) {
        ReviewForm form = new ReviewForm();
        drafts.mine(year, code).ifPresent(draft -> {
            form.draft(draft);
            model.addAttribute("draftSavedAt", draft.savedAt());
        });
        return sheet(year, code, form, Map.of(), null, model);
    }

    /** Keeps the comments as a draft (no decision); refused only when a text is longer than can be kept. */
    private String saveDraft(int year, String code, ReviewForm form, RedirectAttributes redirect, Model model) {
        Map<String, String> errors = new LinkedHashMap<>(form.check());
        errors.remove("decision");
        if (!errors.isEmpty()) {
            return sheet(year, code, form, errors, null, model);
        }
        try {
            drafts.save(year, code, form.getOverall(), form.getSuggestions(), form.getComments());
        } catch (WrongStageException e) {
            return sheet(year, code, form, Map.of(), "review.alert.wrongStage", model);
        }
        redirect.addFlashAttribute("draftSaved", true);
        return "redirect:/cycles/" + year + "/agencies/" + code + "/review";
    }

    /**
     * Approves or returns the submission (or, with the draft button, keeps the comments as a draft). Refused input comes back on the page, each error next to its field and every
     * comment as typed; a decision taken meanwhile by someone else is said at the top.
     */
    @PostMapping(SUBMISSION + "/review")
    String decide(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") ReviewForm form,
                  BindingResult binding, @RequestParam(required = false) String draft, RedirectAttributes redirect,
                  Model model) {
        if (draft != null) {
            return saveDraft(year, code, form, redirect, model);
        }
        Map<String, String> errors = new LinkedHashMap<>(form.check());
        if (binding.hasFieldErrors("decision")) {
            errors.put("decision", "review.error.decision");
        }
        if (!errors.isEmpty()) {
            return sheet(year, code, form, errors, null, model);
        }
        try {
            ReviewView review = reviewService.review(year, code, form.toRequest());
            String agencyName = planService.planInCycle(year, code).getAgency().getName();
            redirect.addFlashAttribute("decided", new ReviewDecided(agencyName, year, review.round(), review.decision()));
            return "redirect:/review";
        } catch (InvalidInputException e) {
            return sheet(year, code, form, fieldErrors(e, form.commentKpis()), null, model);
        } catch (WrongStageException e) {
            return sheet(year, code, form, Map.of(), "review.alert.wrongStage", model);
        } catch (OptimisticLockingFailureException | OptimisticLockingException e) {
            return sheet(year, code, form, Map.of(), "review.alert.concurrent", model);
        }
    }

    private String sheet(int year, String code, ReviewForm form, Map<String, String> errors, String alert, Model model) {
        model.addAttribute("sheet", desk.sheet(year, code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "pages/review/review";
    }

    /** The service's field names (overall, comments[i].text, comments[i].kpiId) as the page's, with the words to show. */
    private static Map<String, String> fieldErrors(InvalidInputException e, List<Long> commentKpis) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInputException.FieldError error : e.getErrors()) {
            String field = error.field();
            if (field.equals("overall")) {
                errors.put("overall", "review.error.overallRequired");
            } else if (field.startsWith("comments[")) {
                int index = Integer.parseInt(field.substring("comments[".length(), field.indexOf(']')));
                Long kpi = index < commentKpis.size() ? commentKpis.get(index) : null;
                errors.put(kpi == null ? "suggestions" : "comment-" + kpi,
                        field.endsWith(".kpiId") ? "review.error.unknownKpi" : "review.error.field");
            } else {
                errors.put("form", "review.error.field");
            }
        }
        return errors;
    }

    @GetMapping(SUBMISSION + "/responses")
    String responses(@PathVariable int year, @PathVariable String code, Model model) {
        model.addAttribute("table", desk.responses(year, code));
        return "pages/review/responses";
    }
}
