package io.plancycle.plan;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An agency's plan as the API shows it: goals, KPIs, targets, actuals with their achievement, and target notes; the KPIs
 * withdrawn in the cycle under their goals.
 */
@Component
class PlanViews {

    private final Achievements achievements;
    private final TargetNotes notes;

    PlanViews(Achievements achievements, TargetNotes notes) {
        this.achievements = achievements;
        this.notes = notes;
    }

    PlanView view(Plan plan, Integer cycleYear) {
        List<Kpi> withdrawn = cycleYear == null ? List.of() : plan.withdrawnKpis(cycleYear - 1);
        Map<Long, Map<Integer, TargetNote>> notesByKpi = notes.of(Stream.concat(plan.liveKpis().stream(),
                withdrawn.stream()).map(Kpi::getId).filter(Objects::nonNull).toList());
        List<PlanView.GoalView> goals = plan.liveGoals().stream()
                .map(goal -> goalView(goal, goal.liveKpis(), notesByKpi))
                .toList();
        return new PlanView(plan.getAgency().getCode(), plan.getAgencyName(), cycleYear, plan.getStage(),
                plan.getReviewRound(), plan.getStageDueOn(), plan.getVersion(), plan.getTitle(), plan.getFirstYear(),
                plan.getLastYear(), plan.getMission(), plan.getVision(), plan.getSituation(), plan.getStrategies(),
                plan.getPriorities(), goals, withdrawn.stream().collect(Collectors.groupingBy(Kpi::getGoal,
                        LinkedHashMap::new, Collectors.toList())).entrySet().stream()
                .map(e -> goalView(e.getKey(), e.getValue(), notesByKpi)).toList());
    }

    private PlanView.GoalView goalView(Goal goal, List<Kpi> kpis, Map<Long, Map<Integer, TargetNote>> notesByKpi) {
        return new PlanView.GoalView(goal.getId(), goal.getNo(), goal.getTitle(),
                kpis.stream().map(kpi -> kpiView(kpi, notesByKpi.getOrDefault(kpi.getId(), Map.of()))).toList());
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
