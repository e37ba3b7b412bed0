package io.plancycle.cycle;

import io.plancycle.plan.Plan;

import java.util.List;

/**
 * Who, besides the evaluation team, is asked to read a submission as it enters review: the panel members (評核委員) the
 * planning office assigned to the agency's plan (kept by the review, which sits above the cycle).
 */
public interface ReviewAudience {

    /** The user ids of the panel members assigned to the plan; none when the team reviews alone. */
    List<String> panelOf(Plan plan);
}
