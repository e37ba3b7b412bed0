package io.plancycle.plan;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A new medium-term plan as the planning office starts it: its title and years, and how the city is reorganised with
 * it (nothing: every agency carries on as it is).
 */
@Schema(description = "A new medium-term plan: title, years and the agencies' reorganisation")
public record MediumTermPlanRequest(
        @Schema(example = "嘉義市政府中程(112至115年度)施政計畫") String title,
        @Schema(example = "112") Integer firstYear,
        @Schema(example = "115") Integer lastYear,
        @Schema(description = "Agencies renamed, merged, split or added with the plan; every other agency carries on")
        List<AgencyChange> reorganisation) {

    public MediumTermPlanRequest {
        reorganisation = reorganisation == null ? List.of() : reorganisation;
    }

    /**
     * One change: the agencies it starts from (by code) and those it leads to. One to one renames (the same code keeps
     * the agency, its users and its history), several to one merges, one to several splits (each goal or KPI assigned,
     * the rest staying with the first), none to one adds an agency with an empty plan.
     */
    public record AgencyChange(List<String> from, List<NewAgency> to, List<Assignment> assign) {
        public AgencyChange {
            from = from == null ? List.of() : from;
            to = to == null ? List.of() : to;
            assign = assign == null ? List.of() : assign;
        }
    }

    /** An agency after the change: an existing code (it carries on, renamed) or a new one. */
    public record NewAgency(@Schema(example = "labor-affairs") String code, @Schema(example = "勞工處") String name,
                            String nameEn) {
    }

    /** In a split: goal number {@code goal} (1 for 一), or only its KPI {@code kpi}, goes to the agency {@code to}. */
    public record Assignment(Integer goal, Integer kpi, String to) {
    }
}
