package io.plancycle.plan;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the reasons a saved draft gives for its changes ({@link PlanDraft}), each under its change's key
 * ({@link DraftChange#key}) so that it stays with the change: a reason left out keeps the one given before, a blank one
 * takes it away. Run once the draft's goals and KPIs are saved (a new one has its id then).
 */
@Component
class DraftReasons {

    private final DraftReasonRepository reasons;

    DraftReasons(DraftReasonRepository reasons) {
        this.reasons = reasons;
    }

    /** The draft's goals and KPIs are the plan's live ones numbered as the draft lists them (goal g+1, KPI k+1). */
    void keep(Plan plan, PlanDraft draft, Problems problems) {
        Map<String, DraftReason> kept = reasons.findByPlanId(plan.getId()).stream()
                .collect(Collectors.toMap(DraftReason::getChangeKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> given = new LinkedHashMap<>();
        for (int g = 0; g < draft.goals().size(); g++) {
            Goal goal = numbered(plan, g + 1);
            PlanDraft.GoalDraft goalDraft = draft.goals().get(g);
            if (goal == null) {
                continue;
            }
            if (goalDraft.reasons() != null) {
                given.put(DraftChange.key(RevisionKind.GOAL_ADDED, goal.getId(), null), goalDraft.reasons().added());
                given.put(DraftChange.key(RevisionKind.GOAL_RENAMED, goal.getId(), null), goalDraft.reasons().title());
            }
            for (int k = 0; k < goalDraft.kpis().size(); k++) {
                int no = k + 1;
                PlanDraft.KpiReasons r = goalDraft.kpis().get(k).reasons();
                Kpi kpi = goal.liveKpis().stream().filter(x -> x.getNo() == no).findFirst().orElse(null);
                if (kpi != null && r != null) {
                    kpiReasons(kpi.getId(), r, given);
                }
            }
        }
        Map<Long, Kpi> kpis = plan.getGoals().stream().flatMap(g -> g.getKpis().stream())
                .collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Objects.requireNonNullElse(draft.removedKpis(), Map.<Long, PlanDraft.RemovedKpi>of()).forEach((id, removed) -> {
            Kpi into = removed.mergedInto() == null ? null : kpis.get(removed.mergedInto());
            if (!kpis.containsKey(id)) {
                problems.add("removedKpis." + id, MessageCode.PLAN_KPI_UNKNOWN, id);
            } else if (removed.mergedInto() != null && (into == null || into.isDeleted() || into.getId().equals(id))) {
                problems.add("removedKpis." + id + ".mergedInto", MessageCode.PLAN_KPI_UNKNOWN, removed.mergedInto());
            } else {
                String key = DraftChange.key(RevisionKind.KPI_DELETED, id, null);
                given.put(key, removed.reason());
                kept.computeIfAbsent(key, k -> new DraftReason(plan.getId(), k)).setMergedInto(removed.mergedInto());
            }
        });
        Map<Long, Goal> goals = plan.getGoals().stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
        Objects.requireNonNullElse(draft.removedGoals(), Map.<Long, String>of()).forEach((id, reason) -> {
            if (goals.containsKey(id)) {
                given.put(DraftChange.key(RevisionKind.GOAL_DELETED, id, null), reason);
            } else {
                problems.add("removedGoals." + id, MessageCode.PLAN_GOAL_UNKNOWN, id);
            }
        });
        given.forEach((key, reason) -> {
            if (reason != null) {
                kept.computeIfAbsent(key, k -> new DraftReason(plan.getId(), k)).setReason(AgencyPlanForm.text(reason));
            }
        });
        kept.values().stream().filter(r -> r.getReason() == null && r.getMergedInto() == null && r.getId() != null)
                .forEach(reasons::delete);
        reasons.saveAll(kept.values().stream().filter(r -> r.getReason() != null || r.getMergedInto() != null).toList());
    }

    private static void kpiReasons(Long kpiId, PlanDraft.KpiReasons r, Map<String, String> given) {
        given.put(DraftChange.key(RevisionKind.KPI_ADDED, kpiId, null), r.added());
        given.put(DraftChange.key(RevisionKind.KPI_RENAMED, kpiId, null), r.name());
        given.put(DraftChange.key(RevisionKind.MEASURE_CHANGE, kpiId, null), r.measure());
        given.put(DraftChange.key(RevisionKind.UNIT_CHANGE, kpiId, null), r.unit());
        given.put(DraftChange.key(RevisionKind.DIRECTION_CHANGE, kpiId, null), r.direction());
        given.put(DraftChange.key(RevisionKind.KPI_MOVED, kpiId, null), r.goal());
        Objects.requireNonNullElse(r.targets(), Map.<Integer, String>of())
                .forEach((year, reason) -> given.put(DraftChange.key(RevisionKind.TARGET_CHANGE, kpiId, year), reason));
    }

    private static Goal numbered(Plan plan, int no) {
        return plan.liveGoals().stream().filter(g -> g.getNo() == no).findFirst().orElse(null);
    }
}
