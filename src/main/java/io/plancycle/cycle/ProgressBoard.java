package io.plancycle.cycle;

import io.plancycle.notification.NotificationLog;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.step.Step;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the planning office's progress board shows of a cycle, read at once: the cycle with every agency's step, the
 * notices of each agency's current step, the approver's decisions and the moves of due dates. One read of the cycle
 * and one of its plans, whatever the number of agencies.
 */
@Service
public class ProgressBoard {

    private final CycleService cycleService;
    private final ApprovalRepository approvals;
    private final PlanRepository plans;
    private final TaskService taskService;
    private final Deadlines deadlines;
    private final DeadlineMover deadlineMover;
    private final NotificationLog notificationLog;
    private final RuntimeService runtimeService;

    ProgressBoard(CycleService cycleService, ApprovalRepository approvals, PlanRepository plans, TaskService taskService,
                  Deadlines deadlines, DeadlineMover deadlineMover, NotificationLog notificationLog,
                  RuntimeService runtimeService) {
        this.cycleService = cycleService;
        this.approvals = approvals;
        this.plans = plans;
        this.taskService = taskService;
        this.deadlines = deadlines;
        this.deadlineMover = deadlineMover;
        this.notificationLog = notificationLog;
        this.runtimeService = runtimeService;
    }

    /**
     * The board of a year's cycle; for each agency waiting at its head's sign-off, the step its clerk sent (by agency
     * code), where the board shows the sign-off.
     */
    public record Board(CycleView cycle, Map<String, List<NotificationLog.StepNotice>> notices,
                        List<DeadlineChangeView> changes, Map<String, SubmissionStage> signOffFrom) {

        /**
         * The approver's return, while the cycle works through it: the latest decision when it was a return and the
         * returned agencies are revising or the cycle is back at consolidation; null otherwise.
         */
        public CycleView.ApprovalView returned() {
            List<CycleView.ApprovalView> decided = cycle.approvals();
            CycleView.ApprovalView last = decided.isEmpty() ? null : decided.get(decided.size() - 1);
            return (cycle.stage() == CycleStage.SUBMISSIONS || cycle.stage() == CycleStage.CONSOLIDATION) && last != null
                    && Decision.RETURN.name().equals(last.decision()) ? last : null;
        }
    }

    @Transactional(readOnly = true)
    public Board read(int year) {
        CurrentUser.require(Role.ADMIN);
        Cycle cycle = cycleService.cycle(year);
        List<Plan> inCycle = plans.findByCycle(cycle.getId());
        List<Approval> decided = approvals.findByCycleIdOrderByDecidedAt(cycle.getId());
        CycleView view = CycleView.of(cycle, inCycle, decided, deadlines.today());
        return new Board(view, notificationLog.currentStepNotices(view.openedAt(), currentSteps(inCycle, decided)),
                deadlineMover.changesOf(cycle.getId()), signOffFrom(inCycle));
    }

    /** Per agency waiting at its head's sign-off, the step its clerk sent ({@code sentStep}); one query for them all. */
    private Map<String, SubmissionStage> signOffFrom(List<Plan> inCycle) {
        Map<String, String> agencyByInstance = inCycle.stream()
                .filter(p -> p.getStage() == SubmissionStage.SIGN_OFF && p.getProcessInstanceId() != null)
                .collect(Collectors.toMap(Plan::getProcessInstanceId, p -> p.getAgency().getCode()));
        if (agencyByInstance.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createVariableInstanceQuery().variableName(ProcessModel.VAR_SENT_STEP)
                .processInstanceIdIn(agencyByInstance.keySet().toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(v -> agencyByInstance.get(v.getProcessInstanceId()),
                        v -> SubmissionStage.valueOf((String) v.getValue()), (a, b) -> a));
    }

    /**
     * Per plan, in the city's order, its current step as the notices about it are keyed: its plan, review round, stage,
     * open task and the approver's latest return of it. One query for the tasks.
     */
    private List<NotificationLog.CurrentStep> currentSteps(List<Plan> inCycle, List<Approval> decided) {
        Map<String, Long> latestReturn = new HashMap<>();
        decided.stream().filter(Approval::isReturn)
                .forEach(a -> a.getReturnedAgencies().forEach(code -> latestReturn.merge(code, a.getId(), Math::max)));
        List<String> instanceIds = inCycle.stream().map(Plan::getProcessInstanceId).filter(Objects::nonNull).toList();
        Map<String, String> taskByInstance = instanceIds.isEmpty() ? Map.of() : taskService.createTaskQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new)).list().stream()
                .filter(task -> Step.ofTask(task.getTaskDefinitionKey()).ofAgency())
                .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (a, b) -> a));
        return inCycle.stream().map(p -> new NotificationLog.CurrentStep(p.getAgency().getCode(), p.getId(),
                p.getReviewRound(), p.getStage(), p.getProcessInstanceId() == null ? null
                : taskByInstance.get(p.getProcessInstanceId()), latestReturn.get(p.getAgency().getCode()))).toList();
    }
}
