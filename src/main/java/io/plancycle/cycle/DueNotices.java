package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import io.plancycle.notification.Contacts;
import io.plancycle.notification.NoticeKeys;
import io.plancycle.notification.NotificationKind;
import io.plancycle.notification.Notifications;
import io.plancycle.notification.Recipient;
import io.plancycle.plan.AgencyRepository;
import io.plancycle.plan.Agency;
import io.plancycle.security.Role;
import io.plancycle.step.Stage;
import io.plancycle.step.Step;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices around a user task's due date: reminders before it, then the overdue notice and the second escalation.
 * Every user task of the processes carries the same non-interrupting timer, every day at the send time
 * ({@link #daily}); each time it fires, {@link #sendDueNow} asks the {@link NoticeSchedule} whether a notice of the
 * process's open tasks is due and queues it once. The timer ends with its task, and as the due date is read from the
 * task at each firing (the calendar's date, or a round's own), moving a due date touches no process instance.
 * A task that begins when its due date has passed is told at once ({@link #noticeIfLate}), and its timer escalates it
 * as after any overdue notice, counted from the day it began.
 */
@Component("dueNotices")
public class DueNotices {

    private final NoticeSchedule schedule;
    private final Deadlines deadlines;
    private final CycleRepository cycles;
    private final DeadlineChangeRepository changes;
    private final AgencyRepository agencies;
    private final TaskService taskService;
    private final Notifications notifications;
    private final Contacts contacts;
    private final PlanCycleProperties properties;

    DueNotices(NoticeSchedule schedule, Deadlines deadlines, CycleRepository cycles, DeadlineChangeRepository changes,
               AgencyRepository agencies, TaskService taskService, Notifications notifications, Contacts contacts,
               PlanCycleProperties properties) {
        this.schedule = schedule;
        this.deadlines = deadlines;
        this.cycles = cycles;
        this.changes = changes;
        this.agencies = agencies;
        this.taskService = taskService;
        this.notifications = notifications;
        this.contacts = contacts;
        this.properties = properties;
    }

    /**
     * The time cycle of a task's notice timer, as ISO 8601: every day from the next send time, e.g.
     * {@code R/2026-02-02T09:00+08:00/P1D}. The BPMN calls it as {@code ${dueNotices.daily()}}.
     */
    public String daily() {
        return "R/" + schedule.nextSendTimeAfter(deadlines.now()).toOffsetDateTime() + "/P1D";
    }

    /**
     * For each open user task of the process instance, the notice whose time has come, unless it was queued already:
     * the latest one at or before now (a timer that fired late, after a restart, sends only the latest) of a task that
     * began when it did ({@link NoticeSchedule#noticesFor(LocalDate, Instant)}: one that began overdue is escalated
     * from the day it began), provided it fell after the task began and after its due date was last moved (a notice
     * of a date the task never had before is not sent late). Called by the send task in the daily timer's job. The
     * move is looked up only for a notice whose time has come, and the recipients and the mail's model only for one not
     * queued yet: on most mornings the timer reads the open tasks and the outbox's key, no more.
     */
    public void sendDueNow(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(ProcessModel.VAR_CYCLE_YEAR)).intValue();
        String agencyCode = (String) execution.getVariable(ProcessModel.VAR_AGENCY_CODE);
        Instant now = deadlines.now();
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            Step step = Step.ofTask(task.getTaskDefinitionKey());
            LocalDate due = deadlines.dayOf(task.getDueDate());
            Instant begun = task.getCreateTime().toInstant();
            schedule.latestDue(due, begun, now).filter(n -> n.at().toInstant().isAfter(movedOrBegun(year, step, agencyCode, begun)))
                    .ifPresent(n -> enqueue(execution, step, task.getId(), due, n));
        }
    }

    /** When the task began, or its due date was last moved after that: a notice before it is not sent late. */
    private Instant movedOrBegun(int year, Step step, String agencyCode, Instant begun) {
        if (step.dueStage() == null) {
            return begun;
        }
        Cycle cycle = cycles.findByYear(year).orElseThrow();
        return changes.latestMoveReaching(cycle.getId(), step.dueStage(), agencyCode).map(DeadlineChange::getChangedAt)
                .filter(moved -> moved.isAfter(begun)).orElse(begun);
    }

    /**
     * A task that begins when its due date has passed (a plan submitted after the review's due date, a revision round
     * begun after the revision's) is overdue from its first moment: its overdue notice is queued as it is created,
     * in the same transaction; its daily timer sends the escalation as after any overdue notice, counted in working
     * days from the day it began. Called by the task's create listener.
     */
    public void noticeIfLate(DelegateTask task) {
        Step step = Step.ofTask(task.getTaskDefinitionKey());
        LocalDate due = deadlines.dayOf(task.getDueDate());
        lateNotice(due).ifPresent(overdue -> enqueue(task.getExecution(), step, task.getId(), due, overdue));
    }

    /**
     * Whom {@link #noticeIfLate} would tell at once, were the agency's task to begin now with this due date: the
     * recipients of its overdue notice, or empty when none would go out. What opening a cycle is checked against.
     */
    Optional<List<Recipient>> lateNoticeRecipients(Step step, String agencyCode, LocalDate due) {
        return lateNotice(due).map(overdue -> recipients(step, agencyCode, overdue.kind()));
    }

    /** The overdue notice of a task beginning now, when its time has come already. */
    private Optional<DueNotice> lateNotice(LocalDate due) {
        Instant now = deadlines.now();
        return schedule.latestDue(due, now, now).filter(n -> n.kind() == DueNotice.Kind.OVERDUE);
    }

    private void enqueue(DelegateExecution execution, Step step, String taskId, LocalDate due, DueNotice n) {
        int year = ((Number) execution.getVariable(ProcessModel.VAR_CYCLE_YEAR)).intValue();
        String agencyCode = (String) execution.getVariable(ProcessModel.VAR_AGENCY_CODE);
        notifications.enqueue(NoticeKeys.due(taskId, due, n.kind().name() + n.number()), kindOf(n), agencyCode,
                () -> recipients(step, agencyCode, n.kind()), () -> model(year, agencyCode, step, taskId, due, n));
    }

    /** What the notice's mail shows (Notifications lists the keys). */
    private Map<String, Object> model(int year, String agencyCode, Step step, String taskId, LocalDate due, DueNotice n) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("agencyName", agencyCode == null ? null : agencies.findByCode(agencyCode).map(Agency::getName).orElse(agencyCode));
        model.put("stageName", step.label());
        model.put("due", due);
        model.put("cycleYear", year);
        model.put("number", n.number());
        model.put("link", properties.taskLink(taskId));
        return model;
    }

    private static NotificationKind kindOf(DueNotice notice) {
        return switch (notice.kind()) {
            case REMINDER -> NotificationKind.REMINDER;
            case OVERDUE -> NotificationKind.OVERDUE;
            case ESCALATION -> NotificationKind.ESCALATION;
        };
    }

    /** Whoever works on the task, as its reminders reach them: whom a move of its due date is told to. */
    List<Recipient> remindedOf(Step step, String agencyCode) {
        return recipients(step, agencyCode, DueNotice.Kind.REMINDER);
    }

    /**
     * Reminders go to whoever works on the step (an agency's step: its contacts); once it is overdue, the agency's
     * head and the planning office are told too.
     */
    private List<Recipient> recipients(Step step, String agencyCode, DueNotice.Kind kind) {
        List<Recipient> to = new ArrayList<>();
        boolean overdue = kind != DueNotice.Kind.REMINDER;
        if (step.reminded() == Role.AGENCY) {
            to.addAll(contacts.contactsOf(agencyCode));
            if (overdue) {
                to.addAll(contacts.headsOf(agencyCode));
            }
        } else if (step.reminded() == Role.HEAD) {
            to.addAll(contacts.headUsersOf(agencyCode));
        } else {
            to.addAll(contacts.membersOf(step.reminded().groupId()));
        }
        if (overdue) {
            to.addAll(contacts.membersOf(Role.ADMIN.groupId()));
        }
        return to.stream().distinct().toList();
    }
}
