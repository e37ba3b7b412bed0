package io.plancycle.plan;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What still stands between a draft and its submission, each named by its field. A draft is saved whatever it lacks
 * (partial work is never refused); these checks run when the agency checks its plan before sending, when it submits,
 * and beside the fields while it edits.
 */
@Component
public class PlanCompleteness {

    private final Achievements achievements;
    private final DraftChanges changes;
    private final TargetRules rules;
    private final TargetNotes notes;

    PlanCompleteness(Achievements achievements, DraftChanges changes, TargetRules rules, TargetNotes notes) {
        this.achievements = achievements;
        this.changes = changes;
        this.rules = rules;
        this.notes = notes;
    }

    /**
     * The mission, at least one goal with at least one KPI, each KPI's measure, a target (or "-") for each year from
     * the cycle's to the plan's last (at least the cycle's own), last year's actual wherever there was a target, and
     * every actual complete: a number where the target is one, met or not where it is not, and why where it was
     * missed. While drafting, the reason of every change against the plan the draft was started from
     * ({@link DraftChanges}), and every target lowered from that plan, or set below last year's actual, with its cause
     * and countermeasure (after a return each revision carries its own reason, and a lowered target's change its cause
     * and countermeasure).
     */
    public Problems missing(Plan plan, int cycleYear) {
        Problems problems = new Problems().requireText("mission", plan.getMission());
        List<Goal> goals = plan.liveGoals();
        if (goals.isEmpty()) {
            problems.add("goals", MessageCode.PLAN_GOALS_MISSING);
        }
        for (int g = 0; g < goals.size(); g++) {
            List<Kpi> kpis = goals.get(g).liveKpis();
            if (kpis.isEmpty()) {
                problems.add("goals[" + g + "].kpis", MessageCode.PLAN_GOAL_KPIS_MISSING);
            }
            for (int k = 0; k < kpis.size(); k++) {
                kpiProblems(kpis.get(k), "goals[" + g + "].kpis[" + k + "]", plan.lastYearIn(cycleYear),
                        cycleYear, problems);
            }
        }
        if (plan.getStage() == SubmissionStage.DRAFTING) {
            changes.missingReasons(plan, problems);
            loweredProblems(plan, cycleYear, goals, problems);
        }
        return problems;
    }

    private void loweredProblems(Plan plan, int cycleYear, List<Goal> goals, Problems problems) {
        List<TargetRules.Lowered> lowered = rules.lowered(plan, cycleYear);
        if (lowered.isEmpty()) {
            return;
        }
        Map<Long, Map<Integer, TargetNote>> written = notes.of(lowered.stream().map(l -> l.kpi().getId()).toList());
        for (TargetRules.Lowered target : lowered) {
            Kpi kpi = target.kpi();
            TargetNote note = written.getOrDefault(kpi.getId(), Map.of()).get(target.year());
            String field = "goals[" + goals.indexOf(kpi.getGoal()) + "].kpis[" + kpi.getGoal().liveKpis().indexOf(kpi)
                    + "].notes." + target.year();
            if (note == null || note.getCause() == null) {
                problems.add(field + ".cause", MessageCode.TARGET_LOWERED_CAUSE_MISSING, target.year(), target.before(),
                        target.after());
            }
            if (note == null || note.getCountermeasure() == null) {
                problems.add(field + ".countermeasure", MessageCode.TARGET_LOWERED_COUNTERMEASURE_MISSING, target.year(),
                        target.before(), target.after());
            }
        }
    }

    private void kpiProblems(Kpi kpi, String field, int lastPlanYear, int cycleYear, Problems problems) {
        problems.requireText(field + ".measure", kpi.getMeasure());
        for (int year = cycleYear; year <= lastPlanYear; year++) {
            if (kpi.target(year).isEmpty()) {
                problems.add(field + ".targets." + year, MessageCode.PLAN_KPI_TARGET_MISSING, year);
            }
        }
        int lastYear = cycleYear - 1;
        boolean hadTarget = kpi.target(lastYear).map(t -> t.getKind() != TargetKind.NONE).orElse(false);
        boolean reported = kpi.actual(lastYear).map(a -> !a.getRaw().isBlank()).orElse(false);
        if (hadTarget && !reported) {
            problems.add(field + ".actuals." + lastYear, MessageCode.PLAN_KPI_ACTUAL_MISSING, lastYear);
        }
        for (Actual actual : kpi.getActuals()) {
            if (actual.getYear() != lastYear || reported) {
                achievements.check(kpi, actual.getYear(), actual.getRaw(), actual.getJudgedMet(), actual.getExplanation(),
                        field + ".actuals." + actual.getYear(), problems);
            }
        }
    }
}
