package io.plancycle.cycle;

import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.step.Step;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The signed-in user's inbox (我的待辦): the open tasks of every cycle the user may work on. */
@Service
public class Inbox {

    private final TaskService taskService;
    private final PlanRepository plans;
    private final CycleRepository cycles;
    private final Deadlines deadlines;

    Inbox(TaskService taskService, PlanRepository plans, CycleRepository cycles, Deadlines deadlines) {
        this.taskService = taskService;
        this.plans = plans;
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    /** The open tasks the signed-in user may work on, soonest due first. */
    @Transactional(readOnly = true)
    public List<TaskView> myTasks() {
        PlanCycleUser user = CurrentUser.get();
        if (user.groupIds().isEmpty()) {
            return List.of();
        }
        List<Task> tasks = taskService.createTaskQuery().taskCandidateGroupIn(user.groupIds())
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list();
        List<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
        Map<String, Plan> planByInstance = plans.findByProcessInstanceIdIn(instanceIds).stream()
                .collect(Collectors.toMap(Plan::getProcessInstanceId, Function.identity()));
        Map<String, Cycle> cycleByInstance = cycles.findByProcessInstanceIdIn(instanceIds).stream()
                .collect(Collectors.toMap(Cycle::getProcessInstanceId, Function.identity()));
        Map<Long, Integer> yearByCycle = cycles.findAllById(planByInstance.values().stream().map(Plan::getCycleId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Cycle::getId, Cycle::getYear));
        LocalDate today = deadlines.today();
        return tasks.stream().map(task -> {
            LocalDate due = deadlines.dayOf(task.getDueDate());
            boolean overdue = due != null && due.isBefore(today);
            Plan plan = planByInstance.get(task.getProcessInstanceId());
            if (plan != null) {
                return new TaskView(task.getId(), task.getName(), yearByCycle.get(plan.getCycleId()),
                        plan.getAgency().getCode(), plan.getAgencyName(),
                        Step.ofTask(task.getTaskDefinitionKey()), due, overdue);
            }
            Cycle cycle = cycleByInstance.get(task.getProcessInstanceId());
            return new TaskView(task.getId(), task.getName(), cycle == null ? 0 : cycle.getYear(), null, null,
                    Step.ofTask(task.getTaskDefinitionKey()), due, overdue);
        }).toList();
    }
}
