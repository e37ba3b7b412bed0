package io.plancycle.cycle;

import io.plancycle.plan.PlanService;
import io.plancycle.plan.SubmissionStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each agency's plan showing the step its process is at: a task listener on every user task of the
 * agency process ("create") and an execution listener on its end ("end").
 */
@Component("agencyStageTracker")
class AgencyStageTracker implements TaskListener, ExecutionListener {

    private final PlanService planService;
    private final Deadlines deadlines;

    AgencyStageTracker(PlanService planService, Deadlines deadlines) {
        this.planService = planService;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        planService.enterStage(year(task.getExecution()), agency(task.getExecution()),
                ProcessModel.submissionStageOf(task.getTaskDefinitionKey()), deadlines.dayOf(task.getDueDate()),
                task.getProcessInstanceId());
    }

    @Override
    public void notify(DelegateExecution execution) {
        planService.enterStage(year(execution), agency(execution), SubmissionStage.DONE, null,
                execution.getProcessInstanceId());
    }

    private static int year(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessModel.VAR_CYCLE_YEAR)).intValue();
    }

    private static String agency(DelegateExecution execution) {
        return (String) execution.getVariable(ProcessModel.VAR_AGENCY_CODE);
    }
}
