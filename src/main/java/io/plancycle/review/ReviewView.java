package io.plancycle.review;

import io.plancycle.cycle.Decision;
import io.plancycle.plan.Threshold;

import java.time.Instant;
import java.util.List;

/**
 * One round of review of an agency's submission: the decision, the overall comment, the comments per KPI and, where the
 * round approved a KPI that stayed too easy, the reviewer's reason for it.
 */
public record ReviewView(int round, Decision decision, String overall, String reviewer, Instant decidedAt,
                         List<CommentView> comments, List<ThresholdReasonView> overThresholdReasons) {

    /** A comment: its id (what the agency's reply names), the KPI it is about (null: the submission as a whole). */
    public record CommentView(Long id, Long kpiId, String text, String author, Instant createdAt) {
    }

    /**
     * Why the round approved a KPI whose achievement rate last year was over the threshold although no target was made
     * more challenging ({@code NOT_HARDER}) or a target changed between a figure and a text ({@code NEEDS_JUDGEMENT}).
     */
    public record ThresholdReasonView(Long kpiId, Threshold verdict, String reason, String reviewer, Instant createdAt) {
    }
}
