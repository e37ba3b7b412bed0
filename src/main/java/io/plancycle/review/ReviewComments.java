package io.plancycle.review;

import io.plancycle.cycle.ApproverReturns;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evaluation team's comments as the agency's plan editor and revision screen show them beside the plan: per KPI
 * (every round, oldest first), the overall ones (with those on a KPI the plan no longer has), and the latest review, each numbered in its round as the
 * review-response table numbers it; while the agency revises by the approver's return, the approver's reason on top,
 * as the comment to answer.
 */
@Component
class ReviewComments {

    private final ReviewService reviews;
    private final ApproverReturns approverReturns;
    private final KpiRefs kpiRefs;

    ReviewComments(ReviewService reviews, ApproverReturns approverReturns, KpiRefs kpiRefs) {
        this.reviews = reviews;
        this.approverReturns = approverReturns;
        this.kpiRefs = kpiRefs;
    }

    void addTo(Model model, PlanView plan) {
        List<ReviewView> rounds = reviews.rounds(plan.cycleYear(), plan.agencyCode());
        Set<Long> inPlan = plan.goals().stream().flatMap(g -> g.kpis().stream()).map(PlanView.KpiView::id)
                .collect(Collectors.toSet());
        Map<Long, List<Comment>> byKpi = new HashMap<>();
        List<Comment> general = new ArrayList<>();
        for (ReviewView round : rounds) {
            Map<Long, KpiRef> refs = kpiRefs.of(round.comments().stream().map(ReviewView.CommentView::kpiId).toList(), plan);
            List<ReviewView.CommentView> numbered = round.comments().stream()
                    .sorted(Comparator.comparing(ReviewView.CommentView::kpiId, KpiRefs.byPlace(refs))).toList();
            for (ReviewView.CommentView c : round.comments()) {
                boolean removed = c.kpiId() != null && !inPlan.contains(c.kpiId());
                Comment comment = new Comment(c.id(), round.round(), numbered.indexOf(c) + 1, c.text(), c.author(),
                        c.createdAt(), removed ? refs.get(c.kpiId()) : null);
                if (c.kpiId() == null || removed) {
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

    /**
     * One comment of a round (its id names the agency's reply to it), its number in the round, who wrote it and when;
     * {@code removedKpi}: the KPI it is about, where the plan no longer has it (deleted or merged in a revision), so
     * that the comment, shown with those on the whole submission, can still be answered.
     */
    public record Comment(Long id, int round, int no, String text, String author, Instant at, KpiRef removedKpi) {
    }
}
