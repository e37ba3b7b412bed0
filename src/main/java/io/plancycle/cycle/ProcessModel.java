package io.plancycle.cycle;

/**
 * The names by which code refers to the BPMN processes in {@code bpmn/}: process keys and variables (their user tasks
 * are the {@link io.plancycle.step.Step}s).
 */
public final class ProcessModel {

    public static final String CYCLE_PROCESS = "annualCycle";
    public static final String AGENCY_PROCESS = "agencySubmission";

    public static final String VAR_CYCLE_YEAR = "cycleYear";
    public static final String VAR_AGENCY_CODE = "agencyCode";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";

    private ProcessModel() {
    }

    static String businessKey(int year, String agencyCode) {
        return year + ":" + agencyCode;
    }
}
