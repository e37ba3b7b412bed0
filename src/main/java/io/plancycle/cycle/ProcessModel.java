package io.plancycle.cycle;

import java.util.List;
/**
 * The names by which code refers to the BPMN processes in {@code bpmn/}: process keys and variables (their user tasks
 * are the {@link io.plancycle.step.Step}s).
 */
public final class ProcessModel {

    public static final String CYCLE_PROCESS = "annualCycle";
    public static final String AGENCY_PROCESS = "agencySubmission";

    public static final String VAR_CYCLE_YEAR = "cycleYear";
    public static final String VAR_AGENCY_CODE = "agencyCode";
    /** Whether an agency's submission is a revision the approver asked for (the cycle was returned). */
    static final String VAR_RETURNED_BY_APPROVER = "returnedByApprover";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    /** The review's overall comment and the approver's reason, as the forms and a completion give them. */
    public static final String VAR_OVERALL_COMMENT = "overallComment";
    public static final String VAR_APPROVAL_REASON = "approvalReason";
    /** The head's sign-off (APPROVE, or RETURN to the clerk) and the note saying why, as the form gives them. */
    public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";
    public static final String VAR_SIGN_OFF_NOTE = "signOffNote";
    /** The step the clerk last completed, which the head signs off: set by the task's output mapping in the BPMN. */
    public static final String VAR_SENT_STEP = "sentStep";
    /** The agencies the approver's return sends back, as codes separated by commas; none (or absent): all of them. */
    public static final String VAR_RETURNED_AGENCIES = "returnedAgencies";
    /** An approving review's reasons for KPIs that stayed too easy: a JSON object, KPI id → reason. */
    public static final String VAR_OVER_THRESHOLD_REASONS = "overThresholdReasons";
    /** The values a completion gives, forgotten as each task begins. */
    static final List<String> COMPLETION_VALUES = List.of(VAR_REVIEW_DECISION, VAR_OVERALL_COMMENT, VAR_APPROVAL_DECISION,
            VAR_APPROVAL_REASON, VAR_RETURNED_AGENCIES, VAR_OVER_THRESHOLD_REASONS, VAR_SIGN_OFF_DECISION, VAR_SIGN_OFF_NOTE);

    private ProcessModel() {
    }

    static String businessKey(int year, String agencyCode) {
        return year + ":" + agencyCode;
    }
}
