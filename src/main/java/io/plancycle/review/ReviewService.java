package io.plancycle.review;

import io.plancycle.cycle.CompletedStep;
import io.plancycle.cycle.Decision;
import io.plancycle.cycle.ProcessModel;
import io.plancycle.step.Stage;
import io.plancycle.cycle.StepRule;
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
import io.plancycle.step.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The evaluation team's written review (書面審查) of an agency's submission. */
@Service
public class ReviewService implements StepRule {

    private final PlanService planService;
    private final ReviewRepository reviews;
    private final ReviewCommentRepository comments;
    private final SubmissionTasks tasks;
    private final EventNotices notices;
    private final ReviewDrafts drafts;
    private final ThresholdReasons thresholdReasons;

    ReviewService(PlanService planService, ReviewRepository reviews, ReviewCommentRepository comments, SubmissionTasks tasks,
                  EventNotices notices, ReviewDrafts drafts, ThresholdReasons thresholdReasons) {
        this.drafts = drafts;
        this.thresholdReasons = thresholdReasons;
        this.planService = planService;
        this.reviews = reviews;
        this.comments = comments;
        this.tasks = tasks;
        this.notices = notices;
    }

    /**
     * Records the round's comments and completes the review with its decision and overall comment ({@link #complete}):
     * the agency moves on to its report, or back to revision. Every field is checked before anything is written.
     */
    @Transactional
    public ReviewView review(int year, String agencyCode, ReviewRequest request) {
        CurrentUser.require(Role.REVIEWER);
        Plan plan = planService.planForStep(year, agencyCode);
        PlanService.requireStage(plan, SubmissionStage.REVIEW);
        List<ReviewRequest.CommentRequest> requested = Objects.requireNonNullElse(request.comments(), List.of());
        Set<Long> kpiIds = plan.liveKpis().stream().map(Kpi::getId).collect(Collectors.toSet());
        Problems problems = new Problems();
        Decision decision = Decision.of(Objects.toString(request.decision(), null), problems);
        Decision.requireWhy(decision, "overall", request.overall(), problems);
        if (decision == Decision.APPROVE) {
            thresholdReasons.check(plan, year, request.reasons(), problems);
        }
        for (int i = 0; i < requested.size(); i++) {
            ReviewRequest.CommentRequest comment = requested.get(i);
            problems.requireText("comments[" + i + "].text", comment.text());
            if (comment.kpiId() != null && !kpiIds.contains(comment.kpiId())) {
                problems.add("comments[" + i + "].kpiId", MessageCode.REVIEW_KPI_UNKNOWN, comment.kpiId(),
                        plan.getAgencyName());
            }
        }
        problems.throwIfAny();
        String reviewer = CurrentUser.get().id();
        int round = plan.getReviewRound();
        List<ReviewComment> saved = comments.saveAll(requested.stream()
                .map(c -> new ReviewComment(plan.getId(), round, c.kpiId(), c.text(), reviewer)).toList());
        Map<String, Object> completion = new HashMap<>();
        completion.put(ProcessModel.VAR_REVIEW_DECISION, decision.name());
        completion.put(ProcessModel.VAR_OVERALL_COMMENT, request.overall());
        if (decision == Decision.APPROVE && !request.reasons().isEmpty()) {
            completion.put(ProcessModel.VAR_OVER_THRESHOLD_REASONS, thresholdReasons.write(request.reasons()));
        }
        tasks.complete(plan, SubmissionStage.REVIEW, completion);
        return view(reviews.findByPlanIdAndRound(plan.getId(), round).orElseThrow(), saved,
                thresholdReasons.byRound(plan.getId()).getOrDefault(round, List.of()));
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.REVIEW);
    }

    /**
     * The written review completed, with its decision and overall comment (a return needs the comment; an approval a
     * reason per KPI that stayed too easy, {@link ThresholdReasons}): the round's review and reasons are recorded, the
     * round's drafts are done with, and the agency is told, with every comment of the round.
     */
    @Override
    public void complete(CompletedStep step) {
        Decision decision = step.decision(ProcessModel.VAR_REVIEW_DECISION, ProcessModel.VAR_OVERALL_COMMENT, "overall");
        String overall = step.value(ProcessModel.VAR_OVERALL_COMMENT);
        int year = step.year();
        Plan plan = planService.planInCycle(year, step.agencyCode());
        int round = plan.getReviewRound();
        if (decision == Decision.APPROVE) {
            Map<Long, String> reasons = thresholdReasons.read(step.value(ProcessModel.VAR_OVER_THRESHOLD_REASONS));
            Problems problems = new Problems();
            thresholdReasons.check(plan, year, reasons, problems);
            problems.throwIfAny();
            thresholdReasons.record(plan, round, year, reasons, CurrentUser.get().id());
        }
        reviews.save(new Review(plan.getId(), round, decision, overall, CurrentUser.get().id()));
        drafts.discard(plan.getId(), round);
        if (decision == Decision.RETURN) {
            List<String> said = new ArrayList<>(List.of(overall));
            comments.findByPlanIdOrderByRoundAscIdAsc(plan.getId()).stream().filter(c -> c.getRound() == round)
                    .forEach(c -> said.add(c.getText()));
            notices.returned(year, plan, round, step.dueOn(Stage.REVISION), said);
        } else {
            notices.reviewApproved(year, plan, round, step.dueOn(Stage.REPORT));
        }
    }

    /** Every round of review of the agency's submission, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> rounds(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        Map<Integer, List<ReviewComment>> byRound = comments.findByPlanIdOrderByRoundAscIdAsc(plan.getId()).stream()
                .collect(Collectors.groupingBy(ReviewComment::getRound));
        Map<Integer, List<ReviewView.ThresholdReasonView>> reasons = thresholdReasons.byRound(plan.getId());
        return reviews.findByPlanIdOrderByRound(plan.getId()).stream()
                .map(r -> view(r, byRound.getOrDefault(r.getRound(), List.of()), reasons.getOrDefault(r.getRound(), List.of())))
                .toList();
    }

    private static ReviewView view(Review review, List<ReviewComment> comments,
                                   List<ReviewView.ThresholdReasonView> reasons) {
        return new ReviewView(review.getRound(), review.getDecision(), review.getOverall(), review.getReviewer(),
                review.getDecidedAt(), comments.stream()
                .map(c -> new ReviewView.CommentView(c.getId(), c.getKpiId(), c.getText(), c.getAuthor(), c.getCreatedAt()))
                .toList(), reasons);
    }
}
