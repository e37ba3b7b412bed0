package io.plancycle.review;

import io.plancycle.cycle.Decision;

import java.time.Instant;
import java.util.List;

/** One round of review of an agency's submission: the decision, the overall comment and the comments per KPI. */
public record ReviewView(int round, Decision decision, String overall, String reviewer, Instant decidedAt,
                         List<CommentView> comments) {

    public record CommentView(Long kpiId, String text, String author, Instant createdAt) {
    }
}
