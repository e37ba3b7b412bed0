package io.plancycle.notification;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {
    /** Waiting to be sent (again, after a failed attempt, once its next attempt is due). */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the maximum number of attempts; an administrator may send it again. */
    FAILED
}
