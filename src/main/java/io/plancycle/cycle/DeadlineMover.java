package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import io.plancycle.notification.NoticeKeys;
import io.plancycle.notification.NotificationKind;
import io.plancycle.notification.Notifications;
import io.plancycle.notification.Recipient;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.step.Stage;
import io.plancycle.step.Step;
import io.plancycle.problem.Term;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator moves a step's due date mid-cycle: the cycle's calendar and the open tasks of that step show the
 * new date, the change is recorded with who and why, and the people working on those tasks are told. The notices
 * follow by themselves: each task's daily notice timer reads the due date from the calendar when it fires
 * ({@link DueNotices#sendDueNow}), so no process instance, timer or job is touched.
 */
@Service
public class DeadlineMover {

    private final CycleService cycleService;
    private final DeadlineChangeRepository changes;
    private final PlanRepository plans;
    private final TaskService taskService;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final DueNotices dueNotices;
    private final PlanCycleProperties properties;
    private final CalendarWarnings calendarWarnings;

    DeadlineMover(CycleService cycleService, DeadlineChangeRepository changes, PlanRepository plans,
                  TaskService taskService, Deadlines deadlines, Notifications notifications, DueNotices dueNotices,
                  PlanCycleProperties properties, CalendarWarnings calendarWarnings) {
        this.cycleService = cycleService;
        this.changes = changes;
        this.plans = plans;
        this.taskService = taskService;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.dueNotices = dueNotices;
        this.properties = properties;
        this.calendarWarnings = calendarWarnings;
    }

    /**
     * Moves the calendar's due date of the stage, and the open tasks that keep it (a later round of review or a
     * revision the approver asked for keeps a date of its own); with an agency, moves only that agency's open task of
     * the stage, the calendar unchanged. The answer carries the office calendar's warnings about the new date (a
     * holiday, a weekend, a year whose calendar is missing or computed), which never stop the move.
     */
    @Transactional
    public CycleView move(int year, Stage stage, MoveDeadlineRequest request) {
        CurrentUser.require(Role.ADMIN);
        Cycle cycle = cycleService.cycle(year);
        Map<String, Plan> planByInstance = plans.findByCycle(cycle.getId()).stream()
                .filter(p -> p.getProcessInstanceId() != null)
                .filter(p -> request.agency() == null || p.getAgency().getCode().equals(request.agency()))
                .collect(Collectors.toMap(Plan::getProcessInstanceId, Function.identity()));
        List<String> instances = new ArrayList<>(planByInstance.keySet());
        if (request.agency() == null) {
            instances.add(cycle.getProcessInstanceId());
        }
        List<Task> open = instances.isEmpty() ? List.of() : taskService.createTaskQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKeyIn(Step.dueAt(stage).stream().map(Step::taskId).toArray(String[]::new)).list();
        Problems problems = new Problems().requireText("reason", request.reason());
        LocalDate before = request.agency() == null ? cycle.dueOn(stage) : ownDate(stage, request.agency(), open, problems);
        if (request.dueOn().equals(before)) {
            problems.add("dueOn", MessageCode.DEADLINE_UNCHANGED, request.dueOn(),
                    new Term("admin.calendar." + stage.name()));
        }
        problems.throwIfAny();
        if (request.agency() == null) {
            cycle.moveDeadline(stage, request.dueOn());
        }
        changes.save(new DeadlineChange(cycle.getId(), stage, request.agency(), before, request.dueOn(), request.reason(),
                CurrentUser.get().id(), deadlines.now()));
        Date due = Date.from(deadlines.endOf(request.dueOn()).toInstant());
        for (Task task : open) {
            if (!Objects.equals(deadlines.dayOf(task.getDueDate()), before)) {
                continue; // a round with a date of its own: the calendar's move does not reach it
            }
            task.setDueDate(due);
            taskService.saveTask(task);
            Plan plan = planByInstance.get(task.getProcessInstanceId());
            if (plan != null) {
                plan.moveDueDate(request.dueOn());
            }
            tellAboutTheMove(year, stage, task, plan, before, request);
        }
        return cycleService.read(year).warning(calendarWarnings.about(request.dueOn()));
    }

    /** The due date of the agency's open task of the stage: what a move for that agency alone moves. */
    private LocalDate ownDate(Stage stage, String agency, List<Task> open, Problems problems) {
        if (open.isEmpty()) {
            problems.add("agency", MessageCode.DEADLINE_NO_OPEN_TASK, agency, new Term("admin.calendar." + stage.name()));
            return null;
        }
        return deadlines.dayOf(open.get(0).getDueDate());
    }

    /** Every move of the cycle's due dates, oldest first. */
    @Transactional(readOnly = true)
    public List<DeadlineChangeView> changes(int year) {
        CurrentUser.require(Role.ADMIN);
        return changesOf(cycleService.cycle(year).getId());
    }

    /** The cycle's recorded moves, oldest first. */
    List<DeadlineChangeView> changesOf(long cycleId) {
        return changes.findByCycleIdOrderById(cycleId).stream()
                .map(c -> new DeadlineChangeView(c.getStage(), c.getAgencyCode(), c.getBeforeOn(), c.getAfterOn(), c.getReason(),
                        c.getChangedBy(), c.getChangedAt()))
                .toList();
    }

    private void tellAboutTheMove(int year, Stage stage, Task task, Plan plan, LocalDate before, MoveDeadlineRequest request) {
        List<Recipient> to = dueNotices.remindedOf(Step.ofTask(task.getTaskDefinitionKey()),
                plan == null ? null : plan.getAgency().getCode());
        Map<String, Object> model = new HashMap<>();
        model.put("agencyName", plan == null ? null : plan.getAgencyName());
        model.put("stageName", stage.label());
        model.put("due", request.dueOn());
        model.put("oldDue", before);
        model.put("reason", request.reason());
        model.put("cycleYear", year);
        model.put("link", properties.taskLink(task.getId()));
        notifications.enqueue(NoticeKeys.moved(task.getId(), request.dueOn()), NotificationKind.DEADLINE_MOVED,
                plan == null ? null : plan.getAgency().getCode(), to, model);
    }
}
