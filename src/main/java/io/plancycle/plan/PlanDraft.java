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
 */
public record PlanDraft(@NotNull Long version,
                        @Size(max = 20000) String mission, @Size(max = 20000) String vision,
                        @Size(max = 20000) String situation, @Size(max = 20000) String strategies,
                        @Size(max = 20000) String priorities,
                        @NotNull @Valid List<GoalDraft> goals) {

    public record GoalDraft(Long id, @Size(max = 1000) String title, @NotNull @Valid List<KpiDraft> kpis) {
    }

    public record KpiDraft(Long id, @Size(max = 1000) String name, @Size(max = 2000) String measure,
                           @Size(max = 50) String unit, Direction direction, @Size(max = 20) String pageRef,
                           @JsonDeserialize(contentUsing = TargetAsWritten.class) Map<Integer, String> targets,
                           Map<Integer, ActualDraft> actuals, @Valid Map<Integer, Note> notes) {
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
}
