package io.plancycle.review;

import io.plancycle.plan.PlanView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in a submission since the round before: per KPI (by its id, which a plan keeps across rounds) whether it
 * is new, moved to another goal, renamed, measured differently or given other targets; the KPIs and goals that are gone;
 * and the goals retitled (a merge keeps the first goal under a new title).
 */
public record RoundChanges(Map<Long, KpiChange> kpis, List<PlanView.KpiView> removedKpis, List<String> removedGoals,
                           Map<Long, String> goalTitlesBefore, List<Long> addedGoals) {

    /** How one KPI differs from the round before; a null field is unchanged. */
    public record KpiChange(boolean added, String goalBefore, String nameBefore, String measureBefore,
                            List<TargetChange> targets) {

        public boolean any() {
            return added || goalBefore != null || nameBefore != null || measureBefore != null || !targets.isEmpty();
        }

        /** The target of the year in the round before, when it changed (null when it did not, "" when there was none). */
        public String targetBefore(int year) {
            return targets.stream().filter(t -> t.year() == year).map(TargetChange::before).findFirst().orElse(null);
        }
    }

    /** A year's target as it was and as it is ("" where there was or is none). */
    public record TargetChange(int year, String before, String after) {
    }

    public static RoundChanges between(PlanView before, PlanView after) {
        Map<Long, PlanView.GoalView> goalsBefore = before.goals().stream()
                .collect(Collectors.toMap(PlanView.GoalView::id, Function.identity()));
        Map<Long, PlanView.GoalView> goalOfBefore = new HashMap<>();
        Map<Long, PlanView.KpiView> kpisBefore = new LinkedHashMap<>();
        before.goals().forEach(g -> g.kpis().forEach(k -> {
            kpisBefore.put(k.id(), k);
            goalOfBefore.put(k.id(), g);
        }));
        Map<Long, KpiChange> kpis = new LinkedHashMap<>();
        Map<Long, String> titlesBefore = new LinkedHashMap<>();
        List<Long> addedGoals = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        for (PlanView.GoalView goal : after.goals()) {
            PlanView.GoalView old = goalsBefore.get(goal.id());
            if (old == null) {
                addedGoals.add(goal.id());
            } else if (!Objects.equals(old.title(), goal.title())) {
                titlesBefore.put(goal.id(), old.title());
            }
            for (PlanView.KpiView kpi : goal.kpis()) {
                PlanView.KpiView was = kpisBefore.get(kpi.id());
                kept.add(kpi.id());
                if (was == null) {
                    kpis.put(kpi.id(), new KpiChange(true, null, null, null, List.of()));
                    continue;
                }
                PlanView.GoalView wasIn = goalOfBefore.get(kpi.id());
                kpis.put(kpi.id(), new KpiChange(false,
                        Objects.equals(wasIn.id(), goal.id()) ? null : wasIn.title(),
                        Objects.equals(was.name(), kpi.name()) ? null : was.name(),
                        Objects.equals(was.measure(), kpi.measure()) ? null : Objects.toString(was.measure(), ""),
                        targetChanges(was, kpi)));
            }
        }
        List<PlanView.KpiView> removed = kpisBefore.values().stream().filter(k -> !kept.contains(k.id())).toList();
        List<Long> goalsAfter = after.goals().stream().map(PlanView.GoalView::id).toList();
        List<String> removedGoals = before.goals().stream().filter(g -> !goalsAfter.contains(g.id()))
                .map(PlanView.GoalView::title).toList();
        return new RoundChanges(kpis, removed, removedGoals, titlesBefore, addedGoals);
    }

    private static List<TargetChange> targetChanges(PlanView.KpiView before, PlanView.KpiView after) {
        TreeSet<Integer> years = new TreeSet<>(before.targets().keySet());
        years.addAll(after.targets().keySet());
        List<TargetChange> changes = new ArrayList<>();
        for (int year : years) {
            String was = raw(before.targets().get(year));
            String now = raw(after.targets().get(year));
            if (!was.equals(now)) {
                changes.add(new TargetChange(year, was, now));
            }
        }
        return changes;
    }

    private static String raw(PlanView.TargetView target) {
        return target == null || target.raw() == null ? "" : target.raw();
    }

    public KpiChange of(Long kpiId) {
        return kpis.get(kpiId);
    }

    public long changedKpiCount() {
        return kpis.values().stream().filter(KpiChange::any).count() + removedKpis.size();
    }
}
