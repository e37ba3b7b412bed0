package io.plancycle.revision;

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
     * KPI_MOVED kpiId, goalId. {@code pageRef} optionally says where the KPI stands in the revised plan. A TARGET_CHANGE
     * that lowers the target (or sets the cycle's year's target below last year's actual) also needs its {@code cause}
     * (原因) and {@code countermeasure} (因應策略).
     */
    public record Change(@NotNull RevisionKind kind, Long kpiId, Long goalId, List<Long> goalIds, Integer year,
                         @Size(max = 2000) String value, @Size(max = 1000) String name, @Size(max = 2000) String measure,
                         Map<Integer, String> targets, @Size(max = 20) String pageRef,
                         @Size(max = 5000) String reason, @Size(max = 5000) String cause,
                         @Size(max = 5000) String countermeasure) {
    }
}
