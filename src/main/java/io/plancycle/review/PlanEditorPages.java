package io.plancycle.review;

import io.plancycle.plan.AgencyPage;
import io.plancycle.plan.AgencyPageText;
import io.plancycle.plan.AgencyPlanForm;
import io.plancycle.plan.DraftChanges;
import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.RevisionKind;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.AgencyErrors;
import io.plancycle.ui.FormChecks;
import io.plancycle.ui.PublicFieldForms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.plancycle.plan.AgencyPage.SECTIONS;
import static io.plancycle.plan.AgencyPage.base;

/**
 * An agency's plan editor (drafting): sections, goals and KPIs with a column per year, the review comments beside
 * them. A draft saves whatever is typed; what the submission still needs shows under its field as a warning. A save
 * refused comes back with what was typed, each problem next to its field. It lives with the review desk because it
 * shows the evaluation team's comments.
 */
@Controller
@PublicFieldForms
@RequestMapping("/cycles/{year}/agencies/{code}")
class PlanEditorPages {

    private final PlanService plans;
    private final ReviewComments comments;
    private final AgencyPageText text;
    private final FormChecks checks;
    private final DraftChanges draftChanges;

    PlanEditorPages(PlanService plans, ReviewComments comments, AgencyPageText text, FormChecks checks,
                    DraftChanges draftChanges) {
        this.plans = plans;
        this.comments = comments;
        this.text = text;
        this.checks = checks;
        this.draftChanges = draftChanges;
    }

    @GetMapping("/plan")
    String plan(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String check,
                Model model) {
        PlanView plan = plans.read(year, code);
        AgencyPlanForm form = AgencyPlanForm.of(plan, draftChanges.read(year, code));
        // What the submission will ask for: beside its field while editing, as refusals once asked to check.
        AgencyErrors missing = AgencyPage.canEdit(plan, SubmissionStage.DRAFTING)
                ? planErrors(plans.missingForSubmission(year, code), form) : AgencyErrors.none();
        model.addAttribute("warnings", check == null ? missing : AgencyErrors.none());
        return renderPlan(model, plan, form, check == null ? AgencyErrors.none() : missing, false);
    }

    @PostMapping("/plan")
    String savePlan(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") AgencyPlanForm form,
                    @RequestParam(defaultValue = "save") String op, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        PlanView plan = plans.read(year, code);
        form.normalized();
        boolean moved = form.applyMoves();
        String notice = restructure(form, op);
        if (notice != null) {
            model.addAttribute("notice", notice);
            return renderPlan(model, plan, form, AgencyErrors.none(), true);
        }
        if (op.equals("overwrite")) {
            form.version = plan.version();
        }
        PlanDraft draft = form.toDraft();
        return AgencyPage.saving(response, model, plan, () -> plans.read(year, code),
                        shown -> renderPlan(model, shown, form, AgencyErrors.none(), true))
                .refused(errors -> renderPlan(model, plan, form, planErrors(errors, form), true))
                .save(checks.of(draft), () -> plans.saveDraft(year, code, draft), () -> {
                    if (op.equals("submit")) {
                        return "redirect:" + base(year, code) + "/plan/submit";
                    }
                    redirect.addFlashAttribute("flash", moved ? "agency.flash.savedMoved" : "agency.flash.saved");
                    return "redirect:" + base(year, code) + "/plan";
                });
    }

    /** Adds or removes a goal or KPI in the form (nothing saved yet); the notice to show, or null for a plain save. */
    private String restructure(AgencyPlanForm form, String op) {
        String[] parts = op.split(":");
        try {
            switch (parts[0]) {
                case "addGoal" -> {
                    form.addGoal();
                    return text.msg("agency.notice.goalAdded");
                }
                case "addKpi" -> {
                    return text.msg(form.addKpi(Integer.parseInt(parts[1])) ? "agency.notice.kpiAdded" : "agency.notice.nothing");
                }
                case "deleteKpi" -> {
                    String name = form.deleteKpi(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    return name == null ? text.msg("agency.notice.nothing") : text.msg("agency.notice.kpiDeleted", name);
                }
                case "deleteGoal" -> {
                    String title = form.deleteGoal(Integer.parseInt(parts[1]));
                    return title == null ? text.msg("agency.notice.nothing") : text.msg("agency.notice.goalDeleted", title);
                }
                default -> {
                    return null;
                }
            }
        } catch (RuntimeException badOp) {
            return text.msg("agency.notice.nothing");
        }
    }

    private String renderPlan(Model model, PlanView plan, AgencyPlanForm form, AgencyErrors errors, boolean unsaved) {
        int lastYear = plan.cycleYear() - 1;
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        boolean editable = AgencyPage.canEdit(plan, SubmissionStage.DRAFTING);
        model.addAttribute("editable", editable);
        // The sections fold away while the KPIs are worked on, but not when something in them needs the user's eye.
        boolean sectionsChanged = changed(form.mission, plan.mission()) || changed(form.vision, plan.vision())
                || changed(form.situation, plan.situation()) || changed(form.strategies, plan.strategies())
                || changed(form.priorities, plan.priorities());
        model.addAttribute("sectionsOpen", !editable || AgencyPlanForm.blank(form.mission) || sectionsChanged
                || SECTIONS.stream().anyMatch(errors::has));
        model.addAttribute("years", years(plan));
        addChanges(model, plan);
        model.addAttribute("lastYear", lastYear);
        model.addAttribute("hasLastYear", lastYear >= plan.firstYear() && lastYear <= plan.lastYear());
        comments.addTo(model, plan);
        model.addAttribute("active", "plan");
        model.addAttribute("i18n", text.scriptMessages());
        return "pages/agency/plan";
    }

    /**
     * The changes of the saved draft against the plan it was started from (each shows its reason field, 修正理由), the
     * values of that plan (a field typed away from them shows its reason field too), the goals and KPIs removed, and
     * the KPIs a removed one may be merged into.
     */
    private void addChanges(Model model, PlanView plan) {
        DraftChanges.Comparison changes = draftChanges.read(plan.cycleYear(), plan.agencyCode());
        model.addAttribute("changes", changes);
        model.addAttribute("changedFields", changes.changes().stream().map(c -> AgencyErrors.planField(c.field()))
                .collect(Collectors.toSet()));
        model.addAttribute("removedGoals", changes.changes().stream()
                .filter(c -> c.kind() == RevisionKind.GOAL_DELETED).toList());
        model.addAttribute("removedKpis", changes.changes().stream()
                .filter(c -> c.field().startsWith("removedKpis.")).toList());
        model.addAttribute("mergeChoices", text.kpiChoices(plan));
    }

    private static boolean changed(String typed, String saved) {
        return !Objects.equals(AgencyPlanForm.text(typed), AgencyPlanForm.text(saved));
    }

    /** The service's field names are the form's (the draft is built in the form's order), in brackets. */
    private AgencyErrors planErrors(List<InvalidInputException.FieldError> errors, AgencyPlanForm form) {
        return text.errors(errors, AgencyErrors::planField, field -> {
            if (SECTIONS.contains(field)) {
                return text.sectionPlace(field);
            }
            Matcher m = AgencyPage.KPI_PLACE.matcher(field);
            if (!m.find()) {
                return "";
            }
            int g = Integer.parseInt(m.group(1));
            if (g >= form.goals.size()) {
                return "";
            }
            AgencyPlanForm.GoalForm goal = form.goals.get(g);
            if (m.group(2) == null || Integer.parseInt(m.group(2)) >= goal.kpis.size()) {
                return text.goalPlace(g + 1, goal.title);
            }
            int k = Integer.parseInt(m.group(2));
            return text.kpiPlace(g + 1, k + 1, goal.kpis.get(k).name);
        });
    }

    /** The plan's years, and the cycle's own where the plan does not reach it yet (its targets can be written then). */
    private static List<Integer> years(PlanView plan) {
        return IntStream.rangeClosed(plan.firstYear(), plan.lastYearInCycle()).boxed().toList();
    }
}
