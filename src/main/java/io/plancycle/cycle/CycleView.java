package io.plancycle.cycle;

import io.plancycle.plan.SubmissionStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A year's cycle at a glance: its calendar and, per agency, the step it is at, when that is due and whether it is late. */
public record CycleView(int year, CycleStage stage, Map<Stage, LocalDate> calendar, String openedBy, Instant openedAt,
                        Instant approvedAt, List<AgencyProgress> agencies, List<ApprovalView> approvals) {

    public record AgencyProgress(String code, String name, SubmissionStage stage, int reviewRound, LocalDate dueOn,
                                 boolean overdue) {
    }

    public record ApprovalView(String decision, String reason, String approver, Instant decidedAt) {
    }
}
