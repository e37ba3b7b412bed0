package io.plancycle.notification;

import java.time.Instant;
import java.util.List;

/** One notification in the log: to whom, what (subject and plain text), and how its delivery went. */
public record NotificationView(long id, NotificationKind kind, String agency, List<String> recipients, String subject,
                        String text, NotificationStatus status, int attempts, Instant nextAttemptAt, String lastError,
                        Instant createdAt, Instant sentAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getAgencyCode(), n.recipientList(), n.getSubject(),
                n.getBodyText(), n.getStatus(), n.getAttempts(), n.getNextAttemptAt(), n.getLastError(),
                n.getCreatedAt(), n.getSentAt());
    }
}
