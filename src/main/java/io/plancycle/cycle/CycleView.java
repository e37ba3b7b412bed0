package io.plancycle.cycle;

import io.plancycle.plan.Plan;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.step.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's cycle at a glance: its calendar, why it was opened before the year ahead of it was approved (null when it
 * was not), when it was approved and published, and per agency the step it is at, when that is due and whether it is
 * late. {@code warnings} are the office calendar's words about the due dates just set ({@link CalendarWarnings}): all
 * of them when the cycle is opened, the new one when a due date is moved, none when the cycle is only read.
 */
public record CycleView(int year, CycleStage stage, Map<Stage, LocalDate> calendar, String openedBy, Instant openedAt,
                        String openingReason, Instant approvedAt, Instant publishedAt, List<AgencyProgress> agencies,
                        List<ApprovalView> approvals, List<CalendarWarning> warnings) {

    public record AgencyProgress(String code, String name, SubmissionStage stage, int reviewRound, LocalDate dueOn,
                                 boolean overdue) {
    }

    /** A decision of the approver, with the agencies a return sent back to revise. */
    public record ApprovalView(String decision, String reason, String approver, Instant decidedAt,
                               List<String> returnedAgencies) {
    }

    /** The cycle with its plans (in the city's order) and the approver's decisions (oldest first), as of today. */
    static CycleView of(Cycle cycle, List<Plan> plans, List<Approval> decisions, LocalDate today) {
        List<AgencyProgress> progress = plans.stream()
                .map(p -> new AgencyProgress(p.getAgency().getCode(), p.getAgencyName(), p.getStage(),
                        p.getReviewRound(), p.getStageDueOn(),
                        p.getStage() != SubmissionStage.DONE && p.getStageDueOn() != null && p.getStageDueOn().isBefore(today)))
                .toList();
        List<ApprovalView> approvals = decisions.stream()
                .map(a -> new ApprovalView(a.getDecision(), a.getReason(), a.getApprover(), a.getDecidedAt(),
                        a.getReturnedAgencies()))
                .toList();
        return new CycleView(cycle.getYear(), cycle.getStage(), cycle.getDeadlines(), cycle.getOpenedBy(),
                cycle.getOpenedAt(), cycle.getOpeningReason(), cycle.getApprovedAt(), cycle.getPublishedAt(), progress,
                approvals, List.of());
    }

    /** The same view, answering with the office calendar's warnings about the due dates just set. */
    CycleView warning(List<CalendarWarning> about) {
        return new CycleView(year, stage, calendar, openedBy, openedAt, openingReason, approvedAt, publishedAt, agencies,
                approvals, List.copyOf(about));
    }
}
