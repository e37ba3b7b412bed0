package io.plancycle.cycle;

import io.plancycle.plan.Outcomes;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionSummary;

import java.time.LocalDate;
import java.util.List;

/**
 * What the approver reads before the final decision on a cycle: per agency where it stands, how its KPIs came out
 * last year (counted as the charts count them, adding up to its KPIs), and how many KPIs it revised; the KPI rolling
 * revision summary table; the decisions so far.
 *
 * @param awaitingDecision the cycle waits for the approver
 * @param reportYear       the year the performance reports are about
 */
public record Consolidation(int year, CycleStage stage, LocalDate dueOn, boolean awaitingDecision, int reportYear,
                            List<AgencyLine> agencies, AgencyLine totals, List<CycleView.ApprovalView> decisions,
                            RevisionSummary.Table summary) {

    /** An agency's line; {@code code}, {@code name} and {@code stage} are null on the totals line. */
    public record AgencyLine(String code, String name, SubmissionStage stage, int rounds, Outcomes outcomes,
                             int revisedKpis) {
    }
}
