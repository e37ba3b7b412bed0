package io.plancycle.support;

import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.TargetKind;
import io.plancycle.report.ReportRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an agency sends, built from the plan as PlanCycle shows it ({@link PlanView}), the way a person would fill
 * it in: the draft as read with last year's actuals added, and the performance report for last year.
 * <p>
 * Every actual is "on target": for a number or a ceiling the target's own value (achievement rate 100%, so the
 * 130% rule never bites), for a date, frequency, completion or compound target its text, judged met. The one
 * shortfall is a strict target ({@code > x}, {@code < 10分鐘}): reaching exactly {@code x} misses it, so such an
 * actual carries an explanation, as PlanCycle requires of every missed target.
 */
public final class Drafts {

    /** The explanation given where an on-target actual still misses a strict target. */
    public static final String STRICT_TARGET_EXPLANATION = "實際值與目標值相同，未達「優於目標值」之要求";

    private Drafts() {
    }

    /** The year a cycle reports on: the one before it (the 110 cycle reports 109). */
    public static int reportYear(PlanView plan) {
        return plan.cycleYear() - 1;
    }

    /**
     * The whole plan as read (sections, goals, KPIs, every year's target and the actuals recorded so far), with last
     * year's actual added for every KPI that had a target last year: what passes the submission checks.
     */
    public static PlanDraft withLastYearsActuals(PlanView plan) {
        int lastYear = reportYear(plan);
        List<PlanDraft.GoalDraft> goals = new ArrayList<>();
        for (PlanView.GoalView goal : plan.goals()) {
            List<PlanDraft.KpiDraft> kpis = new ArrayList<>();
            for (PlanView.KpiView kpi : goal.kpis()) {
                Map<Integer, String> targets = new TreeMap<>();
                kpi.targets().forEach((year, target) -> targets.put(year, target.raw()));
                Map<Integer, PlanDraft.ActualDraft> actuals = new LinkedHashMap<>();
                kpi.actuals().forEach((year, actual) -> actuals.put(year, asRecorded(kpi.targets().get(year), actual)));
                PlanView.TargetView lastTarget = kpi.targets().get(lastYear);
                if (hasTarget(lastTarget)) {
                    actuals.put(lastYear, onTarget(lastTarget));
                }
                kpis.add(new PlanDraft.KpiDraft(kpi.id(), kpi.name(), kpi.measure(), kpi.unit(), kpi.direction(),
                        kpi.pageRef(), targets, actuals));
            }
            goals.add(new PlanDraft.GoalDraft(goal.id(), goal.title(), kpis));
        }
        return new PlanDraft(plan.version(), plan.mission(), plan.vision(), plan.situation(), plan.strategies(),
                plan.priorities(), goals);
    }

    /** The performance report for last year: the final actual of every KPI that had a target, each on target. */
    public static ReportRequest finalReport(PlanView plan) {
        int lastYear = reportYear(plan);
        List<ReportRequest.ActualRequest> actuals = new ArrayList<>();
        for (PlanView.KpiView kpi : kpisWithTarget(plan, lastYear)) {
            PlanDraft.ActualDraft actual = onTarget(kpi.targets().get(lastYear));
            actuals.add(new ReportRequest.ActualRequest(kpi.id(), lastYear, actual.value(), actual.met(),
                    actual.explanation()));
        }
        return new ReportRequest(actuals);
    }

    /** The KPIs of the plan, in order, that have a target (not "-") for the year. */
    public static List<PlanView.KpiView> kpisWithTarget(PlanView plan, int year) {
        return plan.goals().stream().flatMap(g -> g.kpis().stream())
                .filter(k -> hasTarget(k.targets().get(year)))
                .toList();
    }

    /** The actual that exactly reaches the target. */
    public static PlanDraft.ActualDraft onTarget(PlanView.TargetView target) {
        if (!isNumeric(target)) {
            return new PlanDraft.ActualDraft(target.raw(), true, null);
        }
        String value = target.value().stripTrailingZeros().toPlainString() + ("%".equals(target.unit()) ? "%" : "");
        boolean strict = ">".equals(target.op()) || "<".equals(target.op());
        return new PlanDraft.ActualDraft(value, null, strict ? STRICT_TARGET_EXPLANATION : null);
    }

    public static boolean hasTarget(PlanView.TargetView target) {
        return target != null && target.kind() != TargetKind.NONE;
    }

    public static boolean isNumeric(PlanView.TargetView target) {
        return target != null && (target.kind() == TargetKind.NUMBER || target.kind() == TargetKind.CEILING);
    }

    /** An actual recorded earlier, sent back as it is: the judgement only where the target is not a number. */
    private static PlanDraft.ActualDraft asRecorded(PlanView.TargetView target, PlanView.ActualView actual) {
        return new PlanDraft.ActualDraft(actual.value(), isNumeric(target) ? null : actual.met(), actual.explanation());
    }
}
