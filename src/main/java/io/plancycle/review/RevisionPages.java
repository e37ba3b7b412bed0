package io.plancycle.review;

import io.plancycle.plan.AgencyPage;
import io.plancycle.plan.AgencyPageText;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.revision.AgencyRevisionForm;
import io.plancycle.revision.FormChanges;
import io.plancycle.revision.ReplyView;
import io.plancycle.revision.RevisionRequest;
import io.plancycle.revision.RevisionService;
import io.plancycle.ui.AgencyErrors;
import io.plancycle.ui.FormChecks;
import io.plancycle.ui.FormSave;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.plancycle.plan.AgencyPage.base;

/**
 * An agency's revision screen after the evaluation team (or the approver, whose reason then stands on top) returned
 * its plan: the review comments beside each KPI, each comment of the round with the agency's reply (回覆說明), and
 * every change the API takes ({@link AgencyRevisionForm}): a KPI's targets, name, measure, unit, direction, goal,
 * deletion or merger; a goal renamed or deleted; KPIs and goals added; each change with its reason. A save keeps the
 * replies as typed, whatever they still lack; refused, it comes back with what was typed.
 */
@Controller
@PublicFieldForms
@RequestMapping("/cycles/{year}/agencies/{code}")
class RevisionPages {

    private static final Pattern CHANGE_FIELD = Pattern.compile("^changes\\[(\\d+)]\\.?(.*)$");
    private static final Pattern REPLY_FIELD = Pattern.compile("^replies\\[(\\d+)].*$");

    private final PlanService plans;
    private final RevisionService revisions;
    private final ReviewComments comments;
    private final AgencyPageText text;
    private final FormChecks checks;

    RevisionPages(PlanService plans, RevisionService revisions, ReviewComments comments, AgencyPageText text,
                  FormChecks checks) {
        this.plans = plans;
        this.revisions = revisions;
        this.comments = comments;
        this.text = text;
        this.checks = checks;
    }

    @GetMapping("/revision")
    String revision(@PathVariable int year, @PathVariable String code, Model model) {
        PlanView plan = plans.read(year, code);
        AgencyRevisionForm form = AgencyRevisionForm.of(plan);
        revisions.replies(year, code).stream().filter(r -> r.round() == plan.reviewRound())
                .forEach(r -> form.replies.put(r.commentId(), r.text()));
        return renderRevision(model, plan, form, AgencyErrors.none(), false);
    }

    @PostMapping("/revision")
    String revise(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") AgencyRevisionForm form,
                  @RequestParam(defaultValue = "save") String op, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PlanView plan = plans.read(year, code);
        form.normalized();
        form.cover(plan);
        String edited = form.edit(op);
        if (edited != null) {
            model.addAttribute("notice", text.msg(edited));
            return renderRevision(model, plan, form, AgencyErrors.none(), true);
        }
        FormChanges changes = form.changes(plan);
        List<RevisionRequest.Reply> replies = form.changedReplies(revisions.replies(year, code).stream()
                .collect(Collectors.toMap(ReplyView::commentId, ReplyView::text)));
        if (changes.isEmpty() && replies.isEmpty()) {
            if (op.equals("submit")) {
                return "redirect:" + base(year, code) + "/revision/submit";
            }
            redirect.addFlashAttribute("flash", "agency.flash.noChanges");
            return "redirect:" + base(year, code) + "/revision";
        }
        FormSave save = AgencyPage.saving(response, model, plan, () -> plans.read(year, code), shown -> {
            form.cover(shown);
            return renderRevision(model, shown, form, AgencyErrors.none(), true);
        }).refused(errors -> renderRevision(model, plan, form, revisionErrors(errors, changes, replies, plan), true));
        if (!op.equals("overwrite") && form.version != null && form.version != plan.version()) {
            return save.showChangedFirst();
        }
        RevisionRequest request = new RevisionRequest(changes.changes(), replies);
        return save.save(checks.of(request), () -> revisions.revise(year, code, request), () -> {
            if (op.equals("submit")) {
                return "redirect:" + base(year, code) + "/revision/submit";
            }
            redirect.addFlashAttribute("flash", changes.isEmpty() ? "agency.flash.replied" : "agency.flash.revised");
            redirect.addFlashAttribute("flashCount", changes.isEmpty() ? replies.size() : changes.changes().size());
            return "redirect:" + base(year, code) + "/revision";
        });
    }

    private String renderRevision(Model model, PlanView plan, AgencyRevisionForm form, AgencyErrors errors,
                                  boolean unsaved) {
        boolean editable = AgencyPage.canEdit(plan, SubmissionStage.REVISION)
                || AgencyPage.canEdit(plan, SubmissionStage.APPROVAL_REVISION);
        int lastYear = plan.cycleYear() - 1;
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("editable", editable);
        // Only the plan's own years: a revision changes targets the plan has (up to its last year).
        model.addAttribute("years", IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList());
        model.addAttribute("lastYear", lastYear);
        model.addAttribute("remaining", IntStream.rangeClosed(plan.cycleYear(), plan.lastYear()).boxed().toList());
        model.addAttribute("mergeChoices", text.kpiChoices(plan));
        Set<Long> tooEasy = new TreeSet<>();
        if (plan.stage() != SubmissionStage.DRAFTING) {
            for (InvalidInputException.FieldError problem : revisions.targetsTooEasy(plan.cycleYear(), plan.agencyCode())) {
                PlanView.KpiView kpi = AgencyPage.kpiAt(plan, problem.field());
                if (kpi != null) {
                    tooEasy.add(kpi.id());
                }
            }
        }
        model.addAttribute("tooEasy", tooEasy);
        model.addAttribute("replies", revisions.replies(plan.cycleYear(), plan.agencyCode()).stream()
                .collect(Collectors.toMap(ReplyView::commentId, r -> r)));
        // What the submission will still ask: a reply to each comment of the round, under the comment (saved ones).
        model.addAttribute("warnings", editable ? text.errors(revisions.unanswered(plan.cycleYear(), plan.agencyCode()),
                field -> field, field -> "") : AgencyErrors.none());
        model.addAttribute("flagged", plan.goals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> k.actuals().get(lastYear) != null && k.actuals().get(lastYear).overThreshold())
                .map(PlanView.KpiView::id).collect(Collectors.toSet()));
        comments.addTo(model, plan);
        model.addAttribute("active", "revision");
        model.addAttribute("i18n", text.scriptMessages());
        return "pages/agency/revision";
    }

    /**
     * A change's problems go to the fields it came from ({@link FormChanges.Origin}), each named by the KPI or goal it
     * is about; a reply's to its comment's reply.
     */
    private AgencyErrors revisionErrors(List<InvalidInputException.FieldError> errors, FormChanges changes,
                                        List<RevisionRequest.Reply> replies, PlanView plan) {
        return text.errors(errors, field -> {
            Matcher reply = REPLY_FIELD.matcher(field);
            if (reply.matches()) {
                int i = Integer.parseInt(reply.group(1));
                return i < replies.size() ? "replies[" + replies.get(i).commentId() + "]" : "";
            }
            Matcher m = CHANGE_FIELD.matcher(field);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= changes.origins().size()) {
                return "";
            }
            return changes.origins().get(Integer.parseInt(m.group(1))).formField(m.group(2));
        }, field -> {
            Matcher m = CHANGE_FIELD.matcher(field);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= changes.origins().size()) {
                return "";
            }
            return place(changes.changes().get(Integer.parseInt(m.group(1))), plan);
        });
    }

    /** Where a change is: the KPI or goal of the plan it changes, or a KPI or goal added. */
    private String place(RevisionRequest.Change change, PlanView plan) {
        return switch (change.kind()) {
            case KPI_ADDED -> text.msg("agency.place.newKpi");
            case GOAL_ADDED -> text.msg("agency.place.newGoal");
            case GOAL_RENAMED, GOAL_DELETED -> text.goalPlaceOf(plan, change.goalId());
            default -> text.placeOf(plan, change.kpiId());
        };
    }
}
