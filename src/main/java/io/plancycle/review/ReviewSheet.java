package io.plancycle.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.Outcome;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.Threshold;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the review page shows of one agency's submission: the plan as submitted, KPI by KPI, beside the plan the
 * draft was started from (the previous year's) and beside the round before (what changed, the agency's revisions with
 * their reasons, and what the evaluation team said then).
 *
 * @param round          the round shown: the one under review, or the one the agency is preparing while it revises
 * @param awaitingReview the submission waits for the evaluation team's decision (the page offers it)
 * @param years          the plan's years, the columns of every target table
 * @param reportYear     the year whose actuals the submission reports (the one before the cycle's)
 * @param previousYear   the plan the draft was started from; null when there was none
 * @param previousRound  the round before; null in the first round
 * @param decided        the decision on the round shown, once taken
 */
public record ReviewSheet(int year, String agencyCode, String agencyName, SubmissionStage stage, int round,
                          Instant submittedAt, LocalDate dueOn, boolean awaitingReview, List<Integer> years,
                          int reportYear, PlanView plan, List<GoalRow> goals, Origin previousYear,
                          PreviousRound previousRound, ReviewView decided, Counts counts) {

    /** A goal of the submission; {@code titleBefore} is its title in the round before when it changed. */
    public record GoalRow(PlanView.GoalView goal, String titleBefore, boolean added, List<KpiRow> kpis) {
    }

    /**
     * A KPI of the submission with what the reviewer weighs it against.
     *
     * @param reportTarget      the target of the report year; null when none
     * @param reportActual      the actual of the report year with its achievement rate; null when none
     * @param previousYear      the same KPI in the plan the draft was started from; null for a KPI new this year
     * @param changes           how it differs from the round before; null in the first round or without a snapshot
     * @param revisions         the agency's recorded changes of it after the round before, with reasons
     * @param previousComments  what the evaluation team said about it in the round before
     * @param comments          what the evaluation team said about it in the round shown, once decided
     * @param threshold         where the report year's rate was over the threshold, whether a target was made more
     *                          challenging; null where it was not over
     * @param lowered           its remaining targets lowered or set below last year's actual, with cause and countermeasure
     * @param reason            the evaluation team's reason for approving it as it stands, in the round shown; else null
     */
    public record KpiRow(PlanView.KpiView kpi, int goalNo, PlanView.TargetView reportTarget,
                         PlanView.ActualView reportActual, PlanView.KpiView previousYear, RoundChanges.KpiChange changes,
                         List<RevisionLine> revisions, List<ReviewView.CommentView> previousComments,
                         List<ReviewView.CommentView> comments, Threshold threshold, List<LoweredTarget> lowered,
                         ReviewView.ThresholdReasonView reason) {

        /** An approval must give a reason for this KPI: it stayed too easy, or its target needs the team's judgement. */
        @JsonProperty
        public boolean reasonRequired() {
            return threshold != null && threshold.needsReason();
        }

        public boolean changed() {
            return (changes != null && changes.any()) || !revisions.isEmpty();
        }

        /** How the KPI did in the report year, by the rule every count of KPIs uses ({@link Outcome}). */
        public Outcome outcome() {
            return reportActual == null ? Outcome.NOT_JUDGED
                    : Outcome.of(new Achievement(reportActual.rate(), reportActual.met(), reportActual.overThreshold()));
        }

        public boolean overThreshold() {
            return reportActual != null && reportActual.overThreshold();
        }

        public boolean notMet() {
            return reportActual != null && Boolean.FALSE.equals(reportActual.met());
        }

        /** The year's target in the previous year's plan when it differs from the submission's; else null. */
        public String previousYearTarget(int year) {
            if (previousYear == null) {
                return null;
            }
            String then = raw(previousYear.targets().get(year));
            return then.equals(raw(kpi.targets().get(year))) ? null : then;
        }

        private static String raw(PlanView.TargetView target) {
            return target == null || target.raw() == null ? "" : target.raw();
        }
    }

    /**
     * A remaining target lower than in the plan the draft was started from (or than before the agency's change), or
     * set below last year's actual ({@code belowActual}), with the agency's cause and countermeasure.
     */
    public record LoweredTarget(int year, String before, String after, boolean belowActual, String cause,
                                String countermeasure) {
    }

    /** The plan the draft was started from: the previous cycle's ({@code cycleYear}) or the published plan (null). */
    public record Origin(Integer cycleYear, int firstYear, int lastYear) {
    }

    /**
     * The round before the one shown.
     *
     * @param snapshotKept whether the submission of that round was kept (rounds before snapshots existed were not)
     * @param review       the evaluation team's decision and comments then; null if none was recorded
     * @param revisions    every change the agency recorded after it, with its reason
     */
    public record PreviousRound(int round, boolean snapshotKept, ReviewView review, List<RevisionLine> revisions,
                                List<PlanView.KpiView> removedKpis, List<String> removedGoals) {
    }

    /** {@code reasonsRequired}: KPIs an approval must give a reason for; {@code lowered}: targets lowered. */
    public record Counts(int kpis, int met, int notMet, int overThreshold, int changed, int reasonsRequired, int lowered) {
    }
}
