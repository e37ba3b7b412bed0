package io.plancycle.notification;

import java.time.LocalDate;

/**
 * The keys that make each notification unique ({@link Notifications#enqueue}); they also tell which step of which
 * agency a notification is about, which is how the progress board finds the notices of an agency's current step.
 * Notices about a user task carry the task's id right after their prefix: {@code due:<taskId>:…}, {@code moved:<taskId>:…}.
 */
public final class NoticeKeys {

    private NoticeKeys() {
    }

    /** A reminder, overdue notice or escalation about a task's due date, e.g. {@code due:<task>:2021-03-31:REMINDER2}. */
    public static String due(String taskId, LocalDate due, String notice) {
        return "due:" + taskId + ":" + due + ":" + notice;
    }

    /** The task's due date was moved to {@code dueOn}. */
    public static String moved(String taskId, LocalDate dueOn) {
        return "moved:" + taskId + ":" + dueOn;
    }

    static String submitted(long planId, int round) {
        return "submitted:" + planId + ":" + round;
    }

    static String panelAsked(long planId, int round) {
        return "panel:" + planId + ":" + round;
    }

    static String returned(long planId, int round) {
        return "returned:" + planId + ":" + round;
    }

    static String reviewApproved(long planId, int round) {
        return "approved:" + planId + ":" + round;
    }

    static String reportFiled(long planId) {
        return "report:" + planId;
    }

    static String signOffRequested(long planId, int number) {
        return "sign-off:" + planId + ":" + number;
    }

    static String sentBackByHead(long planId, long signOffId) {
        return "signed-back:" + planId + ":" + signOffId;
    }

    static String returnedByApprover(long planId, long decisionNumber) {
        return "approval-returned:" + planId + ":" + decisionNumber;
    }

    static String cycleDecided(int year, long decisionNumber) {
        return "decided:" + year + ":" + decisionNumber;
    }

    /** Whether the notification is about the user task: one of its due-date notices or the move of its due date. */
    static boolean isAboutTask(String key, String taskId) {
        return taskId != null && (key.startsWith("due:" + taskId + ":") || key.startsWith("moved:" + taskId + ":"));
    }
}
