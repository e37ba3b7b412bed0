package io.plancycle.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One mail in the outbox, rendered when it was queued. It is written by {@link Notifications} (plain SQL, so that a
 * duplicate key never disturbs the caller's persistence context) and changed only by conditional updates
 * ({@link NotificationRepository}), which is what keeps two senders from both sending it.
 */
@Entity
class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dedupKey;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String agencyCode;
    private String recipients;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected Notification() {
    }

    Long getId() { return id; }
    String getDedupKey() { return dedupKey; }
    NotificationKind getKind() { return kind; }
    String getAgencyCode() { return agencyCode; }
    String getSubject() { return subject; }
    String getBodyText() { return bodyText; }
    String getBodyHtml() { return bodyHtml; }
    NotificationStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    String getLastError() { return lastError; }
    Instant getCreatedAt() { return createdAt; }
    Instant getSentAt() { return sentAt; }

    List<String> recipientList() {
        return Arrays.stream(recipients.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
