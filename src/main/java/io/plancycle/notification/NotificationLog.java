package io.plancycle.notification;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.web.ConflictException;
import io.plancycle.web.NotFoundException;
import io.plancycle.web.Problems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What was mailed to whom, for the planning office, which also sends a failed notification again. */
@Service
class NotificationLog {

    static final int MAX_PAGE_SIZE = 500;

    private final NotificationRepository notifications;

    NotificationLog(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    public NotificationPage list(String agency, String status, int page, int size) {
        CurrentUser.require(Role.ADMIN);
        Problems problems = new Problems();
        NotificationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = NotificationStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                problems.add("status", "must be PENDING, SENT or FAILED");
            }
        }
        if (page < 0) {
            problems.add("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        problems.throwIfAny();
        String agencyCode = agency == null || agency.isBlank() ? null : agency;
        Slice<Notification> slice = notifications.search(agencyCode, wanted, PageRequest.of(page, size));
        return new NotificationPage(slice.map(NotificationView::of).getContent(), page, size, slice.hasNext());
    }

    /** A FAILED or SENT notification goes back to the outbox, its attempts counted afresh. */
    @Transactional
    public NotificationView resend(long id) {
        CurrentUser.require(Role.ADMIN);
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> new NotFoundException("no notification " + id));
        if (notifications.requeue(id, EngineClock.now()) == 0) {
            throw new ConflictException("Notification " + id + " is waiting to be sent already.");
        }
        return NotificationView.of(notifications.findById(notification.getId()).orElseThrow());
    }
}
