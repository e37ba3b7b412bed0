package io.plancycle.notification;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.plancycle.plan.SubmissionStage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What was mailed to whom, for the planning office, which also sends a failed notification again. */
@Service
public class NotificationLog {

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
                problems.add("status", MessageCode.NOTIFICATION_STATUS_INVALID);
            }
        }
        if (page < 0) {
            problems.add("page", MessageCode.FIELD_NEGATIVE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add("size", MessageCode.FIELD_BETWEEN, 1, MAX_PAGE_SIZE);
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
                .orElseThrow(() -> new NotFoundException(MessageCode.NOTIFICATION_NOT_FOUND, id));
        if (notifications.requeue(id, EngineClock.now()) == 0) {
            throw new ConflictException(MessageCode.NOTIFICATION_QUEUED_ALREADY, id);
        }
        return NotificationView.of(notifications.findById(notification.getId()).orElseThrow());
    }

    /**
     * Where an agency stands in a cycle, as the notices about its current step are keyed: its plan, the review round,
     * its stage, the open user task of that stage (null when it has none, e.g. when done) and the approver's latest
     * decision that returned it (null when none did).
     */
    public record CurrentStep(String agencyCode, long planId, int round, SubmissionStage stage, String taskId,
                              Long approverReturn) {
    }

    /** A notification as the progress board lists it: what kind, and when it was queued and sent. */
    public record StepNotice(long id, NotificationKind kind, NotificationStatus status, Instant createdAt, Instant sentAt) {
    }

    /** A notification's key beside what the board shows of it (read by {@link NotificationRepository#keyedSince}). */
    record Keyed(Long id, String key, String agencyCode, NotificationKind kind, NotificationStatus status,
                 Instant createdAt, Instant sentAt) {
    }

    /**
     * Per agency code, the notifications about its current step, oldest first: the reminders, overdue notices,
     * escalations and due-date moves of its open task, and the notice of the event that brought it to the step
     * (its submission, the review's return or approval, its filed report, the approver's return). One query for every
     * agency.
     *
     * @param since the earliest a notification can be (the cycle's opening)
     */
    @Transactional(readOnly = true)
    public Map<String, List<StepNotice>> currentStepNotices(Instant since, List<CurrentStep> steps) {
        CurrentUser.require(Role.ADMIN);
        Map<String, CurrentStep> byAgency = steps.stream()
                .collect(Collectors.toMap(CurrentStep::agencyCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<StepNotice>> notices = new LinkedHashMap<>();
        byAgency.keySet().forEach(code -> notices.put(code, new ArrayList<>()));
        if (byAgency.isEmpty()) {
            return notices;
        }
        for (Keyed n : notifications.keyedSince(byAgency.keySet(), since)) {
            CurrentStep step = byAgency.get(n.agencyCode());
            if (step != null && isAbout(n.key(), step)) {
                notices.get(n.agencyCode()).add(new StepNotice(n.id(), n.kind(), n.status(), n.createdAt(), n.sentAt()));
            }
        }
        return notices;
    }

    static boolean isAbout(String key, CurrentStep step) {
        if (NoticeKeys.isAboutTask(key, step.taskId())) {
            return true;
        }
        return switch (step.stage()) {
            case REVIEW -> key.equals(NoticeKeys.submitted(step.planId(), step.round()));
            case REVISION -> key.equals(NoticeKeys.returned(step.planId(), step.round()));
            case REPORT -> key.equals(NoticeKeys.reviewApproved(step.planId(), step.round()));
            case DONE -> key.equals(NoticeKeys.reportFiled(step.planId()));
            case APPROVAL_REVISION -> step.approverReturn() != null
                    && key.equals(NoticeKeys.returnedByApprover(step.planId(), step.approverReturn()));
            default -> false;
        };
    }
}
