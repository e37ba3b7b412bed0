package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an agency saves while it revises its plan as the review asked: the changes, every one with its reason, and its
 * written replies (回覆說明) to the evaluation team's comments of the round. One of them may be empty, not both; a reply
 * is kept as written, however short, until the revised plan is submitted, which needs a reply to every comment.
 */
public record RevisionRequest(@Size(max = 500) @Valid List<Change> changes, @Size(max = 2000) @Valid List<Reply> replies) {

    public RevisionRequest {
        changes = Objects.requireNonNullElse(changes, List.of());
        replies = Objects.requireNonNullElse(replies, List.of());
    }

    /** Changes without replies. */
    public RevisionRequest(List<Change> changes) {
        this(changes, List.of());
    }

    /**
     * One change. Which fields it needs depends on its kind:
     * TARGET_CHANGE kpiId, year, value; MEASURE_CHANGE kpiId, value; KPI_ADDED goalId, name, measure, targets;
     * KPI_DELETED kpiId; GOALS_MERGED goalIds (the first is kept), value = the merged goal's title (optional);
     * KPI_MOVED kpiId, goalId; KPI_RENAMED kpiId, value = the new name; UNIT_CHANGE kpiId, value;
     * DIRECTION_CHANGE kpiId, value = HIGHER_IS_BETTER, LOWER_IS_BETTER or MILESTONE; KPI_MERGED kpiId, intoKpiId (the
     * KPI it is merged into); GOAL_ADDED value = the title (its KPIs are added with KPI_ADDED after it, without a
     * goalId: a KPI_ADDED without one goes into the goal added last before it in the same request); GOAL_RENAMED goalId,
     * value; GOAL_DELETED goalId (its KPIs go with it). Every change needs its {@code reason}. {@code pageRef} optionally says where the KPI stands in the
     * revised plan. A TARGET_CHANGE that lowers the target (or sets the cycle's year's target below last year's actual)
     * also needs its {@code cause} (原因) and {@code countermeasure} (因應策略).
     */
    public record Change(@NotNull RevisionKind kind, Long kpiId, Long goalId, List<Long> goalIds, Integer year,
                         @Size(max = 2000) String value, @Size(max = 1000) String name, @Size(max = 2000) String measure,
                         Map<Integer, String> targets, @Size(max = 20) String pageRef,
                         @Size(max = 5000) String reason, @Size(max = 5000) String cause,
                         @Size(max = 5000) String countermeasure, Long intoKpiId) {

        public Change(RevisionKind kind, Long kpiId, Long goalId, List<Long> goalIds, Integer year, String value,
                      String name, String measure, Map<Integer, String> targets, String pageRef, String reason) {
            this(kind, kpiId, goalId, goalIds, year, value, name, measure, targets, pageRef, reason, null, null, null);
        }

        public Change(RevisionKind kind, Long kpiId, Long goalId, List<Long> goalIds, Integer year, String value,
                      String name, String measure, Map<Integer, String> targets, String pageRef, String reason,
                      String cause, String countermeasure) {
            this(kind, kpiId, goalId, goalIds, year, value, name, measure, targets, pageRef, reason, cause,
                    countermeasure, null);
        }
    }

    /**
     * The agency's reply to one comment of the round its plan was returned in ({@code id} of the comment as
     * {@code GET …/reviews} lists it): what it did, or why it did not. A blank text takes the reply back.
     */
    public record Reply(@NotNull Long commentId, @Size(max = 5000) String text) {
    }
}
