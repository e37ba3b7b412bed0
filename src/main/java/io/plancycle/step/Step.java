package io.plancycle.step;

import io.plancycle.security.Role;

import java.util.Arrays;
import java.util.List;

/**
 * A step of the cycle, one user task of the processes in {@code bpmn/}: its task id, the calendar's due date it
 * keeps, whose reminders it sends, and the page where it is done. The only place in the code that names a user task;
 * the statuses that plans and cycles store map to it ({@code SubmissionStage}, {@code CycleStage}).
 */
public enum Step {
    DRAFTING("Task_DraftPlan", Stage.DRAFTING, Role.AGENCY, Pages.AGENCY + "/plan"),
    REVIEW("Task_WrittenReview", Stage.REVIEW, Role.REVIEWER, Pages.AGENCY + "/review"),
    REVISION("Task_ReviseTargets", Stage.REVISION, Role.AGENCY, Pages.AGENCY + "/revision"),
    /** The approver returned the consolidated plan to the agency: on the revision page, due on a date of its own. */
    APPROVAL_REVISION("Task_ReviseForApproval", Stage.REVISION, Role.AGENCY, Pages.AGENCY + "/revision", "依核定意見修正"),
    REPORT("Task_PerformanceReport", Stage.REPORT, Role.AGENCY, Pages.AGENCY + "/report"),
    /**
     * The agency's head signs off what its clerk sends (the draft, a revision, the report) before it goes on: due a
     * number of working days after it was sent, on no date of the calendar.
     */
    SIGN_OFF("Task_HeadSignOff", null, Role.HEAD, Pages.AGENCY + "/sign-off", "主管核章"),
    CONSOLIDATION("Task_Consolidate", Stage.CONSOLIDATION, Role.ADMIN, "/admin/cycles/{year}"),
    APPROVAL("Task_FinalApproval", Stage.APPROVAL, Role.APPROVER, "/approval/{year}");

    private final String taskId;
    private final Stage dueStage;
    private final Role reminded;
    private final String page;
    private final String label;

    Step(String taskId, Stage dueStage, Role reminded, String page) {
        this(taskId, dueStage, reminded, page, dueStage.label());
    }

    Step(String taskId, Stage dueStage, Role reminded, String page, String label) {
        this.taskId = taskId;
        this.dueStage = dueStage;
        this.reminded = reminded;
        this.page = page;
        this.label = label;
    }

    /** The step whose user task has this id (a task's definition key). */
    public static Step ofTask(String taskId) {
        return Arrays.stream(values()).filter(step -> step.taskId.equals(taskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a step of the cycle: " + taskId));
    }

    /** The steps due on a date of the calendar. */
    public static List<Step> dueAt(Stage stage) {
        return Arrays.stream(values()).filter(step -> step.dueStage == stage).toList();
    }

    /** The id of its user task in the BPMN. */
    public String taskId() {
        return taskId;
    }

    /** The date of the cycle's calendar it is due on, or (a round of its own) whose moves move it; null for none. */
    public Stage dueStage() {
        return dueStage;
    }

    /** Its name as users read it in the notices. */
    public String label() {
        return label;
    }

    /**
     * Who does it and gets its reminders: for {@link Role#AGENCY} the agency's contacts, for {@link Role#HEAD} the
     * agency's heads, otherwise the role's group. Also the task's candidate group in the BPMN (for the heads, the
     * agency's group: they are among its users).
     */
    public Role reminded() {
        return reminded;
    }

    /** A step of one agency's submission (the agency process), not of the cycle as a whole. */
    public boolean ofAgency() {
        return page.startsWith(Pages.AGENCY);
    }

    /** The path of the page where it is done, for the cycle of this ROC year (and, for an agency's step, the agency). */
    public String page(int year, String agencyCode) {
        return page.replace("{year}", String.valueOf(year)).replace("{agency}", String.valueOf(agencyCode));
    }

    private static final class Pages {
        static final String AGENCY = "/cycles/{year}/agencies/{agency}";
    }
}
