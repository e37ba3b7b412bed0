package io.plancycle.review;

import io.plancycle.cycle.Decision;
import io.plancycle.cycle.ProcessModel;
import io.plancycle.cycle.SubmissionTasks;
import io.plancycle.notification.EventNotices;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The evaluation team's written review (書面審查) of an agency's submission. */
@Service
public class ReviewService {

    private final PlanService planService;
    private final ReviewRepository reviews;
    private final ReviewCommentRepository comments;
    private final SubmissionTasks tasks;
    private final EventNotices notices;
    private final ReviewDrafts drafts;

    ReviewService(PlanService planService, ReviewRepository reviews, ReviewCommentRepository comments, SubmissionTasks tasks,
                  EventNotices notices, ReviewDrafts drafts) {
        this.drafts = drafts;
        this.planService = planService;
        this.reviews = reviews;
        this.comments = comments;
        this.tasks = tasks;
        this.notices = notices;
    }

    /**
     * Records the round's comments and decision and moves the agency on: to its report, or back to revision. The round's
     * drafts are done with.
     */
    @Transactional
    public ReviewView review(int year, String agencyCode, ReviewRequest request) {
        CurrentUser.require(Role.REVIEWER);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanService.requireStage(plan, SubmissionStage.REVIEW);
        List<ReviewRequest.CommentRequest> requested = Objects.requireNonNullElse(request.comments(), List.of());
        Set<Long> kpiIds = plan.liveKpis().stream().map(Kpi::getId).collect(Collectors.toSet());
        Problems problems = new Problems();
        if (request.decision() == Decision.RETURN) {
            problems.requireText("overall", request.overall());
        }
        for (int i = 0; i < requested.size(); i++) {
            ReviewRequest.CommentRequest comment = requested.get(i);
            problems.requireText("comments[" + i + "].text", comment.text());
            if (comment.kpiId() != null && !kpiIds.contains(comment.kpiId())) {
                problems.add("comments[" + i + "].kpiId", MessageCode.REVIEW_KPI_UNKNOWN, comment.kpiId(),
                        plan.getAgency().getName());
            }
        }
        problems.throwIfAny();
        String reviewer = CurrentUser.get().id();
        Review review = reviews.save(new Review(plan.getId(), plan.getReviewRound(), request.decision(), request.overall(), reviewer));
        List<ReviewComment> saved = comments.saveAll(requested.stream()
                .map(c -> new ReviewComment(plan.getId(), plan.getReviewRound(), c.kpiId(), c.text(), reviewer)).toList());
        int round = plan.getReviewRound();
        drafts.discard(plan.getId(), round);
        tasks.complete(plan, SubmissionStage.REVIEW, Map.of(ProcessModel.VAR_REVIEW_DECISION, request.decision().name()));
        if (request.decision() == Decision.RETURN) {
            List<String> said = new java.util.ArrayList<>(List.of(request.overall()));
            requested.forEach(c -> said.add(c.text()));
            notices.returned(year, plan, round, said);
        } else {
            notices.reviewApproved(year, plan, round);
        }
        return view(review, saved);
    }

    /** Every round of review of the agency's submission, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> rounds(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        Map<Integer, List<ReviewComment>> byRound = comments.findByPlanIdOrderByRoundAscIdAsc(plan.getId()).stream()
                .collect(Collectors.groupingBy(ReviewComment::getRound));
        return reviews.findByPlanIdOrderByRound(plan.getId()).stream()
                .map(r -> view(r, byRound.getOrDefault(r.getRound(), List.of())))
                .toList();
    }

    private static ReviewView view(Review review, List<ReviewComment> comments) {
        return new ReviewView(review.getRound(), review.getDecision(), review.getOverall(), review.getReviewer(),
                review.getDecidedAt(), comments.stream()
                .map(c -> new ReviewView.CommentView(c.getKpiId(), c.getText(), c.getAuthor(), c.getCreatedAt())).toList());
    }
}
