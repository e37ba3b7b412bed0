package io.plancycle.web;

import io.plancycle.cycle.SubmissionService;
import io.plancycle.plan.KpiNames;
import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.report.ReportRequest;
import io.plancycle.report.ReportService;
import io.plancycle.review.ReviewService;
import io.plancycle.review.ReviewView;
import io.plancycle.revision.RevisionRequest;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionView;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An agency's pages for its work in a year's cycle: the plan editor (drafting), the revision screen, the performance
 * report and the history of every round. Each re-renders what the user typed when a save is refused, the problems
 * next to their fields. The services decide who may read and change what; a page the user may not open answers 403.
 */
@Controller
@RequestMapping("/cycles/{year}/agencies/{code}")
class AgencyPages {

    private static final Pattern KPI_PLACE = Pattern.compile("^goals\\[(\\d+)](?:\\.kpis\\[(\\d+)])?");
    private static final Pattern CHANGE_FIELD = Pattern.compile("^changes\\[(\\d+)]\\.?(.*)$");
    private static final Pattern REPORT_FIELD = Pattern.compile("^actuals\\[(\\d+)]\\.?(.*)$");

    private final PlanService plans;
    private final SubmissionService submissions;
    private final RevisionService revisions;
    private final ReportService reports;
    private final ReviewService reviews;
    private final KpiNames kpis;
    private final MessageSource messages;
    private final Validator validator;
    private final AgencyFormat format;

    AgencyPages(PlanService plans, SubmissionService submissions, RevisionService revisions, ReportService reports,
                ReviewService reviews, KpiNames kpis, MessageSource messages, Validator validator,
                AgencyFormat format) {
        this.plans = plans;
        this.submissions = submissions;
        this.revisions = revisions;
        this.reports = reports;
        this.reviews = reviews;
        this.kpis = kpis;
        this.messages = messages;
        this.validator = validator;
        this.format = format;
    }

    @InitBinder({"form"})
    void binder(WebDataBinder binder) {
        // Public fields; lists grow up to the binder's default 256 entries (a plan has about 20 KPIs at most).
        binder.initDirectFieldAccess();
    }

    // ---- the plan editor -------------------------------------------------------------------------------------------

    @GetMapping("/plan")
    String plan(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String check,
                Model model) {
        PlanView plan = plans.read(year, code);
        AgencyPlanForm form = AgencyPlanForm.of(plan);
        // What the submission will ask for: beside its field while editing, as refusals once asked to check.
        AgencyErrors missing = canEdit(plan, SubmissionStage.DRAFTING)
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
        AgencyErrors errors = planErrors(violations(draft), form);
        if (errors.isEmpty()) {
            try {
                plans.saveDraft(year, code, draft);
            } catch (InvalidInputException refused) {
                errors = planErrors(refused.getErrors(), form);
            } catch (ConflictException | OptimisticLockingFailureException savedFirst) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                return renderPlan(model, plan, form, AgencyErrors.none(), true);
            } catch (WrongStageException movedOn) {
                PlanView now = plans.read(year, code);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("wrongStage", now.stage());
                return renderPlan(model, now, form, AgencyErrors.none(), true);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return renderPlan(model, plan, form, errors, true);
        }
        if (op.equals("submit")) {
            return "redirect:" + base(year, code) + "/plan/submit";
        }
        redirect.addFlashAttribute("flash", moved ? "agency.flash.savedMoved" : "agency.flash.saved");
        return "redirect:" + base(year, code) + "/plan";
    }

    /** Adds or removes a goal or KPI in the form (nothing saved yet); the notice to show, or null for a plain save. */
    private String restructure(AgencyPlanForm form, String op) {
        String[] parts = op.split(":");
        try {
            switch (parts[0]) {
                case "addGoal" -> {
                    form.addGoal();
                    return msg("agency.notice.goalAdded");
                }
                case "addKpi" -> {
                    return form.addKpi(Integer.parseInt(parts[1])) ? msg("agency.notice.kpiAdded") : msg("agency.notice.nothing");
                }
                case "deleteKpi" -> {
                    String name = form.deleteKpi(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    return name == null ? msg("agency.notice.nothing") : msg("agency.notice.kpiDeleted", name);
                }
                case "deleteGoal" -> {
                    String title = form.deleteGoal(Integer.parseInt(parts[1]));
                    return title == null ? msg("agency.notice.nothing") : msg("agency.notice.goalDeleted", title);
                }
                default -> {
                    return null;
                }
            }
        } catch (RuntimeException badOp) {
            return msg("agency.notice.nothing");
        }
    }

    private String renderPlan(Model model, PlanView plan, AgencyPlanForm form, AgencyErrors errors, boolean unsaved) {
        int lastYear = plan.cycleYear() - 1;
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        boolean editable = canEdit(plan, SubmissionStage.DRAFTING);
        model.addAttribute("editable", editable);
        // The sections fold away while the KPIs are worked on, but not when something in them needs the user's eye.
        boolean sectionsChanged = !java.util.Objects.equals(AgencyPlanForm.text(form.mission), AgencyPlanForm.text(plan.mission()))
                || !java.util.Objects.equals(AgencyPlanForm.text(form.vision), AgencyPlanForm.text(plan.vision()))
                || !java.util.Objects.equals(AgencyPlanForm.text(form.situation), AgencyPlanForm.text(plan.situation()))
                || !java.util.Objects.equals(AgencyPlanForm.text(form.strategies), AgencyPlanForm.text(plan.strategies()))
                || !java.util.Objects.equals(AgencyPlanForm.text(form.priorities), AgencyPlanForm.text(plan.priorities()));
        model.addAttribute("sectionsOpen", !editable || AgencyPlanForm.blank(form.mission) || sectionsChanged
                || SECTIONS.stream().anyMatch(errors::has));
        model.addAttribute("years", years(plan));
        model.addAttribute("lastYear", lastYear);
        model.addAttribute("hasLastYear", lastYear >= plan.firstYear() && lastYear <= plan.lastYear());
        addComments(model, plan);
        model.addAttribute("active", "plan");
        model.addAttribute("i18n", scriptMessages());
        return "pages/agency/plan";
    }

    /** The service's field names are the form's (the draft is built in the form's order), in brackets. */
    private AgencyErrors planErrors(List<InvalidInputException.FieldError> errors, AgencyPlanForm form) {
        return AgencyErrors.of(errors, AgencyErrors::planField, field -> {
            if (SECTIONS.contains(field)) {
                return msg("agency.place.section", msg("agency.section." + field));
            }
            Matcher m = KPI_PLACE.matcher(field);
            if (!m.find()) {
                return "";
            }
            int g = Integer.parseInt(m.group(1));
            if (g >= form.goals.size()) {
                return "";
            }
            AgencyPlanForm.GoalForm goal = form.goals.get(g);
            if (m.group(2) == null || Integer.parseInt(m.group(2)) >= goal.kpis.size()) {
                return msg("agency.place.goal", format.goalNo(g + 1), nullToEmpty(goal.title));
            }
            int k = Integer.parseInt(m.group(2));
            return msg("agency.place.kpi", format.place(g + 1, k + 1), nullToEmpty(goal.kpis.get(k).name));
        }, messages);
    }

    private static final List<String> SECTIONS = List.of("mission", "vision", "situation", "strategies", "priorities");

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** "三-1「辦理市民集團結婚」：" for a KPI of the plan as it stands. */
    private String placeOf(PlanView plan, Long kpiId) {
        for (PlanView.GoalView goal : plan.goals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                if (kpi.id().equals(kpiId)) {
                    return msg("agency.place.kpi", format.place(goal.no(), kpi.no()), kpi.name());
                }
            }
        }
        return "";
    }

    // ---- submission (from drafting or revision) --------------------------------------------------------------------

    @GetMapping({"/plan/submit", "/revision/submit"})
    String confirmSubmission(@PathVariable int year, @PathVariable String code, Model model) {
        SubmissionService.Readiness readiness = submissions.readiness(year, code);
        PlanView plan = readiness.plan();
        String page = plan.stage() == SubmissionStage.REVISION ? "revision" : "plan";
        if (!canEdit(plan, SubmissionStage.DRAFTING) && !canEdit(plan, SubmissionStage.REVISION)) {
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
        PlanView plan = plans.read(year, code);
        String page = plan.stage() == SubmissionStage.REVISION ? "revision" : "plan";
        try {
            submissions.submit(year, code);
        } catch (InvalidInputException incomplete) {
            return "redirect:" + base(year, code) + "/" + page + "/submit";
        } catch (WrongStageException movedOn) {
            redirect.addFlashAttribute("flash", "agency.flash.wrongStage");
            return "redirect:" + base(year, code) + "/" + page;
        }
        redirect.addFlashAttribute("flash", page.equals("revision") ? "agency.flash.resubmitted" : "agency.flash.submitted");
        return "redirect:" + base(year, code) + "/" + page;
    }

    /** What still stands in the way of the submission: each with its KPI and a link to the field. */
    private List<SubmissionItem> submissionItems(PlanView plan, List<InvalidInputException.FieldError> problems,
                                                 String page) {
        String base = base(plan.cycleYear(), plan.agencyCode());
        List<SubmissionItem> items = new ArrayList<>();
        for (InvalidInputException.FieldError problem : problems) {
            String message = AgencyErrors.message(problem, messages);
            Matcher place = KPI_PLACE.matcher(problem.field());
            String where = SECTIONS.contains(problem.field())
                    ? msg("agency.place.section", msg("agency.section." + problem.field())) : "";
            PlanView.KpiView kpi = null;
            if (place.find()) {
                int g = Integer.parseInt(place.group(1));
                PlanView.GoalView goal = g < plan.goals().size() ? plan.goals().get(g) : null;
                if (goal != null && place.group(2) != null && Integer.parseInt(place.group(2)) < goal.kpis().size()) {
                    kpi = goal.kpis().get(Integer.parseInt(place.group(2)));
                    where = msg("agency.place.kpi", format.place(goal.no(), kpi.no()), kpi.name());
                } else if (goal != null) {
                    where = msg("agency.place.goal", format.goalNo(goal.no()), goal.title());
                }
            }
            String link = page.equals("revision")
                    ? base + "/revision" + (kpi == null ? "" : "#kpi-" + kpi.id())
                    : base + "/plan?check#" + AgencyFormat.fieldId(AgencyErrors.planField(problem.field()));
            items.add(new SubmissionItem(where, message, link));
        }
        return items;
    }

    public record SubmissionItem(String where, String message, String link) {
    }

    // ---- the revision screen ---------------------------------------------------------------------------------------

    @GetMapping("/revision")
    String revision(@PathVariable int year, @PathVariable String code, Model model) {
        PlanView plan = plans.read(year, code);
        return renderRevision(model, plan, AgencyRevisionForm.of(plan), AgencyErrors.none(), false);
    }

    @PostMapping("/revision")
    String revise(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") AgencyRevisionForm form,
                  @RequestParam(defaultValue = "save") String op, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PlanView plan = plans.read(year, code);
        form.normalized();
        form.cover(plan);
        String[] parts = op.split(":");
        if (parts[0].equals("addKpi") || parts[0].equals("removeAdded")) {
            try {
                if (parts[0].equals("addKpi")) {
                    form.addNew(Long.valueOf(parts[1]));
                } else {
                    form.removeNew(Integer.parseInt(parts[1]));
                }
            } catch (RuntimeException badOp) {
                // nothing to add or remove
            }
            model.addAttribute("notice", msg(parts[0].equals("addKpi") ? "agency.notice.kpiAdded" : "agency.notice.changed"));
            return renderRevision(model, plan, form, AgencyErrors.none(), true);
        }
        AgencyRevisionForm.Changes changes = form.changes(plan);
        if (changes.isEmpty()) {
            if (op.equals("submit")) {
                return "redirect:" + base(year, code) + "/revision/submit";
            }
            redirect.addFlashAttribute("flash", "agency.flash.noChanges");
            return "redirect:" + base(year, code) + "/revision";
        }
        if (!op.equals("overwrite") && form.version != null && form.version != plan.version()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return renderRevision(model, plan, form, AgencyErrors.none(), true);
        }
        RevisionRequest request = new RevisionRequest(changes.changes());
        AgencyErrors errors = revisionErrors(violations(request), changes, plan);
        if (errors.isEmpty()) {
            try {
                revisions.revise(year, code, request);
            } catch (InvalidInputException refused) {
                errors = revisionErrors(refused.getErrors(), changes, plan);
            } catch (OptimisticLockingFailureException | ConflictException savedFirst) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                return renderRevision(model, plan, form, AgencyErrors.none(), true);
            } catch (WrongStageException movedOn) {
                PlanView now = plans.read(year, code);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("wrongStage", now.stage());
                form.cover(now);
                return renderRevision(model, now, form, AgencyErrors.none(), true);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return renderRevision(model, plan, form, errors, true);
        }
        if (op.equals("submit")) {
            return "redirect:" + base(year, code) + "/revision/submit";
        }
        redirect.addFlashAttribute("flash", "agency.flash.revised");
        redirect.addFlashAttribute("flashCount", changes.changes().size());
        return "redirect:" + base(year, code) + "/revision";
    }

    private String renderRevision(Model model, PlanView plan, AgencyRevisionForm form, AgencyErrors errors,
                                  boolean unsaved) {
        boolean editable = canEdit(plan, SubmissionStage.REVISION);
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
        Map<Long, Integer> formIndex = new HashMap<>();
        for (int i = 0; i < form.kpis.size(); i++) {
            formIndex.put(form.kpis.get(i).id, i);
        }
        model.addAttribute("formIndex", formIndex);
        Set<Long> tooEasy = new TreeSet<>();
        if (plan.stage() != SubmissionStage.DRAFTING) {
            for (InvalidInputException.FieldError problem : revisions.targetsTooEasy(plan.cycleYear(), plan.agencyCode())) {
                PlanView.KpiView kpi = kpiAt(plan, problem.field());
                if (kpi != null) {
                    tooEasy.add(kpi.id());
                }
            }
        }
        model.addAttribute("tooEasy", tooEasy);
        model.addAttribute("flagged", plan.goals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> k.actuals().get(lastYear) != null && k.actuals().get(lastYear).overThreshold())
                .map(PlanView.KpiView::id).collect(Collectors.toSet()));
        addComments(model, plan);
        model.addAttribute("active", "revision");
        model.addAttribute("i18n", scriptMessages());
        return "pages/agency/revision";
    }

    /** A change's problems go to the fields it came from: its value, its reason. */
    private AgencyErrors revisionErrors(List<InvalidInputException.FieldError> errors, AgencyRevisionForm.Changes changes,
                                        PlanView plan) {
        return AgencyErrors.of(errors, field -> {
            Matcher m = CHANGE_FIELD.matcher(field);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= changes.origins().size()) {
                return "";
            }
            AgencyRevisionForm.Origin origin = changes.origins().get(Integer.parseInt(m.group(1)));
            String rest = m.group(2);
            if (rest.equals("reason")) {
                return origin.reasonField();
            }
            if (origin.base().startsWith("added") && (rest.equals("name") || rest.equals("measure") || rest.equals("goalId"))) {
                return origin.base() + "." + rest;
            }
            if (origin.base().startsWith("added") && rest.startsWith("targets.")) {
                return origin.base() + ".targets[" + rest.substring("targets.".length()) + "]";
            }
            return origin.valueField();
        }, field -> {
            Matcher m = CHANGE_FIELD.matcher(field);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= changes.origins().size()) {
                return "";
            }
            RevisionRequest.Change change = changes.changes().get(Integer.parseInt(m.group(1)));
            return change.kpiId() == null ? msg("agency.place.newKpi") : placeOf(plan, change.kpiId());
        }, messages);
    }

    // ---- the history -----------------------------------------------------------------------------------------------

    @GetMapping("/history")
    String history(@PathVariable int year, @PathVariable String code, Model model) {
        PlanView plan = plans.read(year, code);
        List<RevisionView> changes = revisions.history(year, code);
        List<ReviewView> rounds = reviews.rounds(year, code);
        Map<Integer, Round> byRound = new TreeMap<>(Comparator.reverseOrder());
        rounds.forEach(r -> byRound.computeIfAbsent(r.round(), Round::new).review = r);
        changes.forEach(c -> byRound.computeIfAbsent(c.round(), Round::new).changes.add(c));
        Set<Long> ids = new TreeSet<>();
        changes.stream().map(RevisionView::kpiId).filter(java.util.Objects::nonNull).forEach(ids::add);
        rounds.forEach(r -> r.comments().stream().map(ReviewView.CommentView::kpiId).filter(java.util.Objects::nonNull)
                .forEach(ids::add));
        Map<Long, String> kpiNames = kpis.of(ids);
        Map<Long, String> places = format.places(plan);
        int lastReviewed = rounds.stream().mapToInt(ReviewView::round).max().orElse(0);
        model.addAttribute("pendingRound", plan.stage() == SubmissionStage.REVIEW && plan.reviewRound() > lastReviewed
                ? plan.reviewRound() : null);
        model.addAttribute("plan", plan);
        model.addAttribute("rounds", byRound.values());
        model.addAttribute("kpiNames", kpiNames);
        model.addAttribute("places", places);
        model.addAttribute("active", "history");
        return "pages/agency/history";
    }

    /** One round: the evaluation team's review and the changes the agency made in answer to it. */
    public static final class Round {
        public final int round;
        public ReviewView review;
        public final List<RevisionView> changes = new ArrayList<>();

        Round(int round) {
            this.round = round;
        }

        public int getRound() {
            return round;
        }

        public ReviewView getReview() {
            return review;
        }

        public List<RevisionView> getChanges() {
            return changes;
        }
    }

    // ---- the performance report ------------------------------------------------------------------------------------

    @GetMapping("/report")
    String report(@PathVariable int year, @PathVariable String code, Model model) {
        PlanView plan = plans.read(year, code);
        return renderReport(model, plan, AgencyReportForm.of(plan, year - 1), AgencyErrors.none(), false);
    }

    @PostMapping("/report")
    String fileReport(@PathVariable int year, @PathVariable String code, @ModelAttribute("form") AgencyReportForm form,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PlanView plan = plans.read(year, code);
        form.normalized();
        ReportRequest request = form.toRequest(plan, year - 1);
        AgencyErrors errors = reportErrors(violations(request), form, plan);
        if (request.actuals().isEmpty()) {
            errors.add("", msg("agency.error.nothingToReport"));
        }
        if (errors.isEmpty()) {
            try {
                reports.file(year, code, request);
            } catch (InvalidInputException refused) {
                errors = reportErrors(refused.getErrors(), form, plan);
            } catch (OptimisticLockingFailureException | ConflictException savedFirst) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                return renderReport(model, plan, form, AgencyErrors.none(), true);
            } catch (WrongStageException movedOn) {
                PlanView now = plans.read(year, code);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("wrongStage", now.stage());
                return renderReport(model, now, form, AgencyErrors.none(), true);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return renderReport(model, plan, form, errors, true);
        }
        redirect.addFlashAttribute("flash", "agency.flash.reported");
        return "redirect:" + base(year, code) + "/report";
    }

    private String renderReport(Model model, PlanView plan, AgencyReportForm form, AgencyErrors errors, boolean unsaved) {
        int reportYear = plan.cycleYear() - 1;
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("editable", canEdit(plan, SubmissionStage.REPORT));
        model.addAttribute("reportYear", reportYear);
        model.addAttribute("reported", AgencyReportForm.reported(plan, reportYear));
        Map<Long, String> places = format.places(plan);
        model.addAttribute("places", places);
        model.addAttribute("active", "report");
        model.addAttribute("i18n", scriptMessages());
        return "pages/agency/report";
    }

    private AgencyErrors reportErrors(List<InvalidInputException.FieldError> errors, AgencyReportForm form, PlanView plan) {
        return AgencyErrors.of(errors, field -> {
            Matcher m = REPORT_FIELD.matcher(field);
            if (!m.matches()) {
                return "";
            }
            String rest = m.group(2);
            String line = "lines[" + m.group(1) + "]";
            return switch (rest) {
                case "met", "explanation", "value" -> line + "." + rest;
                default -> line + ".value";
            };
        }, field -> {
            Matcher m = REPORT_FIELD.matcher(field);
            int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            return i >= 0 && i < form.lines.size() ? placeOf(plan, form.lines.get(i).kpiId) : "";
        }, messages);
    }

    // ---- shared ----------------------------------------------------------------------------------------------------

    /** The signed-in user is the agency's own, and its plan is at the stage the page edits. */
    private static boolean canEdit(PlanView plan, SubmissionStage stage) {
        PlanCycleUser me = CurrentUser.get();
        return me.belongsTo(plan.agencyCode()) && plan.stage() == stage;
    }

    private static String base(int year, String code) {
        return "/cycles/" + year + "/agencies/" + code;
    }

    /** The plan's years, and the cycle's own where the plan does not reach it yet (its targets can be written then). */
    private static List<Integer> years(PlanView plan) {
        int last = Math.max(plan.lastYear(), plan.cycleYear());
        return IntStream.rangeClosed(plan.firstYear(), last).boxed().toList();
    }

    private static PlanView.KpiView kpiAt(PlanView plan, String field) {
        Matcher m = KPI_PLACE.matcher(field);
        if (!m.find() || m.group(2) == null) {
            return null;
        }
        int g = Integer.parseInt(m.group(1));
        int k = Integer.parseInt(m.group(2));
        return g < plan.goals().size() && k < plan.goals().get(g).kpis().size() ? plan.goals().get(g).kpis().get(k) : null;
    }

    /** The review comments per KPI (every round, oldest first), the overall ones, and the latest review. */
    private void addComments(Model model, PlanView plan) {
        List<ReviewView> rounds = reviews.rounds(plan.cycleYear(), plan.agencyCode());
        Map<Long, List<Comment>> byKpi = new HashMap<>();
        List<Comment> general = new ArrayList<>();
        for (ReviewView round : rounds) {
            for (ReviewView.CommentView c : round.comments()) {
                Comment comment = new Comment(round.round(), c.text(), c.author(), c.createdAt());
                if (c.kpiId() == null) {
                    general.add(comment);
                } else {
                    byKpi.computeIfAbsent(c.kpiId(), id -> new ArrayList<>()).add(comment);
                }
            }
        }
        model.addAttribute("comments", byKpi);
        model.addAttribute("generalComments", general);
        model.addAttribute("latestReview", rounds.isEmpty() ? null : rounds.get(rounds.size() - 1));
        model.addAttribute("hasComments", !byKpi.isEmpty());
    }

    public record Comment(int round, String text, String author, java.time.Instant at) {
    }

    /** Limits the API would enforce on the request body (lengths), as field errors in the service's naming. */
    private List<InvalidInputException.FieldError> violations(Object request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            errors.add(ConstraintCodes.of(v.getPropertyPath().toString(), v));
        }
        errors.sort(Comparator.comparing(InvalidInputException.FieldError::field));
        return errors;
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** The words agency.js shows as the user types, in the page's language. */
    private Map<String, String> scriptMessages() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String kind : List.of("NUMBER", "CEILING", "DATE", "FREQUENCY", "COMPLETION", "COMPOUND", "NONE")) {
            words.put("kind." + kind, msg("agency.kind." + kind));
        }
        for (String key : List.of("reading.judged", "reading.none", "rate.label", "rate.met", "rate.missed",
                "rate.over", "rate.notANumber")) {
            words.put(key, msg("agency." + key, format.thresholdText()));
        }
        words.put("threshold", format.thresholdText());
        return words;
    }
}
