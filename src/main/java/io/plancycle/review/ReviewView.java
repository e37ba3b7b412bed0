package io.plancycle.review;

import io.plancycle.cycle.Decision;

import java.time.Instant;
import java.util.List;

/** One round of review of an agency's submission: the decision, the overall comment and the comments per KPI. */
public record ReviewView(int round, Decision decision, String overall, String reviewer, Instant decidedAt,
                         List<CommentView> comments) {

    /** A comment: its id (what the agency's reply names), the KPI it is about (null: the submission as a whole). */
    public record CommentView(Long id, Long kpiId, String text, String author, Instant createdAt) {
    }
}
