package io.plancycle.cycle;

import io.plancycle.step.Step;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the cycle showing whether it is being consolidated, awaiting approval or approved; a step that begins overdue
 * is told so at once and begins without the values an earlier completion gave ({@link CompletedStep}).
 */
@Component("cycleStageTracker")
class CycleStageTracker implements TaskListener, ExecutionListener {

    private final CycleService cycleService;
    private final DueNotices dueNotices;

    CycleStageTracker(CycleService cycleService, DueNotices dueNotices) {
        this.cycleService = cycleService;
        this.dueNotices = dueNotices;
    }

    @Override
    public void notify(DelegateTask task) {
        cycleService.enter(year(task.getExecution()), CycleStage.at(Step.ofTask(task.getTaskDefinitionKey())));
        dueNotices.noticeIfLate(task);
        CompletedStep.forgetEarlierValues(task);
    }

    @Override
    public void notify(DelegateExecution execution) {
        cycleService.enter(year(execution), CycleStage.APPROVED);
    }

    private static int year(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessModel.VAR_CYCLE_YEAR)).intValue();
    }
}
