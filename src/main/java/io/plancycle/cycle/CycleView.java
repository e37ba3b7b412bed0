package io.plancycle.cycle;

import io.plancycle.plan.Plan;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.step.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's cycle at a glance: its calendar, when it was approved and published, and per agency the step it is at, when
 * that is due and whether it is late.
 */
public record CycleView(int year, CycleStage stage, Map<Stage, LocalDate> calendar, String openedBy, Instant openedAt,
                        Instant approvedAt, Instant publishedAt, List<AgencyProgress> agencies,
                        List<ApprovalView> approvals) {

    public record AgencyProgress(String code, String name, SubmissionStage stage, int reviewRound, LocalDate dueOn,
                                 boolean overdue) {
    }

    public record ApprovalView(String decision, String reason, String approver, Instant decidedAt) {
    }

    /** The cycle with its plans (in the city's order) and the approver's decisions (oldest first), as of today. */
    static CycleView of(Cycle cycle, List<Plan> plans, List<Approval> decisions, LocalDate today) {
        List<AgencyProgress> progress = plans.stream()
                .map(p -> new AgencyProgress(p.getAgency().getCode(), p.getAgencyName(), p.getStage(),
                        p.getReviewRound(), p.getStageDueOn(),
                        p.getStage() != SubmissionStage.DONE && p.getStageDueOn() != null && p.getStageDueOn().isBefore(today)))
                .toList();
        List<ApprovalView> approvals = decisions.stream()
                .map(a -> new ApprovalView(a.getDecision(), a.getReason(), a.getApprover(), a.getDecidedAt()))
                .toList();
        return new CycleView(cycle.getYear(), cycle.getStage(), cycle.getDeadlines(), cycle.getOpenedBy(),
                cycle.getOpenedAt(), cycle.getApprovedAt(), cycle.getPublishedAt(), progress, approvals);
    }
}
