package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Direction;
import io.plancycle.plan.DraftChanges;
import io.plancycle.plan.GoalRepository;
import io.plancycle.plan.Goal;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetRules;
import io.plancycle.plan.Threshold;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rolling revision (滾動修正): an agency changes its plan as the review asked, every change with its reason. */
@Service
public class RevisionService {

    /** The round of the changes made while drafting, before the first review (a revision round is 1, 2 …). */
    public static final int DRAFTING_ROUND = 0;

    private final PlanService planService;
    private final RevisionRepository revisions;
    private final KpiRepository kpis;
    private final Achievements achievements;
    private final CommentReplies replies;
    private final GoalRepository goals;
    private final DraftChanges draftChanges;
    private final TargetRules targetRules;

    RevisionService(PlanService planService, RevisionRepository revisions, KpiRepository kpis, Achievements achievements,
                    CommentReplies replies, GoalRepository goals, DraftChanges draftChanges, TargetRules targetRules) {
        this.planService = planService;
        this.revisions = revisions;
        this.kpis = kpis;
        this.achievements = achievements;
        this.replies = replies;
        this.goals = goals;
        this.draftChanges = draftChanges;
        this.targetRules = targetRules;
    }

    /**
     * Applies the changes and records each, and writes the replies to the round's comments as given (a draft: a reply
     * need not be complete until the submission); refused whole when any change or reply is wrong.
     */
    @Transactional
    public List<RevisionView> revise(int year, String agencyCode, RevisionRequest request) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        if (plan.getStage() != SubmissionStage.APPROVAL_REVISION) {
            PlanService.requireStage(plan, SubmissionStage.REVISION);
        }
        planService.lockForChange(plan);
        Problems problems = new Problems();
        if (request.changes().isEmpty() && request.replies().isEmpty()) {
            problems.add("changes", MessageCode.FIELD_REQUIRED);
        }
        List<Revision> recorded = new ArrayList<>();
        for (int i = 0; i < request.changes().size(); i++) {
            RevisionRequest.Change change = request.changes().get(i);
            String field = "changes[" + i + "]";
            if (change.reason() == null || change.reason().isBlank()) {
                problems.add(field + ".reason", MessageCode.REVISION_REASON_MISSING,
                        new Term("change.kind." + change.kind().name()));
            }
            new ChangeApplier(kpis, goals, plan, year, change, field, problems, recorded).apply();
        }
        replies.check(plan, request.replies(), problems);
        problems.throwIfAny();
        replies.write(plan, request.replies());
        return revisions.saveAll(recorded).stream().map(RevisionView::of).toList();
    }

    /**
     * As a draft is submitted, the changes it made against the plan it was started from ({@link DraftChanges}), each
     * with the reason given while drafting, become the revisions of the drafting round ({@link #DRAFTING_ROUND}),
     * computed anew in place of any recorded by an earlier submission.
     */
    public void recordDrafting(Plan plan) {
        revisions.deleteAll(revisions.findByPlanIdAndRound(plan.getId(), DRAFTING_ROUND));
        String author = CurrentUser.get().id();
        revisions.saveAll(draftChanges.compare(plan).changes().stream()
                .map(c -> new Revision(plan.getId(), DRAFTING_ROUND, c.kind(), c.goalId(), c.kpiId(), c.year(), c.before(),
                        c.after(), Objects.requireNonNullElse(c.reason(), ""), author))
                .toList());
    }

    /** Every change recorded for the agency's plan in this cycle, oldest first. */
    @Transactional(readOnly = true)
    public List<RevisionView> history(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        return revisions.findByPlanIdOrderById(plan.getId()).stream().map(RevisionView::of).toList();
    }

    /** Every reply the agency wrote to the evaluation team's comments in this cycle, every round. */
    @Transactional(readOnly = true)
    public List<ReplyView> replies(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return replies.of(planService.planInCycle(year, agencyCode));
    }

    /**
     * Before a revised plan goes back to the evaluation team, every comment of the round it was returned in has its
     * reply: each one without is named ({@code replies[<comment id>]}) with its number in the round and its KPI.
     */
    public Problems unanswered(Plan plan) {
        return replies.unanswered(plan);
    }

    /** The comments still without a reply ({@link #unanswered(Plan)}) while the agency revises; empty otherwise. */
    @Transactional(readOnly = true)
    public List<io.plancycle.problem.InvalidInputException.FieldError> unanswered(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        return plan.getStage() == SubmissionStage.REVISION ? replies.unanswered(plan).errors() : List.of();
    }

    /**
     * The city's standing rule: where last year's achievement rate exceeded the threshold, a remaining year's target
     * must be more challenging than in the plan the draft was started from ({@link TargetRules#overThreshold}). A KPI
     * whose target changed between a figure and a text is left to the evaluation team's judgement. Each KPI that breaks
     * it is named by its place in the plan.
     */
    public Problems targetsTooEasy(Plan plan, int cycleYear) {
        Problems problems = new Problems();
        List<Goal> goals = plan.liveGoals();
        targetRules.overThreshold(plan, cycleYear).forEach((kpi, threshold) -> {
            if (threshold == Threshold.NOT_HARDER) {
                problems.add("goals[" + goals.indexOf(kpi.getGoal()) + "].kpis[" + kpi.getGoal().liveKpis().indexOf(kpi)
                        + "].targets." + cycleYear, MessageCode.REVISION_TARGETS_TOO_EASY, cycleYear - 1,
                        achievements.thresholdPercent());
            }
        });
        return problems;
    }

    /**
     * The KPIs of the agency's plan in a cycle that still break the over-threshold rule ({@link #targetsTooEasy(Plan, int)}),
     * for whoever may read the plan; empty when none does.
     */
    @Transactional(readOnly = true)
    public List<io.plancycle.problem.InvalidInputException.FieldError> targetsTooEasy(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return targetsTooEasy(planService.planInCycle(year, agencyCode), year).errors();
    }
}
