package io.plancycle.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * The whole draft an agency saves: sections, goals with their KPIs, yearly targets as written and actuals.
 * Goals and KPIs with an id are the existing ones; without an id they are new; existing ones left out are deleted.
 * {@code version} is the version the agency read, so that nobody overwrites someone else's save unknowingly.
 * <p>
 * Every change against the plan the draft was started from needs its reason (修正理由) by the submission: a goal's and a
 * KPI's in their {@code reasons}, a removed KPI's (and the KPI it was merged into) in {@code removedKpis}, a removed
 * goal's in {@code removedGoals}, both by id. A reason left out ({@code null}) keeps the one saved before; a blank one
 * takes it away.
 */
public record PlanDraft(@NotNull Long version,
                        @Size(max = 20000) String mission, @Size(max = 20000) String vision,
                        @Size(max = 20000) String situation, @Size(max = 20000) String strategies,
                        @Size(max = 20000) String priorities,
                        @NotNull @Valid List<GoalDraft> goals,
                        @Valid Map<Long, RemovedKpi> removedKpis,
                        Map<Long, @Size(max = DraftReason.MAX_LENGTH) String> removedGoals) {

    public PlanDraft(Long version, String mission, String vision, String situation, String strategies, String priorities,
                     List<GoalDraft> goals) {
        this(version, mission, vision, situation, strategies, priorities, goals, null, null);
    }

    public record GoalDraft(Long id, @Size(max = 1000) String title, @NotNull @Valid List<KpiDraft> kpis,
                            @Valid GoalReasons reasons) {
        public GoalDraft(Long id, String title, List<KpiDraft> kpis) {
            this(id, title, kpis, null);
        }
    }

    public record KpiDraft(Long id, @Size(max = 1000) String name, @Size(max = 2000) String measure,
                           @Size(max = 50) String unit, Direction direction, @Size(max = 20) String pageRef,
                           @JsonDeserialize(contentUsing = TargetAsWritten.class) Map<Integer, String> targets,
                           Map<Integer, ActualDraft> actuals, @Valid Map<Integer, Note> notes,
                           @Valid KpiReasons reasons) {
        public KpiDraft(Long id, String name, String measure, String unit, Direction direction, String pageRef,
                        Map<Integer, String> targets, Map<Integer, ActualDraft> actuals, Map<Integer, Note> notes) {
            this(id, name, measure, unit, direction, pageRef, targets, actuals, notes, null);
        }
    }

    /**
     * Why a year's target is lowered (下修) or set below last year's actual, and what the agency will do about it; the
     * same as the plan is read, so that a plan read can be saved back as it is. Sent at all ({@code notes} not null),
     * the notes replace the KPI's; left out, they stay as they are.
     */
    public record Note(@Size(max = TargetNote.MAX_LENGTH) String cause,
                       @Size(max = TargetNote.MAX_LENGTH) String countermeasure) {
    }

    /** An actual as written; {@code met} is the person's judgement for targets that are not numbers. */
    public record ActualDraft(@Size(max = 200) String value, Boolean met, @Size(max = 5000) String explanation) {
    }

    /** Why a goal was added, or renamed. */
    public record GoalReasons(@Size(max = DraftReason.MAX_LENGTH) String added,
                              @Size(max = DraftReason.MAX_LENGTH) String title) {
    }

    /**
     * Why a KPI was added, renamed, measured otherwise, given another unit or direction, moved to another goal
     * ({@code goal}), or given another target in a year ({@code targets}, by year).
     */
    public record KpiReasons(@Size(max = DraftReason.MAX_LENGTH) String added, @Size(max = DraftReason.MAX_LENGTH) String name,
                             @Size(max = DraftReason.MAX_LENGTH) String measure, @Size(max = DraftReason.MAX_LENGTH) String unit,
                             @Size(max = DraftReason.MAX_LENGTH) String direction, @Size(max = DraftReason.MAX_LENGTH) String goal,
                             Map<Integer, @Size(max = DraftReason.MAX_LENGTH) String> targets) {
    }

    /** Why a KPI was removed; {@code mergedInto}: the KPI of the plan it was merged into (併入), if any. */
    public record RemovedKpi(@Size(max = DraftReason.MAX_LENGTH) String reason, Long mergedInto) {
    }
}
