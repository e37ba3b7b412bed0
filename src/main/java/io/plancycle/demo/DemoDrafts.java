package io.plancycle.demo;

import io.plancycle.plan.Direction;
import io.plancycle.plan.PlanDraft;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.TargetComparison;
import io.plancycle.plan.TargetParser;
import io.plancycle.plan.TargetKind;
import io.plancycle.report.ReportRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a demo agency types into its draft and its performance report, from its plan as PlanCycle shows it.
 * <p>
 * The city's medium-term plan runs to 111; the current year's draft runs it on to this year (opening the cycle carries
 * each KPI's 111 target into every later year, 沿用, as the agencies did while the next medium-term plan was being
 * written). Last year's actual is close to its target (5% better; a percentage at most 100% unless the target is more), except
 * where the story gives one of its own (an actual far over the target, which the reviewer then asks to raise).
 */
final class DemoDrafts {

    private static final BigDecimal BETTER = new BigDecimal("1.05");
    private static final BigDecimal BELOW_CEILING = new BigDecimal("0.90");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DemoDrafts() {
    }

    /** The plan as read with its targets carried forward and last year's actuals filled in. */
    static PlanDraft draft(PlanView plan, Map<KpiPlace, String> storyActuals) {
        int lastYear = plan.cycleYear() - 1;
        List<PlanDraft.GoalDraft> goals = new ArrayList<>();
        for (PlanView.GoalView goal : plan.goals()) {
            List<PlanDraft.KpiDraft> kpis = new ArrayList<>();
            for (PlanView.KpiView kpi : goal.kpis()) {
                Map<Integer, String> targets = new TreeMap<>();
                kpi.targets().forEach((year, t) -> targets.put(year, t.raw()));
                Map<Integer, PlanDraft.ActualDraft> actuals = new LinkedHashMap<>();
                kpi.actuals().forEach((year, a) -> actuals.put(year, new PlanDraft.ActualDraft(a.value(),
                        isNumeric(kpi.targets().get(year)) ? null : a.met(), a.explanation())));
                PlanView.TargetView last = kpi.targets().get(lastYear);
                if (last != null && last.kind() != TargetKind.NONE) {
                    String story = storyActuals.get(KpiPlace.of(goal, kpi));
                    actuals.put(lastYear, story != null ? new PlanDraft.ActualDraft(story, null, null)
                            : nearTarget(kpi.direction(), last));
                }
                kpis.add(new PlanDraft.KpiDraft(kpi.id(), kpi.name(), kpi.measure(), kpi.unit(), kpi.direction(),
                        kpi.pageRef(), targets, actuals, notes(kpi, targets, actuals.get(lastYear), plan.cycleYear())));
            }
            goals.add(new PlanDraft.GoalDraft(goal.id(), goal.title(), kpis));
        }
        return new PlanDraft(plan.version(), plan.mission(), plan.vision(), plan.situation(), plan.strategies(),
                plan.priorities(), goals);
    }

    /**
     * The KPI's notes, with the demo's cause and countermeasure for the cycle's target where it is below what the demo
     * says was reached last year (the city's rule asks for both).
     */
    private static Map<Integer, PlanDraft.Note> notes(PlanView.KpiView kpi, Map<Integer, String> targets,
                                                      PlanDraft.ActualDraft lastActual, int cycleYear) {
        Map<Integer, PlanDraft.Note> notes = new LinkedHashMap<>(kpi.notes() == null ? Map.of() : kpi.notes());
        String target = targets.get(cycleYear);
        if (target != null && lastActual != null && lastActual.value() != null && TargetComparison.belowActual(
                kpi.direction(), TargetParser.parse(target), TargetParser.parse(lastActual.value()))) {
            notes.putIfAbsent(cycleYear, new PlanDraft.Note(DemoStory.BELOW_ACTUAL_CAUSE, DemoStory.BELOW_ACTUAL_COUNTERMEASURE));
        }
        return notes;
    }

    /** The performance report for last year: the actual already in the draft, now final, for every KPI with a target. */
    static ReportRequest report(PlanView plan) {
        int lastYear = plan.cycleYear() - 1;
        List<ReportRequest.ActualRequest> actuals = new ArrayList<>();
        plan.goals().stream().flatMap(g -> g.kpis().stream()).forEach(kpi -> {
            PlanView.TargetView target = kpi.targets().get(lastYear);
            PlanView.ActualView actual = kpi.actuals().get(lastYear);
            if (target != null && target.kind() != TargetKind.NONE && actual != null) {
                actuals.add(new ReportRequest.ActualRequest(kpi.id(), lastYear, actual.value(),
                        isNumeric(target) ? null : actual.met(), actual.explanation()));
            }
        });
        return new ReportRequest(actuals);
    }

    /** An actual a little better than the target: 5% over a number, 10% under a ceiling; text targets met as written. */
    private static PlanDraft.ActualDraft nearTarget(Direction direction, PlanView.TargetView target) {
        if (!isNumeric(target)) {
            return new PlanDraft.ActualDraft(target.raw(), true, null);
        }
        boolean ceiling = direction == Direction.LOWER_IS_BETTER || target.kind() == TargetKind.CEILING;
        BigDecimal value = target.value().multiply(ceiling ? BELOW_CEILING : BETTER);
        boolean percent = "%".equals(target.unit());
        if (percent && value.compareTo(HUNDRED) > 0) {
            value = target.value().max(HUNDRED);
        }
        int scale = target.value().stripTrailingZeros().scale() > 0 || percent ? 1 : 0;
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        boolean strict = ">".equals(target.op()) || "<".equals(target.op());
        if (strict && rounded.compareTo(target.value()) == 0) {
            // Rounding reached a strict target (> 3 became 3): one more decimal keeps it beaten, and near it.
            rounded = value.setScale(scale + 1, RoundingMode.HALF_UP);
        }
        return new PlanDraft.ActualDraft(rounded.stripTrailingZeros().toPlainString() + (percent ? "%" : ""), null, null);
    }

    private static boolean isNumeric(PlanView.TargetView target) {
        return target != null && (target.kind() == TargetKind.NUMBER || target.kind() == TargetKind.CEILING);
    }
}
