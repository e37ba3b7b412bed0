package io.plancycle.notification;

/** What a notification is about; each kind has its own mail templates under {@code templates/mail/}. */
public enum NotificationKind {
    /** A step's due date is near. */
    REMINDER,
    /** A step's due date has passed. */
    OVERDUE,
    /** A step is still overdue later on: told to the agency's head and the planning office. */
    ESCALATION,
    /** An agency has submitted its plan for the written review. */
    SUBMITTED,
    /** A submission the panel member is assigned to has entered a round of review: their opinions are asked. */
    PANEL_ASKED,
    /** The written review returned the plan for revision, with comments. */
    RETURNED,
    /** The written review approved the plan. */
    REVIEW_APPROVED,
    /** An agency has filed its performance report. */
    REPORT_FILED,
    /** The approver has decided on the consolidated plan and report. */
    CYCLE_DECIDED,
    /** The approver returned the consolidated plan to the agency, to revise by the approver's reason. */
    RETURNED_BY_APPROVER,
    /** An agency's clerk has sent its work (draft, revision, report) for the head's sign-off. */
    SIGN_OFF_REQUESTED,
    /** The agency's head sent the clerk's work back, with a note. */
    SENT_BACK_BY_HEAD,
    /** The planning office has moved a step's due date. */
    DEADLINE_MOVED;

    /** The base name of the kind's templates: {@code review-approved.html} and {@code review-approved.txt}. */
    String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
