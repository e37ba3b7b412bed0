package io.plancycle.review;

import io.plancycle.cycle.Decision;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.Threshold;
import io.plancycle.revision.ReplyView;

import java.time.Instant;
import java.util.List;

/**
 * The response-to-review table (審查意見回覆表) of an agency in a cycle: round by round, each comment of the evaluation
 * team beside the agency's written reply (回覆說明) and the changes it made to that KPI in the revision that followed,
 * with their reasons, and the panel members' opinions (委員意見) the comment consolidated, each with its member's name.
 */
public record ResponseTable(int year, String agencyCode, String agencyName, SubmissionStage stage, List<Round> rounds) {

    /**
     * One round of review.
     *
     * @param pending  the agency is revising after this round right now: its answers are not all in yet
     * @param unpaired changes the agency made after this round to KPIs no comment was about
     * @param overThresholdReasons the reviewer's reason for each KPI approved although it stayed too easy
     * @param overallOpinions the panel members' opinions on the whole submission, beside the overall comment
     * @param otherOpinions the panel members' opinions on KPIs the evaluation team made no comment on
     */
    public record Round(int round, Decision decision, String overall, String reviewer, Instant decidedAt, boolean pending,
                        List<Row> rows, List<RevisionLine> unpaired, List<ThresholdReasonRow> overThresholdReasons,
                        List<PanelOpinions.Opinion> overallOpinions, List<OtherOpinion> otherOpinions) {
    }

    /** A panel member's opinion on a KPI no comment of the round was about. */
    public record OtherOpinion(KpiRef kpi, PanelOpinions.Opinion opinion) {
    }

    /** Why the evaluation team approved a KPI that stayed too easy (or whose target needed its judgement). */
    public record ThresholdReasonRow(KpiRef kpi, Threshold verdict, String reason, String reviewer) {
    }

    /**
     * A comment (about a KPI, or a suggestion about the whole submission when {@code kpi} is null) and its answers: the
     * agency's reply (null while there is none) and the changes; {@code opinions}: what the panel members said of the
     * same KPI in the round, each with their name.
     */
    public record Row(Long commentId, KpiRef kpi, String comment, String author, ReplyView reply,
                      List<RevisionLine> responses, List<PanelOpinions.Opinion> opinions) {
    }
}
