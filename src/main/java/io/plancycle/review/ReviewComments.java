package io.plancycle.review;

import io.plancycle.cycle.ApproverReturns;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation team's comments as the agency's plan editor and revision screen show them beside the plan: per KPI
 * (every round, oldest first), the overall ones, and the latest review; while the agency revises by the approver's
 * return, the approver's reason on top, as the comment to answer.
 */
@Component
class ReviewComments {

    private final ReviewService reviews;
    private final ApproverReturns approverReturns;

    ReviewComments(ReviewService reviews, ApproverReturns approverReturns) {
        this.reviews = reviews;
        this.approverReturns = approverReturns;
    }

    void addTo(Model model, PlanView plan) {
        List<ReviewView> rounds = reviews.rounds(plan.cycleYear(), plan.agencyCode());
        Map<Long, List<Comment>> byKpi = new HashMap<>();
        List<Comment> general = new ArrayList<>();
        for (ReviewView round : rounds) {
            for (ReviewView.CommentView c : round.comments()) {
                Comment comment = new Comment(round.round(), c.text(), c.author(), c.createdAt());
                if (c.kpiId() == null) {
                    general.add(comment);
                } else {
                    byKpi.computeIfAbsent(c.kpiId(), id -> new ArrayList<>()).add(comment);
                }
            }
        }
        model.addAttribute("comments", byKpi);
        model.addAttribute("generalComments", general);
        model.addAttribute("latestReview", rounds.isEmpty() ? null : rounds.get(rounds.size() - 1));
        model.addAttribute("hasComments", !byKpi.isEmpty());
        model.addAttribute("approverReturn", plan.stage() == SubmissionStage.APPROVAL_REVISION
                ? approverReturns.latestFor(plan.cycleYear(), plan.agencyCode()).orElse(null) : null);
    }

    /** One comment of a round, with who wrote it and when. */
    public record Comment(int round, String text, String author, Instant at) {
    }
}
