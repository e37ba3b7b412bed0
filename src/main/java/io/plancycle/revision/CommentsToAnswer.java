package io.plancycle.revision;

import io.plancycle.plan.Plan;

import java.util.List;

/**
 * The evaluation team's comments of one round of an agency's plan, as the agency answers them: numbered as the
 * review-response table numbers them (by the KPI's place, the comments on the submission as a whole last). The
 * evaluation team's desk, above this package, provides it.
 */
public interface CommentsToAnswer {

    List<RoundComment> of(Plan plan, int round);

    /**
     * A comment with its number in the round (1, 2 …) and the KPI it is about ({@code kpiId} and {@code kpiName} null
     * for a comment on the submission as a whole).
     */
    record RoundComment(Long id, int no, Long kpiId, String kpiName, String text) {
    }
}
