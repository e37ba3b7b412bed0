package io.plancycle.plan;

import java.time.Instant;
import java.util.List;

/** A medium-term plan as started: its title, years, how and by whom, and the reorganisation it made. */
public record MediumTermPlanView(long id, String title, int firstYear, int lastYear, MediumTermPlan.Source source,
                                 String createdBy, Instant createdAt, List<Succession> reorganisation) {

    /** An agency of the plan and the agency it continues, with the name that one had (none: added). */
    public record Succession(String code, String name, String fromCode, String fromName) {
    }

    static MediumTermPlanView of(MediumTermPlan plan, List<AgencySuccession> successions) {
        return new MediumTermPlanView(plan.getId(), plan.getTitle(), plan.getFirstYear(), plan.getLastYear(),
                plan.getSource(), plan.getCreatedBy(), plan.getCreatedAt(), successions.stream().map(s -> new Succession(
                        s.getSuccessor().getCode(), s.getSuccessor().getName(),
                        s.getPredecessor() == null ? null : s.getPredecessor().getCode(), s.getPredecessorName())).toList());
    }
}
