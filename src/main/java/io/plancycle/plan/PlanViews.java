package io.plancycle.plan;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An agency's plan as the API shows it: goals, KPIs, targets, actuals with their achievement, and target notes. */
@Component
class PlanViews {

    private final Achievements achievements;
    private final TargetNotes notes;

    PlanViews(Achievements achievements, TargetNotes notes) {
        this.achievements = achievements;
        this.notes = notes;
    }

    PlanView view(Plan plan, Integer cycleYear) {
        Map<Long, Map<Integer, TargetNote>> notesByKpi = notes.of(plan.liveKpis().stream()
                .map(Kpi::getId).filter(java.util.Objects::nonNull).toList());
        List<PlanView.GoalView> goals = plan.liveGoals().stream()
                .map(goal -> new PlanView.GoalView(goal.getId(), goal.getNo(), goal.getTitle(),
                        goal.liveKpis().stream().map(kpi -> kpiView(kpi, notesByKpi.getOrDefault(kpi.getId(), Map.of())))
                                .toList()))
                .toList();
        return new PlanView(plan.getAgency().getCode(), plan.getAgency().getName(), cycleYear, plan.getStage(),
                plan.getReviewRound(), plan.getStageDueOn(), plan.getVersion(), plan.getTitle(), plan.getFirstYear(),
                plan.getLastYear(), plan.getMission(), plan.getVision(), plan.getSituation(), plan.getStrategies(),
                plan.getPriorities(), goals);
    }

    private PlanView.KpiView kpiView(Kpi kpi, Map<Integer, TargetNote> kpiNotes) {
        Map<Integer, PlanView.TargetView> targets = new TreeMap<>();
        kpi.getTargets().forEach(t -> {
            ParsedTarget p = t.parsed();
            targets.put(t.getYear(), new PlanView.TargetView(p.raw(), p.op(), p.value(), p.unit(), p.kind()));
        });
        Map<Integer, PlanView.ActualView> actuals = new LinkedHashMap<>();
        kpi.getActuals().forEach(a -> {
            Achievement achievement = achievements.of(kpi, a);
            actuals.put(a.getYear(), new PlanView.ActualView(a.getRaw(), achievement.met(), achievement.rate(),
                    achievement.overThreshold(), a.getExplanation(), a.isFinalReport()));
        });
        Map<Integer, PlanDraft.Note> noteViews = new TreeMap<>();
        kpiNotes.forEach((year, note) -> noteViews.put(year, TargetNotes.view(note)));
        return new PlanView.KpiView(kpi.getId(), kpi.getNo(), kpi.getName(), kpi.getMeasure(), kpi.getUnit(),
                kpi.getDirection(), kpi.getPageRef(), targets, actuals, noteViews);
    }
}
