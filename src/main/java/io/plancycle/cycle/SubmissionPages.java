package io.plancycle.cycle;

import io.plancycle.plan.AgencyPage;
import io.plancycle.plan.AgencyPageText;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.ui.AgencyErrors;
import io.plancycle.ui.PageFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static io.plancycle.plan.AgencyPage.base;

/**
 * An agency's submission of its plan, from drafting or from revision: first what still stands in the way (each with
 * its KPI and a link to the field), then the submission itself, which hands the plan to the evaluation team.
 */
@Controller
@RequestMapping("/cycles/{year}/agencies/{code}")
class SubmissionPages {

    private final PlanService plans;
    private final SubmissionService submissions;
    private final AgencyPageText text;

    SubmissionPages(PlanService plans, SubmissionService submissions, AgencyPageText text) {
        this.plans = plans;
        this.submissions = submissions;
        this.text = text;
    }

    @GetMapping({"/plan/submit", "/revision/submit"})
    String confirmSubmission(@PathVariable int year, @PathVariable String code, Model model) {
        SubmissionService.Readiness readiness = submissions.readiness(year, code);
        PlanView plan = readiness.plan();
        String page = page(plan);
        if (!AgencyPage.canEdit(plan, SubmissionStage.DRAFTING) && !AgencyPage.canEdit(plan, SubmissionStage.REVISION)
                && !AgencyPage.canEdit(plan, SubmissionStage.APPROVAL_REVISION)) {
            return "redirect:" + base(year, code) + "/" + page;
        }
        model.addAttribute("plan", plan);
        model.addAttribute("page", page);
        model.addAttribute("items", submissionItems(plan, readiness.problems(), page));
        model.addAttribute("kpiCount", plan.goals().stream().mapToInt(g -> g.kpis().size()).sum());
        model.addAttribute("active", page);
        return "pages/agency/submit";
    }

    @PostMapping({"/plan/submit", "/revision/submit"})
    String submit(@PathVariable int year, @PathVariable String code, RedirectAttributes redirect) {
        String page = page(plans.read(year, code));
        PlanView sent;
        try {
            sent = submissions.submit(year, code);
        } catch (InvalidInputException incomplete) {
            return "redirect:" + base(year, code) + "/" + page + "/submit";
        } catch (WrongStageException movedOn) {
            redirect.addFlashAttribute("flash", "agency.flash.wrongStage");
            return "redirect:" + base(year, code) + "/" + page;
        }
        redirect.addFlashAttribute("flash", sent.stage() == SubmissionStage.SIGN_OFF ? "agency.flash.sentToHead"
                : page.equals("revision") ? "agency.flash.resubmitted" : "agency.flash.submitted");
        return "redirect:" + base(year, code) + "/" + page;
    }

    /** The page the submission comes from: the revision screen after a return, else the plan editor. */
    private static String page(PlanView plan) {
        return plan.stage().revising() ? "revision" : "plan";
    }

    /** What still stands in the way of the submission: each with its KPI and a link to the field. */
    private List<SubmissionItem> submissionItems(PlanView plan, List<InvalidInputException.FieldError> problems,
                                                 String page) {
        String base = base(plan.cycleYear(), plan.agencyCode());
        List<SubmissionItem> items = new ArrayList<>();
        for (InvalidInputException.FieldError problem : problems) {
            Matcher place = AgencyPage.KPI_PLACE.matcher(problem.field());
            String where = AgencyPage.SECTIONS.contains(problem.field()) ? text.sectionPlace(problem.field()) : "";
            PlanView.KpiView kpi = null;
            if (place.find()) {
                int g = Integer.parseInt(place.group(1));
                PlanView.GoalView goal = g < plan.goals().size() ? plan.goals().get(g) : null;
                if (goal != null && place.group(2) != null && Integer.parseInt(place.group(2)) < goal.kpis().size()) {
                    kpi = goal.kpis().get(Integer.parseInt(place.group(2)));
                    where = text.kpiPlace(goal.no(), kpi.no(), kpi.name());
                } else if (goal != null) {
                    where = text.goalPlace(goal.no(), goal.title());
                }
            }
            // A comment still without a reply: to its reply's box on the revision screen.
            String onRevision = problem.field().startsWith("replies[") ? "#" + PageFormat.fieldId(problem.field())
                    : kpi == null ? "" : "#kpi-" + kpi.id();
            String link = page.equals("revision")
                    ? base + "/revision" + onRevision
                    : base + "/plan?check#" + PageFormat.fieldId(AgencyErrors.planField(problem.field()));
            items.add(new SubmissionItem(where, text.message(problem), link));
        }
        return items;
    }

    /** One thing the submission still needs: where it is, what, and the link to its field. */
    public record SubmissionItem(String where, String message, String link) {
    }
}
