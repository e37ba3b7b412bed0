package io.plancycle.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupKey(String dedupKey);

    /** The log, newest first; both filters optional. One query, no associations to load. */
    @Query("""
            select n from Notification n
            where (:agency is null or n.agencyCode = :agency) and (:status is null or n.status = :status)
            order by n.id desc""")
    Slice<Notification> search(String agency, NotificationStatus status, Pageable page);

    /**
     * The key, agency, kind, status and times of the agencies' notifications since a moment, oldest first: what the
     * progress board shows beside each agency. One query, no bodies loaded.
     */
    @Query("""
            select new io.plancycle.notification.NotificationLog$Keyed(n.id, n.dedupKey, n.agencyCode, n.kind, n.status,
                   n.createdAt, n.sentAt)
            from Notification n where n.agencyCode in :agencies and n.createdAt >= :since order by n.id""")
    List<NotificationLog.Keyed> keyedSince(java.util.Collection<String> agencies, Instant since);

    @Query("""
            select n.id from Notification n
            where n.status = io.plancycle.notification.NotificationStatus.PENDING and n.nextAttemptAt <= :now
            order by n.nextAttemptAt, n.id""")
    List<Long> dueIds(Instant now, Pageable page);

    /**
     * Claims a due notification for one attempt: counts the attempt and pushes its next attempt past the lease, so no
     * other sender picks it up meanwhile. 1 when this caller won it, 0 when someone else did (or it is no longer due).
     */
    @Modifying
    @Query("""
            update Notification n set n.attempts = n.attempts + 1, n.nextAttemptAt = :leaseEnd
            where n.id = :id and n.status = io.plancycle.notification.NotificationStatus.PENDING
              and n.attempts = :attempts and n.nextAttemptAt <= :now""")
    int claim(long id, int attempts, Instant now, Instant leaseEnd);

    @Modifying
    @Query("""
            update Notification n set n.status = io.plancycle.notification.NotificationStatus.SENT, n.sentAt = :sentAt
            where n.id = :id and n.status = io.plancycle.notification.NotificationStatus.PENDING and n.attempts = :attempts""")
    int markSent(long id, int attempts, Instant sentAt);

    /** Records a failed attempt: retried at {@code nextAttemptAt} while PENDING, or given up as FAILED. */
    @Modifying
    @Query("""
            update Notification n set n.status = :status, n.lastError = :error, n.nextAttemptAt = :nextAttemptAt
            where n.id = :id and n.status = io.plancycle.notification.NotificationStatus.PENDING and n.attempts = :attempts""")
    int markFailedAttempt(long id, int attempts, NotificationStatus status, String error, Instant nextAttemptAt);

    /** A sent or failed notification goes back to the outbox with its attempts counted afresh. */
    @Modifying(clearAutomatically = true)
    @Query("""
            update Notification n set n.status = io.plancycle.notification.NotificationStatus.PENDING, n.attempts = 0,
              n.nextAttemptAt = :now, n.sentAt = null
            where n.id = :id and n.status <> io.plancycle.notification.NotificationStatus.PENDING""")
    int requeue(long id, Instant now);
}
