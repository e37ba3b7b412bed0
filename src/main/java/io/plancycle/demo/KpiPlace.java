package io.plancycle.demo;

import io.plancycle.plan.PlanView;

/** A KPI by its place in an agency's plan, as the city numbers it: goal 一 = 1, its KPI 1, 2 … */
record KpiPlace(int goal, int kpi) {

    static KpiPlace of(PlanView.GoalView goal, PlanView.KpiView kpi) {
        return new KpiPlace(goal.no(), kpi.no());
    }

    /** The KPI at this place in the plan. */
    PlanView.KpiView in(PlanView plan) {
        return plan.goals().stream().filter(g -> g.no() == goal).flatMap(g -> g.kpis().stream())
                .filter(k -> k.no() == kpi).findFirst()
                .orElseThrow(() -> new IllegalStateException(plan.agencyCode() + " has no KPI " + goal + "-" + kpi));
    }
}
