package io.plancycle.plan;

import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which plan each agency's draft of a year's cycle starts from: the medium-term plan of the year (the latest that
 * starts in or before it) decides. An agency carries on from its plan in the previous cycle while that cycle worked on
 * the same medium-term plan; otherwise, and in the first cycle of a new medium-term plan, it starts from its baseline
 * in that plan. An agency with neither starts empty, on the plan's years.
 */
@Component
class DraftSources {

    private final PlanRepository plans;
    private final MediumTermPlanRepository mediumTermPlans;

    DraftSources(PlanRepository plans, MediumTermPlanRepository mediumTermPlans) {
        this.plans = plans;
        this.mediumTermPlans = mediumTermPlans;
    }

    /** The medium-term plan a year's cycle works on; none before the first plan is loaded. */
    Optional<MediumTermPlan> planOf(int year) {
        return mediumTermPlans.findFirstByFirstYearLessThanEqualOrderByFirstYearDescIdDesc(year)
                .or(mediumTermPlans::findFirstByOrderByFirstYearAscIdAsc);
    }

    /** Per agency id, the plan its draft for the year starts from; an agency absent starts empty ({@link #empty}). */
    Map<Long, Plan> forYear(int year, Long previousCycleId) {
        Long mediumTermPlanId = planOf(year).map(MediumTermPlan::getId).orElse(null);
        Map<Long, Plan> sources = new HashMap<>();
        for (Plan baseline : plans.findBaselines()) {
            if (Objects.equals(baseline.getMediumTermPlanId(), mediumTermPlanId)) {
                sources.put(baseline.getAgency().getId(), baseline);
            }
        }
        List<Plan> previous = previousCycleId == null ? List.of() : plans.findByCycle(previousCycleId);
        for (Plan plan : previous) {
            if (Objects.equals(plan.getMediumTermPlanId(), mediumTermPlanId)) {
                sources.put(plan.getAgency().getId(), plan);
            }
        }
        return sources;
    }

    /** The draft of an agency that has no plan to start from: nothing but the years of the year's medium-term plan. */
    Plan empty(Agency agency, Long cycleId, int year) {
        Optional<MediumTermPlan> plan = planOf(year);
        Plan draft = new Plan(agency, cycleId, plan.map(MediumTermPlan::getFirstYear).orElse(year),
                plan.map(MediumTermPlan::getLastYear).orElse(year), SubmissionStage.DRAFTING);
        plan.ifPresent(p -> {
            draft.setTitle(p.getTitle());
            draft.belongTo(p.getId());
        });
        return draft;
    }
}
