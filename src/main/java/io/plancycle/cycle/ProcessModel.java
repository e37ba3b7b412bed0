package io.plancycle.cycle;

import io.plancycle.plan.SubmissionStage;

import java.util.List;
import java.util.Map;

/** The names by which code refers to the BPMN processes in {@code bpmn/}: process keys, task ids, variables. */
public final class ProcessModel {

    public static final String CYCLE_PROCESS = "annualCycle";
    public static final String AGENCY_PROCESS = "agencySubmission";

    public static final String VAR_CYCLE_YEAR = "cycleYear";
    public static final String VAR_AGENCY_CODE = "agencyCode";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    /** The review's overall comment and the approver's reason, as the forms and a completion give them. */
    public static final String VAR_OVERALL_COMMENT = "overallComment";
    public static final String VAR_APPROVAL_REASON = "approvalReason";
    /** The values a completion gives, forgotten as each task begins. */
    static final List<String> COMPLETION_VALUES = List.of(VAR_REVIEW_DECISION, VAR_OVERALL_COMMENT, VAR_APPROVAL_DECISION,
            VAR_APPROVAL_REASON);

    public static final String TASK_CONSOLIDATE = "Task_Consolidate";
    public static final String TASK_FINAL_APPROVAL = "Task_FinalApproval";

    /** The agency process's user task at each step of a submission. */
    static final Map<SubmissionStage, String> AGENCY_TASKS = Map.of(
            SubmissionStage.DRAFTING, "Task_DraftPlan",
            SubmissionStage.REVIEW, "Task_WrittenReview",
            SubmissionStage.REVISION, "Task_ReviseTargets",
            SubmissionStage.REPORT, "Task_PerformanceReport");

    /** The cycle's calendar date that each user task is due on. */
    static final Map<String, Stage> DUE_STAGE = Map.of(
            "Task_DraftPlan", Stage.DRAFTING,
            "Task_WrittenReview", Stage.REVIEW,
            "Task_ReviseTargets", Stage.REVISION,
            "Task_PerformanceReport", Stage.REPORT,
            TASK_CONSOLIDATE, Stage.APPROVAL,
            TASK_FINAL_APPROVAL, Stage.APPROVAL);

    /** The user tasks due on a calendar date. */
    static List<String> tasksDueAt(Stage stage) {
        return DUE_STAGE.entrySet().stream().filter(e -> e.getValue() == stage).map(Map.Entry::getKey).toList();
    }

    private ProcessModel() {
    }

    /** The agency process's user task at a step of a submission. */
    public static String agencyTask(SubmissionStage stage) {
        return AGENCY_TASKS.get(stage);
    }

    static SubmissionStage submissionStageOf(String taskKey) {
        return AGENCY_TASKS.entrySet().stream().filter(e -> e.getValue().equals(taskKey)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not an agency task: " + taskKey));
    }

    static String businessKey(int year, String agencyCode) {
        return year + ":" + agencyCode;
    }
}
