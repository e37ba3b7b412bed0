package io.plancycle.review;

import io.plancycle.plan.Plan;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The evaluation team's review queue: what waits for review in every open cycle, and the latest decisions. */
@Service
public class ReviewQueues {

    /** How many of the latest review decisions the queue shows. */
    static final int RECENT_DECISIONS = 15;

    private final ReviewQueries queries;

    ReviewQueues(ReviewQueries queries) {
        this.queries = queries;
    }

    /** Submissions of every open cycle waiting for review, soonest due first, and the latest decisions. */
    @Transactional(readOnly = true)
    public ReviewQueue queue() {
        CurrentUser.require(Role.REVIEWER);
        List<ReviewQueue.Waiting> waiting = queries.plansAt(SubmissionStage.REVIEW).stream().map(row -> {
            Plan plan = (Plan) row[0];
            return new ReviewQueue.Waiting((Integer) row[1], plan.getAgency().getCode(), plan.getAgencyName(),
                    plan.getReviewRound(), plan.getSubmittedAt(), plan.getStageDueOn());
        }).toList();
        List<ReviewQueue.Decided> decided = queries.latestDecisions(PageRequest.of(0, RECENT_DECISIONS)).stream().map(row -> {
            Review review = (Review) row[0];
            return new ReviewQueue.Decided((Integer) row[3], (String) row[1], (String) row[2], review.getRound(),
                    review.getDecision(), review.getReviewer(), review.getDecidedAt());
        }).toList();
        return new ReviewQueue(waiting, decided);
    }
}
