package io.plancycle.plan;

import java.util.List;
import java.util.Map;

/**
 * What starting a medium-term plan would make, told before anything is saved (and, once started, what it made): each
 * agency of the new plan with what became of it, the names it had before, where its plan comes from (its current plan,
 * or a sheet of the spreadsheet), its goals and KPIs with their targets for the plan's years; and the agencies that
 * end with the old plan. {@code targetsToFill} counts the KPI-years still without a target, which the agencies fill in.
 */
public record MediumTermPreview(Long id, String title, int firstYear, int lastYear, MediumTermPlan.Source source,
                                List<AgencyPlan> agencies, List<String> ended) {

    /** An agency of the new plan; {@code sheet} is the sheet its goals and KPIs were read from, or null. */
    public record AgencyPlan(String code, String name, AgencyChangeKind change, List<String> formerNames,
                             String sheet, int kpis, int targets, int targetsToFill, List<GoalLine> goals) {
    }

    public record GoalLine(int no, String title, List<KpiLine> kpis) {
    }

    /** A KPI with its measure and its targets as written, by year. */
    public record KpiLine(int no, String name, String measure, Map<Integer, String> targets) {
    }

    /** The KPI-years without a target, over every agency. */
    public int targetsToFill() {
        return agencies.stream().mapToInt(AgencyPlan::targetsToFill).sum();
    }
}
