package io.plancycle.plan;

import io.plancycle.security.CurrentUser;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Agencies' plans: starting a year's drafts from the current plans, reading them and saving a draft. */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final Achievements achievements;
    private final EntityManager entityManager;
    private final PlanCompleteness completeness;
    private final DraftReasons reasons;
    private final TargetNotes notes;
    private final PlanViews views;

    PlanService(PlanRepository plans, Achievements achievements, EntityManager entityManager,
                PlanCompleteness completeness, DraftReasons reasons, TargetNotes notes, PlanViews views) {
        this.plans = plans;
        this.achievements = achievements;
        this.entityManager = entityManager;
        this.completeness = completeness;
        this.reasons = reasons;
        this.notes = notes;
        this.views = views;
    }

    /**
     * Marks the plan as changed, whatever part of it changes (a target, an actual), so that a concurrent save of the
     * same plan fails instead of silently overwriting this one. The version goes up at once (not at commit), so the
     * plan this transaction answers with carries the version the next save must name.
     */
    public void lockForChange(Plan plan) {
        entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /**
     * The plan an agency works on in a year's cycle, for completing its step: read once no other request is completing
     * a step of it, as that one left it. Two completions of one step (a double-clicked submit, two reviewers at once)
     * run one after the other, and the second finds the step done. Call it before changing anything of the plan.
     */
    public Plan planForStep(int year, String agencyCode) {
        Plan plan = planInCycle(year, agencyCode);
        plans.lockRow(plan.getId());
        entityManager.refresh(plan);
        return plan;
    }

    /** The plan an agency works on in a year's cycle. */
    public Plan planInCycle(int year, String agencyCode) {
        return plans.findInCycle(year, agencyCode)
                .orElseThrow(() -> new NotFoundException(MessageCode.PLAN_NOT_FOUND, agencyCode, year));
    }

    @Transactional(readOnly = true)
    public PlanView read(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return view(planInCycle(year, agencyCode), year);
    }

    /**
     * Replaces the agency's draft with what it saved, complete or not (what is missing is named at submission), and keeps
     * the reasons it gives for its changes ({@link DraftReasons}); refused whole only when something cannot be kept (a
     * text too long, a year outside the plan, a goal or KPI without a name,
     * one of another plan) or someone saved first.
     */
    @Transactional
    public PlanView saveDraft(int year, String agencyCode, PlanDraft draft) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planInCycle(year, agencyCode);
        requireStage(plan, SubmissionStage.DRAFTING);
        if (draft.version() != plan.getVersion()) {
            throw new ConflictException(MessageCode.PLAN_SAVED_MEANWHILE, plan.getVersion(), draft.version());
        }
        lockForChange(plan);
        Problems problems = new Problems();
        plan.setSections(draft.mission(), draft.vision(), draft.situation(), draft.strategies(), draft.priorities());
        Map<Kpi, Map<Integer, PlanDraft.Note>> sentNotes = new LinkedHashMap<>();
        applyGoals(plan, draft.goals(), sentNotes, problems);
        problems.throwIfAny();
        plans.saveAndFlush(plan);
        notes.keep(sentNotes);
        reasons.keep(plan, draft, problems);
        problems.throwIfAny();
        return view(plan, year);
    }

    /** What still stands between the draft and its submission ({@link PlanCompleteness}), each named by its field. */
    public Problems missingForSubmission(Plan plan, int cycleYear) {
        return completeness.missing(plan, cycleYear);
    }

    /**
     * What still stands between the agency's plan in a cycle and its submission ({@link #missingForSubmission(Plan, int)}),
     * for whoever may read the plan; empty when it is complete.
     */
    @Transactional(readOnly = true)
    public List<io.plancycle.problem.InvalidInputException.FieldError> missingForSubmission(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return missingForSubmission(planInCycle(year, agencyCode), year).errors();
    }

    public static void requireStage(Plan plan, SubmissionStage expected) {
        if (plan.getStage() != expected) {
            throw new WrongStageException(plan.getStage().name(), MessageCode.PLAN_WRONG_STEP, plan.getAgencyName(),
                    new Term("stage." + plan.getStage().name()), new Term("stage." + expected.name()));
        }
    }

    private void applyGoals(Plan plan, List<PlanDraft.GoalDraft> drafts, Map<Kpi, Map<Integer, PlanDraft.Note>> sentNotes,
                            Problems problems) {
        Map<Long, Goal> goals = plan.liveGoals().stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
        Map<Long, Kpi> kpis = plan.liveKpis().stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Map<Long, Goal> keptGoals = new HashMap<>();
        Map<Long, Kpi> keptKpis = new HashMap<>();
        for (int g = 0; g < drafts.size(); g++) {
            PlanDraft.GoalDraft draft = drafts.get(g);
            String goalField = "goals[" + g + "]";
            problems.requireText(goalField + ".title", draft.title());
            Goal goal;
            if (draft.id() == null) {
                goal = plan.addGoal(g + 1, draft.title());
            } else if ((goal = goals.get(draft.id())) == null) {
                problems.add(goalField + ".id", MessageCode.PLAN_GOAL_UNKNOWN, draft.id());
                continue;
            } else {
                goal.update(g + 1, draft.title());
            }
            keptGoals.put(goal.getId(), goal);
            for (int k = 0; k < draft.kpis().size(); k++) {
                PlanDraft.KpiDraft kpiDraft = draft.kpis().get(k);
                String kpiField = goalField + ".kpis[" + k + "]";
                Kpi kpi = applyKpi(plan, goal, k + 1, kpiDraft, kpis, kpiField, problems);
                if (kpi != null) {
                    keptKpis.put(kpi.getId(), kpi);
                    notes.check(plan, kpiDraft.notes(), kpiField + ".notes", problems);
                    if (kpiDraft.notes() != null) {
                        sentNotes.put(kpi, kpiDraft.notes());
                    }
                }
            }
        }
        goals.values().stream().filter(goal -> !keptGoals.containsKey(goal.getId())).forEach(Goal::delete);
        kpis.values().stream().filter(kpi -> !keptKpis.containsKey(kpi.getId())).forEach(Kpi::delete);
    }

    private Kpi applyKpi(Plan plan, Goal goal, int no, PlanDraft.KpiDraft draft, Map<Long, Kpi> kpis, String field,
                         Problems problems) {
        problems.requireText(field + ".name", draft.name());
        Map<Integer, String> targets = Objects.requireNonNullElse(draft.targets(), Map.of());
        Direction direction = draft.direction() != null ? draft.direction()
                : Direction.infer(draft.name(), draft.measure(), targets.values().stream().map(TargetParser::parse).toList());
        Kpi kpi;
        if (draft.id() == null) {
            kpi = goal.addKpi(no, draft.name(), draft.measure(), direction);
        } else if ((kpi = kpis.get(draft.id())) == null) {
            problems.add(field + ".id", MessageCode.PLAN_KPI_UNKNOWN, draft.id());
            return null;
        } else {
            if (kpi.getGoal() != goal) {
                goal.adopt(kpi, no);
            }
        }
        kpi.update(no, draft.name(), draft.measure(), draft.unit(), direction, draft.pageRef());
        applyTargets(plan, kpi, targets, field + ".targets", problems);
        applyActuals(kpi, Objects.requireNonNullElse(draft.actuals(), Map.of()), field + ".actuals", problems);
        return kpi;
    }

    private static void applyTargets(Plan plan, Kpi kpi, Map<Integer, String> targets, String field, Problems problems) {
        for (Map.Entry<Integer, String> entry : targets.entrySet()) {
            int year = entry.getKey();
            if (!outsidePlan(plan, year, field + "." + year, problems) && entry.getValue() != null
                    && entry.getValue().length() > Target.MAX_LENGTH) {
                problems.add(field + "." + year, MessageCode.FIELD_TOO_LONG, Target.MAX_LENGTH);
            }
        }
        if (problems.isEmpty()) {
            kpi.getTargets().stream().map(Target::getYear).filter(y -> !targets.containsKey(y)).toList()
                    .forEach(y -> kpi.setTarget(y, null));
            targets.forEach(kpi::setTarget);
        }
    }

    /**
     * Refuses, at {@code field}, a year before the plan's first or after its last (the plan's years are those of its
     * medium-term plan); true where refused.
     */
    static boolean outsidePlan(Plan plan, int year, String field, Problems problems) {
        boolean outside = year < plan.getFirstYear() || year > plan.getLastYear();
        if (outside) {
            problems.add(field, MessageCode.PLAN_YEAR_OUTSIDE, year, plan.getFirstYear(), plan.getLastYear());
        }
        return outside;
    }

    private void applyActuals(Kpi kpi, Map<Integer, PlanDraft.ActualDraft> actuals, String field, Problems problems) {
        kpi.getActuals().stream().map(Actual::getYear).filter(y -> !actuals.containsKey(y)).toList()
                .forEach(kpi::removeActual);
        actuals.forEach((year, actual) -> {
            if (!outsidePlan(kpi.getPlan(), year, field + "." + year, problems)) {
                achievements.keep(kpi, year, actual.value(), actual.met(), actual.explanation(), stillFinal(kpi, year, actual));
            }
        });
    }

    /** An actual filed in a performance report stays final while the draft keeps it as it was. */
    private static boolean stillFinal(Kpi kpi, int year, PlanDraft.ActualDraft draft) {
        return kpi.actual(year).filter(Actual::isFinalReport)
                .filter(a -> draft.value() != null && a.getRaw().equals(draft.value().strip())
                        && Objects.equals(a.getJudgedMet(), draft.met()))
                .isPresent();
    }

    /**
     * Moves an agency's plan to the step its process has reached {@code today}; the process is the one source of that.
     */
    @Transactional
    public void enterStage(int year, String agencyCode, SubmissionStage stage, LocalDate dueOn, LocalDate today,
                           String processInstanceId) {
        Plan plan = planInCycle(year, agencyCode);
        plan.enterStage(stage, dueOn, today);
        plan.setProcessInstanceId(processInstanceId);
    }

    /** The plan as the API shows it, its KPIs with their achievements and notes ({@link PlanViews}). */
    public PlanView view(Plan plan, Integer cycleYear) {
        return views.view(plan, cycleYear);
    }
}
