package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** The changes an agency makes to its plan as the review asked; every change carries its reason. */
public record RevisionRequest(@NotEmpty @Size(max = 500) @Valid List<Change> changes) {

    /**
     * One change. Which fields it needs depends on its kind:
     * TARGET_CHANGE kpiId, year, value; MEASURE_CHANGE kpiId, value; KPI_ADDED goalId, name, measure, targets;
     * KPI_DELETED kpiId; GOALS_MERGED goalIds (the first is kept), value = the merged goal's title (optional);
     * KPI_MOVED kpiId, goalId; KPI_RENAMED kpiId, value = the new name; UNIT_CHANGE kpiId, value;
     * DIRECTION_CHANGE kpiId, value = HIGHER_IS_BETTER, LOWER_IS_BETTER or MILESTONE; KPI_MERGED kpiId, intoKpiId (the
     * KPI it is merged into); GOAL_ADDED value = the title (its KPIs are added with KPI_ADDED after); GOAL_RENAMED goalId,
     * value; GOAL_DELETED goalId (its KPIs go with it). {@code pageRef} optionally says where the KPI stands in the
     * revised plan.
     */
    public record Change(@NotNull RevisionKind kind, Long kpiId, Long goalId, List<Long> goalIds, Integer year,
                         @Size(max = 2000) String value, @Size(max = 1000) String name, @Size(max = 2000) String measure,
                         Map<Integer, String> targets, @Size(max = 20) String pageRef,
                         @Size(max = 5000) String reason, Long intoKpiId) {

        public Change(RevisionKind kind, Long kpiId, Long goalId, List<Long> goalIds, Integer year, String value,
                      String name, String measure, Map<Integer, String> targets, String pageRef, String reason) {
            this(kind, kpiId, goalId, goalIds, year, value, name, measure, targets, pageRef, reason, null);
        }
    }
}
