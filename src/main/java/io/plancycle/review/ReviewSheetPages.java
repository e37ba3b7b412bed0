package io.plancycle.review;

import io.plancycle.cycle.Decision;
import io.plancycle.plan.PlanService;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.ui.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation team's written review of one submission: beside the previous year and the round before, a comment
 * box per KPI with the panel members' opinions on it side by side, approve or return, or keep the comments as a draft. Refused input comes back on the page, each error
 * next to its field and every comment as typed; a decision taken meanwhile by someone else is said at the top.
 */
@Controller
@RequestMapping("/cycles/{year}/agencies/{code}/review")
class ReviewSheetPages {

    private final ReviewSheets sheets;
    private final ReviewService reviewService;
    private final PlanService planService;
    private final ReviewDrafts drafts;
    private final PanelOpinions opinions;

    ReviewSheetPages(ReviewSheets sheets, ReviewService reviewService, PlanService planService, ReviewDrafts drafts,
                     PanelOpinions opinions) {
        this.sheets = sheets;
        this.reviewService = reviewService;
        this.planService = planService;
        this.drafts = drafts;
        this.opinions = opinions;
    }

    /**
     * What the queue says after a decision: whose submission, which round, approved or returned. Kept for the next
     * page in the session (a flash attribute), which lives in the database: hence Serializable.
     */
    record ReviewDecided(String agencyName, int year, int round, Decision decision) implements java.io.Serializable {
    }

    /** The sheet, with what this reviewer has drafted on the round so far. */
    @GetMapping
    String sheet(@PathVariable int year, @PathVariable String code, Model model) {
        ReviewForm form = new ReviewForm();
        drafts.mine(year, code).ifPresent(draft -> {
            form.draft(draft);
            model.addAttribute("draftSavedAt", draft.savedAt());
        });
        return sheet(year, code, form, Map.of(), null, model);
    }

    /** Approves or returns the submission, or, with the draft button, keeps the comments as a draft. */
    @PostMapping
    String decide(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") ReviewForm form,
                  BindingResult binding, @RequestParam(required = false) String draft, RedirectAttributes redirect,
                  Model model, HttpServletResponse response) {
        FormSave save = FormSave.answering(response)
                .movedOn(movedOn -> sheet(year, code, form, Map.of(), "review.alert.wrongStage", model));
        Map<String, String> errors = new LinkedHashMap<>(form.check());
        if (draft != null) {
            // A draft has no decision yet; it is refused only when a text is longer than can be kept.
            errors.remove("decision");
            return errors.isEmpty() ? saveDraft(year, code, form, redirect, save)
                    : save.invalid(() -> sheet(year, code, form, errors, null, model));
        }
        if (binding.hasFieldErrors("decision")) {
            errors.put("decision", "review.error.decision");
        }
        if (!errors.isEmpty()) {
            return save.invalid(() -> sheet(year, code, form, errors, null, model));
        }
        return save.refused(refused -> sheet(year, code, form, fieldErrors(refused, form.commentKpis()), null, model))
                .changedFirst(() -> sheet(year, code, form, Map.of(), "review.alert.concurrent", model))
                .saveThen(() -> reviewService.review(year, code, form.toRequest()), review -> {
                    String agencyName = planService.planInCycle(year, code).getAgencyName();
                    redirect.addFlashAttribute("decided", new ReviewDecided(agencyName, year, review.round(),
                            review.decision()));
                    return "redirect:/review";
                });
    }

    private String saveDraft(int year, String code, ReviewForm form, RedirectAttributes redirect, FormSave save) {
        return save.save(() -> drafts.save(year, code, form.getOverall(), form.getSuggestions(), form.getComments()),
                () -> {
                    redirect.addFlashAttribute("draftSaved", true);
                    return "redirect:/cycles/" + year + "/agencies/" + code + "/review";
                });
    }

    private String sheet(int year, String code, ReviewForm form, Map<String, String> errors, String alert, Model model) {
        ReviewSheet sheet = sheets.sheet(year, code);
        model.addAttribute("sheet", sheet);
        model.addAttribute("opinions", opinions.ofRound(year, code, sheet.round()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "pages/review/review";
    }

    /** The service's field names (overall, comments[i].text, comments[i].kpiId) as the page's, with the words to show. */
    private static Map<String, String> fieldErrors(List<InvalidInputException.FieldError> refused, List<Long> commentKpis) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInputException.FieldError error : refused) {
            String field = error.field();
            if (field.equals("overall")) {
                errors.put("overall", "review.error.overallRequired");
            } else if (field.startsWith("overThreshold[")) {
                errors.put("reason-" + field.substring("overThreshold[".length(), field.indexOf(']')),
                        error.code() == MessageCode.FIELD_TOO_LONG
                                ? "review.error.tooLong" : "review.error.reasonRequired");
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
}
